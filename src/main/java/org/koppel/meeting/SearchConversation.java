package org.koppel.meeting;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Open;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.conversation.Tell;
import org.koppel.conversation.Unschedule;

/**
 * A newcomer asking for a coffee meeting ("meet"): matching picks a volunteer, who is asked; no
 * answer in time or a decline asks the next one; three declines or nobody left ends kindly and
 * tells the coordinators. An accepted request goes on in the newcomer's "meeting:&lt;id&gt;".
 * Someone from another field is asked only after the newcomer agrees to it: they may wait for
 * their own field instead, and the bot looks again every day.
 * <pre>
 * (begin)  /meet or the button → a request to the best volunteer from their field → WAITING;
 *          only someone from another field → CHOOSE
 * WAITING  nothing  accepted → ends, the meeting begins; declined, expired, withdrawn → the next
 * CHOOSE   buttons  ask them → a request → WAITING; wait → FIELD
 * FIELD    nothing  every day: someone from their field → a request → WAITING; /meet → as (begin)
 * </pre>
 */
public final class SearchConversation implements Conversation<SearchConversation.Data, SearchView> {
    public static final String KIND = "meet";
    static final String WAITING = "WAITING";
    static final String CHOOSE = "CHOOSE";
    static final String FIELD = "FIELD";
    static final String RECHECK = "recheck";
    static final int MAX_DECLINES = 3;
    private static final Duration RECHECK_EVERY = Duration.ofDays(1);

    /**
     * The request the newcomer waits on (0 while none is out), the declines so far, and whether they
     * agreed to someone from another field (no one else's id: this is the newcomer's).
     */
    public record Data(long meeting, int declines, boolean anyField) {
    }

    private static final States<Data, SearchView> STATES = States.of(State.idle(WAITING, SearchConversation::waiting),
            State.idle(CHOOSE, SearchConversation::choosing), State.idle(FIELD, SearchConversation::field));

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
        boolean next = data == null || data.meeting() == 0 || input instanceof Input.Event e && e.event() instanceof MeetingEvent m
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
        if (view.volunteer() && view.profile() == null) {
            return Step.end(new Say(t.t("meet.for_newcomers")));
        }
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
        return ask(view, 0, false, ctx).after(List.of(new Say(t.t("meet.searching"))));
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
            case DECLINED -> d.declines() + 1 >= MAX_DECLINES ? nobody(view, ctx)
                    : ask(view, d.declines() + 1, d.anyField(), ctx);
            case EXPIRED, CANCELLED, REJECTED -> ask(view, d.declines(), d.anyField(), ctx);
            default -> Step.of(WAITING, d);
        };
    }

    /** Someone from another field was offered: ask them, wait for the newcomer's own field, or /meet to look again. */
    private static Step<Data> choosing(Data d, SearchView view, Input in, Context ctx) {
        if (in instanceof Input.Choice c && "other".equals(c.action())) {
            return ask(view, d.declines(), true, ctx).then(List.of(Edit.clearButtons()));
        }
        if (in instanceof Input.Choice c && "wait".equals(c.action())) {
            return Step.of(FIELD, d, new Say(ctx.texts().t("meet.wait_field")), Edit.clearButtons(),
                    Schedule.here(RECHECK, "", ctx.now().plus(RECHECK_EVERY)));
        }
        return in instanceof Input.Command ? ask(view, d.declines(), false, ctx) : null;
    }

    /** Waiting for someone from their own field: looked for every day, and again at /meet. */
    private static Step<Data> field(Data d, SearchView view, Input in, Context ctx) {
        if (in instanceof Input.Command) {
            return ask(view, d.declines(), false, ctx);
        }
        if (!(in instanceof Input.Job j && RECHECK.equals(j.name()))) {
            return null;
        }
        SearchView.Proposal p = view.proposal();
        if (p == null || p.otherField() || view.paused() || view.suspended()) {
            return Step.of(FIELD, d, Schedule.here(RECHECK, "", ctx.now().plus(RECHECK_EVERY)));
        }
        return Step.of(WAITING, new Data(p.meeting(), d.declines(), false), request(p, ctx),
                new Say(ctx.texts().t("meet.field_found", "fields", names(p.fields(), "sector.", ctx))));
    }

    /** Asks the volunteer matching picked (someone from another field only once agreed), or ends when there is nobody. */
    private static Step<Data> ask(SearchView view, int declines, boolean anyField, Context ctx) {
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
        var t = ctx.texts();
        String fields = names(p.fields(), "sector.", ctx);
        String goals = names(p.goals(), "goal.", ctx);
        if (p.otherField() && !anyField) {
            String text = p.goals().isEmpty() ? t.t("meet.other_any", "fields", fields)
                    : t.t("meet.other_offer", "fields", fields, "goals", goals);
            return Step.of(CHOOSE, new Data(0, declines, false), new Unschedule(RECHECK), new Say(text, List.of(
                    List.of(new Button(t.t("button.ask_other"), "other")),
                    List.of(new Button(t.t("button.wait_field"), "wait")))));
        }
        String asked = p.otherField() ? (p.goals().isEmpty() ? t.t("meet.asked")
                : t.t("meet.asked_other", "goals", goals))
                : p.fields().isEmpty() ? t.t("meet.asked") : t.t("meet.asked_field", "fields", fields);
        return Step.of(WAITING, new Data(p.meeting(), declines, anyField), new Unschedule(RECHECK), request(p, ctx),
                new Say(asked));
    }

    private static MeetingChange request(SearchView.Proposal p, Context ctx) {
        return new MeetingChange(p.meeting(), new MeetingCommand.Request(ctx.personId(), p.volunteer(), p.reasons()),
                KIND);
    }

    /** Codes in the reader's words ("Healthcare, Logistics"). */
    private static String names(List<String> codes, String prefix, Context ctx) {
        var t = ctx.texts();
        return codes.stream().map(c -> t.has(prefix + c) ? t.t(prefix + c) : c)
                .collect(java.util.stream.Collectors.joining(t.t("list.separator")));
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
