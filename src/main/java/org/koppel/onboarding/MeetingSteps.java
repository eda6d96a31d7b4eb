package org.koppel.onboarding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.koppel.core.Json;
import org.koppel.flow.Ask;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.MeetingActions;
import org.koppel.flow.Say;
import org.koppel.flow.Schedule;
import org.koppel.flow.Step;
import org.koppel.flow.Tell;
import org.koppel.flow.Unschedule;
import org.koppel.i18n.Texts;
import org.koppel.matching.Reason;
import org.koppel.meeting.MeetingAnswered;
import org.koppel.meeting.MeetingLookup;
import org.koppel.meeting.MeetingRequested;
import org.koppel.meeting.PlanRequest;
import org.koppel.meeting.Proposal;

/**
 * A newcomer asking for a coffee meeting: matching picks a volunteer, who gets the short profile
 * and why they were picked; no answer in time or a decline asks the next one; three declines or
 * nobody left ends kindly and tells the coordinators.
 */
final class MeetingSteps {
    static final String MATCHING = "MATCHING";
    static final String MATCHED = "MATCHED";
    static final String MEET = "meet";
    static final String EXPIRE = "meet.expire";
    static final int MAX_DECLINES = 3;
    /** The short profile a volunteer sees: never surname, username or phone. */
    private static final List<Question> SHORT_PROFILE = java.util.stream.Stream.of(OnboardingFlow.FIRST_NAME,
            OnboardingFlow.SECTORS, OnboardingFlow.OCCUPATION, OnboardingFlow.EXPERIENCE, OnboardingFlow.GOALS,
            OnboardingFlow.LANGUAGES, OnboardingFlow.REGION).map(Questions::byState).toList();

    private MeetingSteps() {
    }

    static Step<Draft> request(Draft d, FlowContext ctx) {
        Draft next = d.copy();
        next.meetingId = null;
        next.matchName = null;
        next.declines = 0;
        return Step.of(MATCHING, next, new Say(ctx.texts().t("meet.searching")), new Ask(MeetingLookup.MATCH));
    }

    static Step<Draft> event(String state, Draft d, Input.Event e, FlowContext ctx) {
        String name = e.name();
        if (state.equals(MATCHING) && name.equals(MeetingLookup.PROPOSAL)) {
            return propose(d, Json.read(e.value(), Proposal.class), ctx);
        }
        if (state.equals(MATCHING) && name.equals(MeetingLookup.NONE)) {
            return nobody(d, ctx);
        }
        if (state.equals(MATCHING) && name.equals(MeetingActions.ANSWER)) {
            String[] v = e.value().split(":");
            if (d.meetingId != null && Long.parseLong(v[0], 36) == d.meetingId) {
                return answered(d, v[1], Long.parseLong(v[2]), ctx);
            }
        }
        if (state.equals(MATCHING) && name.equals(Schedule.EVENT_PREFIX + EXPIRE) && d.meetingId != null
                && Long.toString(d.meetingId).equals(e.value())) {
            return new Step<Draft>(MATCHING, d, List.of(new MeetingAnswered(d.meetingId, "expired"),
                    new Ask(MeetingLookup.MATCH)));
        }
        return Step.of(state, d);
    }

    private static Step<Draft> propose(Draft d, Proposal p, FlowContext ctx) {
        Draft next = d.copy();
        next.meetingId = p.meeting();
        next.matchName = p.volunteerName();
        long newcomer = ctx.personId();
        Duration expiry = Duration.ofHours(ctx.config().settings().requestExpiryHours());
        return Step.of(MATCHING, next,
                new MeetingRequested(p.meeting(), p.volunteer(), Json.write(p.reasons())),
                new Tell(p.volunteer(), t -> requestFor(next, p, newcomer, t)),
                new Schedule(EXPIRE, Long.toString(p.meeting()), ctx.now().plus(expiry), true),
                new Say(ctx.texts().t("meet.asked")));
    }

    private static Step<Draft> answered(Draft d, String answer, long volunteer, FlowContext ctx) {
        Draft next = d.copy();
        if (answer.equals(MeetingActions.ACCEPT)) {
            next.matchId = volunteer;
            next.round = 0;
            next.shareMine = false;
            next.shareTheirs = false;
            return Step.of(MATCHED, next, new MeetingAnswered(d.meetingId, "accepted"), new Unschedule(EXPIRE),
                    new Say(ctx.texts().t("meet.accepted", "name", d.matchName)),
                    MeetingTimes.plan(next, PlanRequest.FIRST, ctx.personId()));
        }
        next.declines = d.declines + 1;
        List<Effect> effects = new ArrayList<>(List.of(new MeetingAnswered(d.meetingId, "declined"), new Unschedule(EXPIRE)));
        if (next.declines >= MAX_DECLINES) {
            Step<Draft> end = nobody(next, ctx);
            return end.after(effects);
        }
        effects.add(new Ask(MeetingLookup.MATCH));
        return new Step<>(MATCHING, next, List.copyOf(effects));
    }

    /** Nobody (more) to ask: the newcomer hears it kindly, the coordinators can step in. */
    private static Step<Draft> nobody(Draft d, FlowContext ctx) {
        Draft next = d.copy();
        next.meetingId = null;
        List<Effect> effects = new ArrayList<>();
        effects.add(new Say(ctx.texts().t("meet.none")));
        String name = d.firstName;
        for (long coordinator : ctx.coordinators()) {
            effects.add(new Tell(coordinator, t -> new Say(t.t("meet.stuck", "name", name))));
        }
        return new Step<>(OnboardingFlow.DONE, next, List.copyOf(effects));
    }

    /** The request in the volunteer's language: who, the short profile, why them, and the choices. */
    static Say requestFor(Draft d, Proposal p, long newcomer, Texts t) {
        StringBuilder text = new StringBuilder(t.t("meet.request", "name", d.firstName)).append('\n')
                .append(Summary.lines(d, t, SHORT_PROFILE));
        String why = p.reasons().stream().map(r -> t.t(r.key(), "items", items(r, t)))
                .collect(Collectors.joining("; "));
        text.append("\n\n").append(t.t("meet.why", "reasons", why));
        return new Say(text.toString(), List.of(
                List.of(new Button(t.t("button.accept"), MeetingActions.action(MeetingActions.ACCEPT, p.meeting(), newcomer)),
                        new Button(t.t("button.decline"), MeetingActions.action(MeetingActions.DECLINE, p.meeting(), newcomer))),
                List.of(new Button(t.t("button.pause_requests"), MeetingActions.action(MeetingActions.PAUSE, p.meeting(), newcomer)))));
    }

    private static String items(Reason r, Texts t) {
        String prefix = switch (r.key()) {
            case Reason.SECTOR -> "sector.";
            case Reason.SKILL -> "skill.";
            case Reason.OFFER -> "offer.";
            case Reason.LANGUAGE -> "spoken.";
            case Reason.REGION -> "region.";
            default -> "availability.";
        };
        return r.codes().stream().map(c -> t.has(prefix + c) ? t.t(prefix + c) : c)
                .collect(Collectors.joining(t.t("list.separator")));
    }
}
