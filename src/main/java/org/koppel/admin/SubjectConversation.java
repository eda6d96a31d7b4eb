package org.koppel.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.Signal;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.conversation.Tell;
import org.koppel.meeting.MeetingChange;
import org.koppel.meeting.MeetingCommand;
import org.koppel.vetting.ApprovalWithdrawn;
import org.koppel.vetting.VolunteerConversation;

/**
 * A coordinator looking at one person ("subject:&lt;id&gt;"): their profile and latest meetings,
 * and what can be done about them.
 * <pre>
 * CARD    nothing  suspend or take back approval → REASON; resume; approve or reject a pending volunteer
 * REASON  a button the reason, told to the person in their language; their open meetings are called off; → CARD
 * </pre>
 */
public final class SubjectConversation implements Conversation<SubjectConversation.Data, SubjectView> {
    public static final String KIND = "subject";
    static final String CARD = "CARD";
    static final String REASON = "REASON";

    /** What the reason is for: "suspend" or "unapprove"; null on the card. */
    public record Data(String doing) {
    }

    private final States<Data, SubjectView> states = States.of(
            State.idle(CARD, this::card),
            State.of(REASON, Expects.CHOICE, (d, v, ctx) -> List.of(new Say(ctx.texts().t("admin.reason_ask",
                    "name", v.name()), Reasons.buttons("r:", ctx.texts()))), this::reason));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, SubjectView> states() {
        return states;
    }

    @Override
    public SubjectView view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        Long id = Keys.base36(Keys.id(key));
        return ctx.coordinator() && id != null ? SubjectView.read(c, id) : null;
    }

    @Override
    public Set<Long> about(Data data, SubjectView view, Context ctx) {
        Set<Long> about = new java.util.HashSet<>();
        if (view != null && view.exists()) {
            about.add(view.id());
            view.meetings().stream().filter(m -> m.otherId() != 0).forEach(m -> about.add(m.otherId()));
        }
        return about;
    }

    @Override
    public Step<Data> begin(SubjectView view, Input input, Context ctx) {
        return input instanceof Input.Choice ? card(new Data(null), view, input, ctx) : null;
    }

    private Step<Data> card(Data d, SubjectView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (v == null) {
            return Step.end(new Say(t.t("admin.only")));
        }
        if (!v.exists()) {
            return Step.end(new Say(t.t("admin.subject_gone")));
        }
        String action = in instanceof Input.Choice c ? c.action() : "";
        switch (action) {
            case "susp", "unapp" -> {
                Data next = new Data(action.equals("susp") ? "suspend" : "unapprove");
                return new Step<>(REASON, next, List.of(new Say(t.t("admin.reason_ask", "name", v.name()),
                        Reasons.buttons("r:", t))));
            }
            case "resume" -> {
                if (!v.suspended()) {
                    return Step.of(CARD, d, SubjectCard.say(v, ctx));
                }
                return Step.of(CARD, d, new AdminChange.Suspend(v.id(), false, null, 0),
                        new Tell(v.id(), null, o -> new Say(o.t("account.resumed")), null, Set.of()),
                        new Say(t.t("admin.resumed_done", "name", v.name())), SubjectCard.say(v.with(v.status(), false), ctx));
            }
            default -> {
                return Step.of(CARD, d, SubjectCard.say(v, ctx));
            }
        }
    }

    private Step<Data> reason(Data d, SubjectView v, Input in, Context ctx) {
        var t = ctx.texts();
        String action = in instanceof Input.Choice c ? c.action() : "";
        if (v == null || !v.exists() || in instanceof Input.Cancel || action.equals("back")) {
            return card(new Data(null), v, new Input.Choice("view"), ctx);
        }
        if (in instanceof Input.Choice && !action.startsWith("r:")) {
            return card(new Data(null), v, in, ctx);
        }
        String code = action.startsWith("r:") ? action.substring(2) : "";
        if (!Reasons.known(code)) {
            return null;
        }
        List<Effect> effects = new ArrayList<>();
        boolean suspend = "suspend".equals(d.doing());
        if (suspend) {
            effects.add(new AdminChange.Suspend(v.id(), true, code, 0));
            effects.add(new Tell(v.id(), null, o -> new Say(o.t("account.suspended_notice", "reason",
                    o.t("reason." + code))), null, Set.of()));
        }
        SubjectView after = v.with(v.status(), suspend || v.suspended());
        if (!suspend && "approved".equals(v.status()) && v.volunteer() != null) {
            long stamp = 1 + ctx.random().nextLong(Long.MAX_VALUE - 1);
            effects.add(new AdminChange.Unapprove(v.id(), code));
            effects.add(new Signal(v.id(), VolunteerConversation.KIND, new ApprovalWithdrawn(code, stamp)));
            after = v.withdrawn(stamp);
        }
        effects.addAll(callOff(v));
        effects.add(new Say(t.t(suspend ? "admin.suspended_done" : "admin.unapproved_done", "name", v.name(),
                "count", v.meetings().stream().filter(SubjectView.MeetingLine::open).count())));
        effects.add(SubjectCard.say(after, ctx));
        return new Step<>(CARD, new Data(null), effects);
    }

    /** Every open meeting of theirs is called off by the coordinators; both sides are told by the meeting. */
    static List<Effect> callOff(SubjectView v) {
        return v.meetings().stream().filter(SubjectView.MeetingLine::open).<Effect>map(m -> new MeetingChange(m.id(),
                new MeetingCommand.Cancel(0, "coordinator", -1), null)).toList();
    }
}
