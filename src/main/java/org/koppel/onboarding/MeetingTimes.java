package org.koppel.onboarding;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.core.Json;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.MeetingActions;
import org.koppel.flow.Say;
import org.koppel.flow.Signal;
import org.koppel.flow.Step;
import org.koppel.flow.Tell;
import org.koppel.meeting.MeetingChanged;
import org.koppel.meeting.PlanRequest;
import org.koppel.meeting.Times;
import org.koppel.meeting.When;

/**
 * The newcomer's side of an accepted meeting, which owns it: the volunteer's proposed times
 * arrive, the newcomer picks one (or asks for others), and either side's card buttons come here
 * to reschedule, cancel or share contacts. A state and the meeting id guard every change, so a
 * meeting is confirmed once and a stale card does nothing.
 */
final class MeetingTimes {
    static final String CHOOSING = "CHOOSING";
    static final String CONFIRMED = "CONFIRMED";
    static final String CLOSED = "meet.closed";

    private MeetingTimes() {
    }

    static boolean concerns(Input.Event e) {
        return e.name().equals(Times.EVENT) || e.name().equals(MeetingActions.CARD_EVENT);
    }

    static boolean active(String state) {
        return state.equals(MeetingSteps.MATCHED) || state.equals(CHOOSING) || state.equals(CONFIRMED);
    }

    static Step<Draft> event(String state, Draft d, Input.Event e, FlowContext ctx) {
        if (e.name().equals(Times.EVENT)) {
            Times times = Json.read(e.value(), Times.class);
            if (!state.equals(MeetingSteps.MATCHED) || d.meetingId == null || times.meeting() != d.meetingId
                    || d.matchId == null || e.from() != d.matchId || times.slots().isEmpty()) {
                return Step.of(state, d);
            }
            Draft next = d.copy();
            next.slots = new ArrayList<>(times.slots());
            next.place = times.place();
            return new Step<>(CHOOSING, next, prompt(next, ctx));
        }
        String[] v = e.value().split(":");
        long meeting = Long.parseLong(v[0], 36);
        long by = e.from();
        boolean party = by == ctx.personId() || d.matchId != null && by == d.matchId;
        if (!active(state) || d.meetingId == null || meeting != d.meetingId || !party) {
            return Step.of(state, d, new Tell(by, t -> new Say(t.t("meet.card_old"))));
        }
        return switch (v[1]) {
            case MeetingActions.CANCEL -> cancel(d, by, ctx);
            case MeetingActions.RESCHEDULE -> state.equals(CONFIRMED) ? reschedule(d, by, ctx)
                    : Step.of(state, d, new Tell(by, t -> new Say(t.t("meet.card_old"))));
            case MeetingActions.SHARE -> ContactSharing.share(state, d, by, ctx);
            case MeetingActions.ATTEND -> state.equals(CONFIRMED) ? attending(state, d, by, ctx)
                    : Step.of(state, d, new Tell(by, t -> new Say(t.t("meet.card_old"))));
            default -> Step.of(state, d);
        };
    }

