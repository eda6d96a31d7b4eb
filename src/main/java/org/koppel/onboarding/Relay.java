package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;
import org.koppel.core.Json;
import org.koppel.flow.Ask;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.MeetingActions;
import org.koppel.flow.Say;
import org.koppel.flow.Step;
import org.koppel.flow.Tell;
import org.koppel.meeting.RelayLookup;
import org.koppel.meeting.Relayed;
import org.koppel.meeting.Reported;

/**
 * /message between the two sides of a meeting, through the bot, so neither needs the other's
 * contact: the receiver sees the sender's first name and a Report button, and a report reaches
 * the coordinators with the message it is about. Works the same for newcomers and volunteers.
 */
final class Relay {
    static final String COMMAND = "message";
    private static final String TO = "to:";

    private Relay() {
    }

    /** /message: asks for the text, first asking to whom when there are several. */
    static Step<Draft> start(String state, Draft d, List<Partner> partners, FlowContext ctx) {
        var t = ctx.texts();
        if (partners.isEmpty()) {
            return Step.of(state, d, new Say(t.t("relay.nobody")));
        }
        if (partners.size() == 1) {
            return write(state, d, partners.get(0), ctx);
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            rows.add(List.of(new Button(partners.get(i).name(), TO + i)));
        }
        return Step.of(state, d, new Say(t.t("relay.to_whom"), rows));
    }

    static boolean picks(Input input) {
        return input instanceof Input.Choice c && c.action().startsWith(TO);
    }

    static Step<Draft> pick(String state, Draft d, Input.Choice c, List<Partner> partners, FlowContext ctx) {
        int i = Integer.parseInt(c.action().substring(TO.length()));
        return i >= 0 && i < partners.size() ? write(state, d, partners.get(i), ctx) : Step.of(state, d);
    }

    private static Step<Draft> write(String state, Draft d, Partner p, FlowContext ctx) {
        Draft next = d.copy();
        next.compose = p;
        return Step.of(state, next, new Say(ctx.texts().t("relay.write", "name", p.name())));
    }

    static boolean composing(Draft d, Input input) {
        return d.compose != null && (input instanceof Input.Text || input instanceof Input.Cancel);
    }

    /** The text after /message goes to the other side; /cancel drops it. */
    static Step<Draft> compose(String state, Draft d, Input input, FlowContext ctx) {
        var t = ctx.texts();
        Draft next = d.copy();
        next.compose = null;
        if (input instanceof Input.Cancel) {
            return Step.of(state, next, new Say(t.t("relay.dropped")));
        }
        String text = ((Input.Text) input).text();
        int max = ctx.config().settings().maxTextLength();
        if (text.isBlank()) {
            return Step.of(state, d, new Say(t.t("input.text_empty")));
        }
        if (text.length() > max) {
            return Step.of(state, d, new Say(t.t("input.too_long", "max", max)));
        }
        Partner to = d.compose;
        String from = d.firstName;
        String report = MeetingActions.report(ctx.personId(), ctx.now().toEpochMilli());
        return Step.of(state, next, new Relayed(to.person(), to.meeting(), from, text),
                new Tell(to.person(), o -> new Say(o.t("relay.received", "name", from, "text", text),
                        List.of(List.of(new Button(o.t("button.report"), report))))),
                new Say(t.t("relay.sent", "name", to.name())));
    }

    static boolean concerns(Input.Event e) {
        return e.name().equals(MeetingActions.REPORT_EVENT) || e.name().equals(RelayLookup.FOUND)
                || e.name().equals(RelayLookup.MISSING);
    }

    /** Report: look the message up (only its receiver finds it), record it, tell the coordinators. */
    static Step<Draft> report(String state, Draft d, Input.Event e, FlowContext ctx) {
        var t = ctx.texts();
        if (e.name().equals(MeetingActions.REPORT_EVENT)) {
            String[] v = e.value().split(":");
            return Step.of(state, d, new Ask(RelayLookup.ask(Long.parseLong(v[0]), Long.parseLong(v[1]))));
        }
        if (e.name().equals(RelayLookup.MISSING)) {
            return Step.of(state, d, new Say(t.t("report.missing")));
        }
        RelayLookup.Message m = Json.read(e.value(), RelayLookup.Message.class);
        String reporter = d.firstName;
        List<Effect> effects = new ArrayList<>();
        effects.add(new Reported(m.from(), m.meeting(), m.sentAt()));
        for (long coordinator : ctx.coordinators()) {
            effects.add(new Tell(coordinator, o -> new Say(o.t("report.received", "reporter", reporter,
                    "name", m.fromName(), "text", m.text()))));
        }
        effects.add(new Say(t.t("report.thanks", "name", m.fromName())));
        return new Step<>(state, d, List.copyOf(effects));
    }
}
