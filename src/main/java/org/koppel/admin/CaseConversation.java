package org.koppel.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.conversation.Tell;
import org.koppel.i18n.Texts;
import org.koppel.meeting.MeetingChange;
import org.koppel.meeting.MeetingCommand;

/**
 * A report in a coordinator's hands ("case:&lt;report id&gt;"); every coordinator gets its card at
 * once, and whatever one does is recorded with who and when.
 * <pre>
 * CARD   nothing  suspend the reported person; call off their meetings with the reporter (both told);
 *                 write to either side → WRITE; mark handled
 * WRITE  typing   the message, sent through the bot to that side; → CARD
 * </pre>
 */
public final class CaseConversation implements Conversation<CaseConversation.Data, CaseView> {
    public static final String KIND = "case";
    static final String CARD = "CARD";
    static final String WRITE = "WRITE";

    /** Whom a message being written goes to: "reporter" or "reported"; null on the card. */
    public record Data(String to) {
    }

    private final States<Data, CaseView> states = States.of(
            State.idle(CARD, this::card),
            State.of(WRITE, Expects.TEXT, (d, v, ctx) -> List.of(new Say(ctx.texts().t("case.write_ask", "name",
                    name(d.to().equals("reporter") ? v.reporterName() : v.reportedName(), ctx.texts())))), this::write));

    /** The card every coordinator gets when someone reports a message, with what they can do about it. */
    public static Say card(String reporter, String reported, String text, Texts t) {
        List<List<Button>> rows = List.of(
                List.of(new Button(t.t("case.button_suspend", "name", reported), "susp")),
                List.of(new Button(t.t("case.button_cancel"), "cancel")),
                List.of(new Button(t.t("case.button_write", "name", reporter), "wr"),
                        new Button(t.t("case.button_write", "name", reported), "wd")),
                List.of(new Button(t.t("case.button_handled"), "done")));
        return new Say(t.t("report.received", "reporter", reporter, "name", reported, "text", text), rows).lasting();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, CaseView> states() {
        return states;
    }

    @Override
    public CaseView view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        Long id = Keys.base36(Keys.id(key));
        return ctx.coordinator() && id != null ? CaseView.read(c, id) : null;
    }

    @Override
    public Set<Long> about(Data data, CaseView v, Context ctx) {
        Set<Long> about = new HashSet<>();
        if (v != null) {
            about.add(v.reporter());
            about.add(v.reported());
            about.remove(0L);
        }
        return about;
    }

    @Override
    public Step<Data> begin(CaseView view, Input input, Context ctx) {
        return input instanceof Input.Choice ? card(new Data(null), view, input, ctx) : null;
    }

    private Step<Data> card(Data d, CaseView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Event e && e.event() instanceof AdminOutcome o) {
            return Step.of(CARD, d, new Say(t.t(o.done() ? "case.handled_done" : "case.already_handled")));
        }
        if (v == null) {
            return Step.end(new Say(t.t("admin.only")));
        }
        String action = in instanceof Input.Choice c ? c.action() : "";
        String reported = name(v.reportedName(), t);
        List<Effect> effects = new ArrayList<>();
        switch (action) {
            case "susp" -> {
                if (v.reported() == 0 || v.suspended()) {
                    return Step.of(CARD, d, new Say(t.t("case.already_suspended", "name", reported)));
                }
                effects.add(new AdminChange.Suspend(v.reported(), true, "conduct", v.id()));
                effects.add(new Tell(v.reported(), null, o -> new Say(o.t("account.suspended_notice", "reason",
                        o.t("reason.conduct"))), null, Set.of()));
                for (long meeting : v.reportedOpen()) {
                    effects.add(new MeetingChange(meeting, new MeetingCommand.Cancel(0, "coordinator", -1), null));
                }
                effects.add(new Say(t.t("case.suspended_done", "name", reported)));
            }
            case "cancel" -> {
                for (long meeting : v.openMeetings()) {
                    effects.add(new MeetingChange(meeting, new MeetingCommand.Cancel(0, "coordinator", -1), null));
                }
                effects.add(new AdminChange.OnReport(v.id(), "cancel_meetings", false));
                effects.add(new Say(t.t("case.cancelled_done", "count", v.openMeetings().size())));
            }
            case "wr", "wd" -> {
                boolean toReporter = action.equals("wr");
                if ((toReporter ? v.reporter() : v.reported()) == 0) {
                    return Step.of(CARD, d, new Say(t.t("admin.subject_gone")));
                }
                Data next = new Data(toReporter ? "reporter" : "reported");
                return new Step<>(WRITE, next, List.of(new Say(t.t("case.write_ask", "name",
                        name(toReporter ? v.reporterName() : v.reportedName(), t)))));
            }
            case "done" -> {
                if (v.handled()) {
                    return Step.of(CARD, d, new Say(t.t("case.already_handled")));
                }
                // whether it was this press that handled it, the write says (AdminOutcome)
                effects.add(new AdminChange.OnReport(v.id(), "handled", true));
            }
            default -> {
                return Step.of(CARD, d, card(name(v.reporterName(), t), reported, v.text(), t));
            }
        }
        return new Step<>(CARD, d, effects);
    }

    private Step<Data> write(Data d, CaseView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel || v == null) {
            return Step.of(CARD, new Data(null), new Say(t.t("cancel.stopped")));
        }
        if (in instanceof Input.Choice) {
            // a press on the card while a message is being written: the card's buttons still work
            return card(new Data(null), v, in, ctx);
        }
        if (!(in instanceof Input.Text text)) {
            return null;
        }
        long to = d.to().equals("reporter") ? v.reporter() : v.reported();
        if (to == 0) {
            return Step.of(CARD, new Data(null), new Say(t.t("admin.subject_gone")));
        }
        String typed = text.text();
        return Step.of(CARD, new Data(null), new AdminChange.OnReport(v.id(), "write_" + d.to(), false),
                new Tell(to, null, o -> new Say(o.t("admin.message", "text", typed)), null, Set.of()),
                new Say(t.t("case.sent", "name", name(d.to().equals("reporter") ? v.reporterName() : v.reportedName(), t))));
    }

    private static String name(String name, Texts t) {
        return name == null ? t.t("admin.someone_erased") : name;
    }
}