    static List<Effect> prompt(Draft d, FlowContext ctx) {
        var t = ctx.texts();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < d.slots.size(); i++) {
            rows.add(List.of(new Button(When.brief(LocalDateTime.parse(d.slots.get(i)), t.language()), "pick:" + i)));
        }
        rows.add(List.of(new Button(t.t("button.other_times"), "other")));
        rows.add(List.of(new Button(t.t("button.cancel_meeting"), "cancel")));
        String zone = When.zoneName(LocalDateTime.parse(d.slots.get(0)), ctx.config().settings().zone(), t.language());
        return List.of(new Say(t.t("meet.choose", "name", d.matchName, "place", MeetingCard.where(d.place, t),
                "zone", zone), rows));
    }

    /** A press on the list of proposed times. */
    static Step<Draft> choose(Draft d, Input input, FlowContext ctx) {
        var t = ctx.texts();
        if (input instanceof Input.Choice c && c.action().startsWith("pick:")) {
            int i = Integer.parseInt(c.action().substring(5));
            if (i >= 0 && i < d.slots.size()) {
                LocalDateTime start = LocalDateTime.parse(d.slots.get(i));
                if (!start.atZone(ctx.config().settings().zone()).toInstant().isAfter(ctx.now())) {
                    return new Step<>(CHOOSING, d, prompt(d, ctx)).after(List.of(new Say(t.t("meet.slot_passed"))));
                }
                return confirm(d, start, ctx);
            }
        }
        if (input instanceof Input.Choice c && c.action().equals("other")) {
            Draft next = d.copy();
            next.slots = new ArrayList<>();
            return Step.of(MeetingSteps.MATCHED, next, plan(next, PlanRequest.OTHER_TIMES, ctx.personId()),
                    new Say(t.t("meet.other_asked", "name", d.matchName)));
        }
        if (input instanceof Input.Choice c && c.action().equals("cancel")) {
            return cancel(d, ctx.personId(), ctx);
        }
        return new Step<>(CHOOSING, d, prompt(d, ctx)).after(List.of(new Say(t.t("input.use_buttons"))));
    }

    private static Step<Draft> confirm(Draft d, LocalDateTime start, FlowContext ctx) {
        Draft next = d.copy();
        next.startsAt = start.toString();
        next.round = d.round + 1;
        next.slots = new ArrayList<>();
        var settings = ctx.config().settings();
        MeetingCard.Meeting m = new MeetingCard.Meeting(d.meetingId, ctx.personId(), next.round, start, d.place, ctx.now());
        String newcomerName = d.firstName;
        String volunteerName = d.matchName;
        List<Effect> effects = new ArrayList<>(List.of(
                new MeetingChanged.Confirmed(d.meetingId, start.toString(), settings.timeZone(), d.place),
                new Tell(ctx.personId(), t -> MeetingCard.render(m, volunteerName, t, settings)),
                new Tell(d.matchId, t -> MeetingCard.render(m, newcomerName, t, settings))));
        effects.addAll(AfterMeeting.schedule(d.meetingId, next.round, start, ctx));
        return new Step<>(CONFIRMED, next, List.copyOf(effects));
    }

    private static Step<Draft> reschedule(Draft d, long by, FlowContext ctx) {
        Draft next = d.copy();
        next.startsAt = null;
        boolean mine = by == ctx.personId();
        String why = mine ? PlanRequest.RESCHEDULE_ASKED : PlanRequest.RESCHEDULE;
        Say told = new Say(ctx.texts().t(mine ? "meet.reschedule_asked" : "meet.rescheduled_by_other", "name", d.matchName));
        List<Effect> effects = new ArrayList<>(AfterMeeting.cancelJobs());
        effects.addAll(List.of(new MeetingChanged.Replanned(d.meetingId), plan(next, why, ctx.personId()), told));
        return new Step<>(MeetingSteps.MATCHED, next, List.copyOf(effects));
    }

    /** "I'll be there" on a reminder: the other side hears it too. */
    private static Step<Draft> attending(String state, Draft d, long by, FlowContext ctx) {
        boolean mine = by == ctx.personId();
        long other = mine ? d.matchId : ctx.personId();
        String name = mine ? d.firstName : d.matchName;
        return Step.of(state, d, new Tell(by, t -> new Say(t.t("meet.attend_thanks"))),
                new Tell(other, t -> new Say(t.t("meet.attend_other", "name", name))));
    }

    /** Either side calls it off: both hear it, the volunteer's lane lets go of it, the newcomer can ask again. */
    static Step<Draft> cancel(Draft d, long by, FlowContext ctx) {
        var t = ctx.texts();
        boolean mine = by == ctx.personId();
        String newcomerName = d.firstName;
        List<Effect> effects = new ArrayList<>(AfterMeeting.cancelJobs());
        effects.add(new MeetingChanged.Cancelled(d.meetingId, by));
        effects.add(new Signal(d.matchId, CLOSED, Long.toString(d.meetingId)));
        effects.add(new Say(t.t(mine ? "meet.cancelled_self" : "meet.cancelled_other", "name", d.matchName),
                List.of(List.of(new Button(t.t("meet.button"), MeetingSteps.MEET)))));
        effects.add(new Tell(d.matchId, o -> new Say(o.t(mine ? "meet.cancelled_other" : "meet.cancelled_self",
                "name", newcomerName))));
        return new Step<>(OnboardingFlow.DONE, closed(d), List.copyOf(effects));
    }

    private static Draft closed(Draft d) {
        Draft next = d.copy();
        next.meetingId = null;
        next.matchId = null;
        next.slots = new ArrayList<>();
        next.startsAt = null;
        next.place = null;
        next.compose = null;
        next.shareMine = false;
        next.shareTheirs = false;
        return next;
    }

    /** Asks the volunteer's lane for times; it knows the volunteer's own availability. */
    static Signal plan(Draft d, String why, long newcomer) {
        PlanRequest r = new PlanRequest(d.meetingId, newcomer, d.firstName, d.availability, d.mode, why);
        return new Signal(d.matchId, PlanRequest.EVENT, Json.write(r));
    }
}
