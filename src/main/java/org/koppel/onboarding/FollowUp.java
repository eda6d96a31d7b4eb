package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;
import org.koppel.flow.Button;
import org.koppel.flow.EditPressed;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.MeetingActions;
import org.koppel.flow.Say;
import org.koppel.flow.Schedule;
import org.koppel.flow.Step;
import org.koppel.flow.Tell;
import org.koppel.flow.Toast;
import org.koppel.flow.Unschedule;
import org.koppel.i18n.Texts;
import org.koppel.meeting.FeedbackGiven;

/**
 * The questions after a meeting, the same for both sides: did it take place, how useful, what
 * came of it, a comment. They come as messages whose buttons stay valid whatever else the person
 * is doing; every answer is stored at once; one nudge a day later if unfinished, then silence.
 */
final class FollowUp {
    static final String NEWCOMER = "newcomer";
    static final String VOLUNTEER = "volunteer";
    /** Sent to the volunteer's lane when the follow-up starts: "<meeting>:<newcomer's first name>". */
    static final String START = "followup.start";
    static final String NUDGE = "fu.nudge:";
    static final List<String> OUTCOMES = List.of("interview", "offer", "placement", "training", "introductions", "cv",
            "another_meeting", "nothing");

    private FollowUp() {
    }

    static boolean concerns(Input.Event e) {
        return e.name().equals(START) || e.name().startsWith(Schedule.EVENT_PREFIX + NUDGE)
                || e.name().equals(MeetingActions.OWN_EVENT) && e.value().startsWith(MeetingActions.FOLLOW_UP);
    }

    /** The first question, and the one nudge. */
    static List<Effect> begin(Feedback f, FlowContext ctx) {
        String m36 = Long.toString(f.meeting(), 36);
        return List.of(new Tell(ctx.personId(), t -> question(f, t)),
                new Schedule(NUDGE + m36, m36, ctx.now().plus(java.time.Duration.ofDays(1)), true));
    }

    static Step<Draft> event(String state, Draft d, Input.Event e, FlowContext ctx) {
        if (e.name().equals(START)) {
            String[] v = e.value().split(":", 2);
            long meeting = Long.parseLong(v[0], 36);
            Draft next = d.copy();
            Feedback f = new Feedback(meeting, VOLUNTEER, v[1], null, null, List.of(), false);
            next.feedback.put(v[0], f);
            next.partners.removeIf(p -> p.meeting() == meeting);
            return new Step<>(state, next, begin(f, ctx));
        }
        if (e.name().startsWith(Schedule.EVENT_PREFIX)) {
            Feedback f = d.feedback.get(e.value());
            return f == null ? Step.of(state, d)
                    : Step.of(state, d, new Tell(ctx.personId(), t -> nudged(f, t)));
        }
        return answer(state, d, e.value().substring(MeetingActions.FOLLOW_UP.length()).split(":"), ctx);
    }

    /** "fu:<question>:<meeting>[:<value>]" */
    private static Step<Draft> answer(String state, Draft d, String[] v, FlowContext ctx) {
        Feedback f = v.length >= 2 ? d.feedback.get(v[1]) : null;
        var t = ctx.texts();
        if (f == null) {
            return Step.of(state, d, new Toast(t.t("callback.expired")));
        }
        String value = v.length > 2 ? v[2] : "";
        Feedback next = switch (v[0]) {
            case "h" -> List.of("yes", "no", "no_show").contains(value) ? f.with(value, null, List.of(), false) : null;
            case "u" -> value.matches("[1-5]") && f.tookPlace() != null ? f.with(f.tookPlace(), Integer.parseInt(value), List.of(), false) : null;
            case "o" -> OUTCOMES.contains(value) && f.usefulness() != null ? f.with(f.tookPlace(), f.usefulness(), toggled(f.outcomes(), value), false) : null;
            case "od" -> f.usefulness() != null ? f.with(f.tookPlace(), f.usefulness(), f.outcomes(), true) : null;
            case "c" -> f.commenting() ? f : null;
            default -> null;
        };
        if (next == null) {
            return Step.of(state, d, new Toast(t.t("callback.expired")));
        }
        if (v[0].equals("o")) {
            return Step.of(state, keep(d, next), new EditPressed(null, outcomeButtons(next, t), true));
        }
        List<Effect> effects = new ArrayList<>();
        effects.add(new EditPressed(null, List.of(), true));
        if (v[0].equals("c") || !next.tookPlace().equals("yes")) {
            effects.add(stored(next, null));
            return finish(state, d, next, effects, ctx);
        }
        effects.add(stored(next, null));
        effects.add(new Tell(ctx.personId(), o -> question(next, o)));
        return new Step<>(state, keep(d, next), List.copyOf(effects));
    }

