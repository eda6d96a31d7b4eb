package org.koppel.meeting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Open;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.conversation.Tell;

/**
 * A newcomer asking for a coffee meeting ("meet"): matching picks a volunteer, who is asked; no
 * answer in time or a decline asks the next one; three declines or nobody left ends kindly and
 * tells the coordinators. An accepted request goes on in the newcomer's "meeting:&lt;id&gt;".
 * <pre>
 * (begin)  /meet or the button → a request to the best volunteer → WAITING
 * WAITING  nothing  accepted → ends, the meeting begins; declined, expired, withdrawn → the next
 * </pre>
 */
public final class SearchConversation implements Conversation<SearchConversation.Data, SearchView> {
    public static final String KIND = "meet";
    static final String WAITING = "WAITING";
    static final int MAX_DECLINES = 3;

    /** The request the newcomer waits on and the declines so far (no one else's id: this is the newcomer's). */
    public record Data(long meeting, int declines) {
    }

    private static final States<Data, SearchView> STATES = States.of(State.idle(WAITING, SearchConversation::waiting));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, SearchView> states() {
        return STATES;
    }

    @Override
    public SearchView view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        boolean next = data == null || input instanceof Input.Event e && e.event() instanceof MeetingEvent m
                && m.meeting() == data.meeting() && m.change() != Change.ACCEPTED;
        return SearchView.read(c, ctx.personId(), next, ctx);
    }

    /** "You already have a meeting with {name}" names the volunteer. */
    @Override
    public java.util.Set<Long> about(Data data, SearchView view, Context ctx) {
        Long other = view == null || view.going() == null ? null : view.going().volunteer();
        return other == null ? java.util.Set.of() : java.util.Set.of(other);
    }

    @Override
    public Step<Data> begin(SearchView view, Input input, Context ctx) {
        boolean asked = input instanceof Input.Command || input instanceof Input.Choice || input instanceof Input.Begin;
        if (!asked) {
            return null;
        }
        var t = ctx.texts();
        if (!view.complete()) {
            return Step.end(new Say(t.t("meet.profile_first")));
        }
        if (view.going() != null && view.going().status() == Meeting.Status.REQUESTED) {
            return Step.end(new Say(t.t("meet.waiting")));
        }
        if (view.going() != null) {
            return Step.end(new Say(t.t("meet.already", "name", name(view.goingWith(), t))));
        }
        if (view.paused()) {
            return Step.end(new Say(t.t("meet.paused_all")));
        }
        return ask(view, 0, ctx).after(List.of(new Say(t.t("meet.searching"))));
    }

    private static Step<Data> waiting(Data d, SearchView view, Input in, Context ctx) {
        if (in instanceof Input.Command || in instanceof Input.Choice) {
            return Step.of(WAITING, d, new Say(ctx.texts().t("meet.waiting")));
        }
        if (!(in instanceof Input.Event e && e.event() instanceof MeetingEvent m && m.meeting() == d.meeting())) {
            return null;
        }
        return switch (m.change()) {
            case ACCEPTED -> Step.end(new Open(Keys.of(MeetingConversation.KIND, d.meeting()), in));
            case DECLINED -> d.declines() + 1 >= MAX_DECLINES ? nobody(view, ctx) : ask(view, d.declines() + 1, ctx);
            case EXPIRED, CANCELLED, REJECTED -> ask(view, d.declines(), ctx);
            default -> Step.of(WAITING, d);
        };
    }

    /** Asks the volunteer matching picked, or ends when there is nobody. */
    private static Step<Data> ask(SearchView view, int declines, Context ctx) {
        SearchView.Proposal p = view.proposal();
        if (view.suspended()) {
            // a coordinator suspended them and called the request off: nobody else is asked
            return Step.end();
        }
        if (view.paused()) {
            return Step.end(new Say(ctx.texts().t("meet.paused_all")));
        }
        if (p == null) {
            return nobody(view, ctx);
        }
        var request = new MeetingCommand.Request(ctx.personId(), p.volunteer(), p.reasons());
        return Step.of(WAITING, new Data(p.meeting(), declines),
                new MeetingChange(p.meeting(), request, KIND), new Say(ctx.texts().t("meet.asked")));
    }

    /** Nobody (more) to ask: the newcomer hears it kindly, the coordinators can step in. */
    private static Step<Data> nobody(SearchView view, Context ctx) {
        List<Effect> effects = new ArrayList<>();
        effects.add(new Say(ctx.texts().t("meet.none")));
        String name = view.profile() == null ? "" : view.profile().firstName;
        for (long coordinator : ctx.coordinators()) {
            effects.add(new Tell(coordinator, null, o -> new Say(o.t("meet.stuck", "name", name)), null,
                    Set.of(ctx.personId())));
        }
        return Step.end(effects);
    }

    /** A first name, or a neutral word when the person has gone. */
    public static String name(String name, org.koppel.i18n.Texts t) {
        return name != null ? name : t.t("meet.someone");
    }
}