    /** Typed text is the awaited comment; flows ask this only in states that expect no typing themselves. */
    static boolean commenting(Draft d, Input input) {
        return input instanceof Input.Text && d.feedback.values().stream().anyMatch(Feedback::commenting);
    }

    /** The optional comment, typed as a message. */
    static Step<Draft> comment(String state, Draft d, Input.Text text, FlowContext ctx) {
        Feedback f = d.feedback.values().stream().filter(Feedback::commenting).findFirst().orElseThrow();
        int max = ctx.config().settings().maxTextLength();
        if (text.text().length() > max) {
            return Step.of(state, d, new Say(ctx.texts().t("input.too_long", "max", max)));
        }
        return finish(state, d, f, List.of(stored(f, text.text().strip())), ctx);
    }

    private static Step<Draft> finish(String state, Draft d, Feedback f, List<Effect> before, FlowContext ctx) {
        Draft next = d.copy();
        next.feedback.remove(Long.toString(f.meeting(), 36));
        List<Effect> effects = new ArrayList<>(before);
        effects.add(new Unschedule(NUDGE + Long.toString(f.meeting(), 36)));
        effects.add(new Say(ctx.texts().t(f.tookPlace().equals("yes") ? "fu.thanks" : "fu.thanks_no", "name", f.other())));
        if (f.role().equals(NEWCOMER)) {
            effects.add(new Say(ctx.texts().t("fu.next"), List.of(List.of(new Button(ctx.texts().t("meet.button"), MeetingSteps.MEET)))));
        }
        return new Step<>(state, next, List.copyOf(effects));
    }

    private static FeedbackGiven stored(Feedback f, String comment) {
        return new FeedbackGiven(f.meeting(), f.role(), f.tookPlace(), f.usefulness(),
                f.usefulness() == null ? null : f.outcomes(), comment);
    }

    private static Draft keep(Draft d, Feedback f) {
        Draft next = d.copy();
        next.feedback.put(Long.toString(f.meeting(), 36), f);
        return next;
    }

    private static List<String> toggled(List<String> chosen, String code) {
        List<String> out = new ArrayList<>(chosen);
        if (!out.remove(code)) {
            out.add(code);
        }
        return out;
    }

    private static Say nudged(Feedback f, Texts t) {
        Say q = question(f, t);
        return new Say(t.t("fu.nudge", "name", f.other()) + "\n\n" + q.text(), q.buttons());
    }

    /** The question this follow-up is at. */
    private static Say question(Feedback f, Texts t) {
        String m = Long.toString(f.meeting(), 36);
        String p = MeetingActions.FOLLOW_UP;
        if (f.tookPlace() == null) {
            return new Say(t.t("fu.held", "name", f.other()), List.of(
                    List.of(new Button(t.t("fu.held_yes"), p + "h:" + m + ":yes")),
                    List.of(new Button(t.t("fu.held_no_show", "name", f.other()), p + "h:" + m + ":no_show")),
                    List.of(new Button(t.t("fu.held_no"), p + "h:" + m + ":no"))));
        }
        if (f.usefulness() == null) {
            List<Button> row = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                row.add(new Button(Integer.toString(i), p + "u:" + m + ":" + i));
            }
            return new Say(t.t("fu.useful", "name", f.other()), List.of(List.copyOf(row)));
        }
        if (!f.commenting()) {
            return new Say(t.t("fu.outcomes"), outcomeButtons(f, t));
        }
        return new Say(t.t("fu.comment"), List.of(List.of(new Button(t.t("button.skip"), p + "c:" + m))));
    }

    private static List<List<Button>> outcomeButtons(Feedback f, Texts t) {
        String m = Long.toString(f.meeting(), 36);
        List<List<Button>> rows = new ArrayList<>();
        for (String o : OUTCOMES) {
            rows.add(List.of(new Button((f.outcomes().contains(o) ? "✓ " : "") + t.t("outcome." + o),
                    MeetingActions.FOLLOW_UP + "o:" + m + ":" + o)));
        }
        rows.add(List.of(new Button(t.t("button.done"), MeetingActions.FOLLOW_UP + "od:" + m)));
        return rows;
    }
}
