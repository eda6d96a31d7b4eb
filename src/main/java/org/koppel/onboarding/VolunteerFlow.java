package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.Flow;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.MeetingActions;
import org.koppel.flow.ReviewActions;
import org.koppel.meeting.VolunteerPaused;
import org.koppel.flow.Say;
import org.koppel.flow.Step;
import org.koppel.flow.Tell;
import org.koppel.i18n.Texts;
import org.koppel.config.Region;
import org.koppel.community.CommunityChanged;

/**
 * A volunteer's consent and profile, then the coordinators' review. Until a coordinator approves,
 * the volunteer is PENDING and is never offered to a newcomer; the first decision counts.
 */
public final class VolunteerFlow implements Flow<Draft> {
    public static final String NAME = "volunteer";
    static final String CONSENT = "CONSENT";
    static final String DECLINED = "DECLINED";
    static final String JOB_TITLE = "JOB_TITLE";
    static final String ORGANISATION = "ORGANISATION";
    static final String OFFERS = "OFFERS";
    static final String CAPACITY = "CAPACITY";
    static final String SUMMARY = "SUMMARY";
    static final String PENDING = "PENDING";
    static final String ACTIVE = "ACTIVE";
    static final String REJECTED = "REJECTED";
    static final String PAUSED = "PAUSED";
    private static final java.util.Set<String> VOLUNTEER_COMMANDS = java.util.Set.of("pause", "resume", "profile");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public Class<Draft> dataType() {
        return Draft.class;
    }

    @Override
    public Step<Draft> begin(FlowContext ctx, boolean languageKnown) {
        Draft d = new Draft();
        return new Step<>(CONSENT, d, prompt(CONSENT, d, ctx));
    }

    @Override
    public Step<Draft> handle(String state, Draft d, Input input, FlowContext ctx) {
        var t = ctx.texts();
        if (input instanceof Input.Command c && approved(state) && VOLUNTEER_COMMANDS.contains(c.name())) {
            return command(state, d, c.name(), ctx);
        }
        Step<Draft> beside = Beside.step(state, d, input, ctx, List.of(ACTIVE, PENDING, REJECTED).contains(state),
                approved(state) ? d.partners : List.of());
        if (beside != null || input instanceof Input.Photo) {
            return beside;
        }
        if (input instanceof Input.Event e) {
            return PlanSteps.concerns(e) ? PlanSteps.event(state, d, e, ctx) : review(state, d, e, ctx);
        }
        if (input instanceof Input.Cancel && PlanSteps.planning(state)) {
            return new Step<>(state, d, prompt(state, d, ctx)).after(List.of(new Say(t.t("plan.finish_first"))));
        }
        if (input instanceof Input.Cancel) {
            if (VolunteerQuestions.ORDER.stream().anyMatch(q -> q.state().equals(state)) || state.equals(SUMMARY)) {
                Draft next = d.copy();
                next.pausedAt = state;
                return Step.of(PAUSED, next, new Say(t.t("cancel.done")));
            }
            return Step.of(state, d, new Say(t.t("cancel.nothing")));
        }
        if (input instanceof Input.Restart || input instanceof Input.Command c && c.name().equals("profile")) {
            return resume(state, d, ctx, input instanceof Input.Restart);
        }
        if (input instanceof Input.Command) {
            return null;
        }
        if (input instanceof Input.LanguageChosen) {
            return again(state, d, ctx);
        }
        return switch (state) {
            case CONSENT -> consent(d, input, ctx);
            case DECLINED -> Step.of(state, d, new Say(t.t("consent.declined")));
            case SUMMARY -> summary(d, input, ctx);
            case PlanSteps.TIMES -> PlanSteps.times(d, input, ctx);
            case PlanSteps.PLACE -> PlanSteps.place(d, input, ctx);
            case PENDING, ACTIVE, REJECTED, PAUSED -> Step.of(state, d, new Say(t.t(idleKey(state))));
            default -> answer(state, d, input, ctx);
        };
    }

    @Override
    public List<Effect> prompt(String state, Draft d, FlowContext ctx) {
        var t = ctx.texts();
        return switch (state) {
            case CONSENT -> List.of(new Say(t.t("vconsent.text"), List.of(List.of(
                    new Button(t.t("consent.yes"), "yes"), new Button(t.t("consent.no"), "no")))));
            case SUMMARY -> List.of(Summary.render("vsummary.title", d, ctx, VolunteerQuestions.ORDER));
            case PlanSteps.TIMES, PlanSteps.PLACE -> PlanSteps.prompt(state, d, ctx);
            case DECLINED, PENDING, ACTIVE, REJECTED, PAUSED -> List.of();
            default -> Questions.byState(VolunteerQuestions.ORDER, state).ask(d, ctx);
        };
    }

    private Step<Draft> consent(Draft d, Input input, FlowContext ctx) {
        if (input instanceof Input.Choice c && c.action().equals("yes")) {
            return again(VolunteerQuestions.ORDER.get(0).state(), d, ctx).after(List.of(new RecordConsent(true)));
        }
        if (input instanceof Input.Choice c && c.action().equals("no")) {
            return Step.of(DECLINED, new Draft(), new RecordConsent(false), new Say(ctx.texts().t("consent.declined")));
        }
        return again(CONSENT, d, ctx).after(List.of(new Say(ctx.texts().t("input.use_buttons"))));
    }

    private Step<Draft> answer(String state, Draft d, Input input, FlowContext ctx) {
        Question.Answer a = Questions.byState(VolunteerQuestions.ORDER, state).answer(d, input, ctx);
        if (a instanceof Question.Stay s) {
            return new Step<>(state, s.draft(), s.effects());
        }
        if (a instanceof Question.Rejected r) {
            return again(state, d, ctx).after(r.effects());
        }
        Draft next = ((Question.Accepted) a).draft();
        if (state.equals(OnboardingFlow.REGION) && Region.ONLINE.equals(next.region)) {
            next.mode = "video";
        }
        String after = Questions.after(VolunteerQuestions.ORDER, state);
        if (next.editing || after == null) {
            next.editing = false;
            return again(SUMMARY, next, ctx);
        }
        return again(after, next, ctx);
    }

    private Step<Draft> summary(Draft d, Input input, FlowContext ctx) {
        if (input instanceof Input.Choice c && c.action().startsWith(Summary.EDIT)
                && Questions.byState(VolunteerQuestions.ORDER, c.action().substring(Summary.EDIT.length())) != null) {
            Draft next = d.copy();
            next.editing = true;
            return again(c.action().substring(Summary.EDIT.length()), next, ctx);
        }
        if (input instanceof Input.Choice c && c.action().equals(Summary.CONFIRM)) {
            Draft next = d.copy();
            next.complete = true;
            List<Effect> effects = new ArrayList<>();
            effects.add(new SaveVolunteer(VolunteerProfile.of(next)));
            for (long coordinator : ctx.coordinators()) {
                effects.add(new Tell(coordinator, t -> reviewRequest(next, ctx.personId(), t)));
            }
            effects.add(new Say(ctx.texts().t("volunteer.submitted", "name", next.firstName)));
            return new Step<>(PENDING, next, List.copyOf(effects));
        }
        return again(SUMMARY, d, ctx).after(List.of(new Say(ctx.texts().t("input.use_buttons"))));
    }

    /** What a coordinator sees, in the coordinator's language, with Approve and Reject. */
    static Say reviewRequest(Draft d, long volunteer, Texts t) {
        String text = t.t("review.request", "name", d.firstName) + "\n" + Summary.lines(d, t, VolunteerQuestions.ORDER);
        return new Say(text, List.of(List.of(new Button(t.t("button.approve"), ReviewActions.APPROVE + volunteer),
                new Button(t.t("button.reject"), ReviewActions.REJECT + volunteer))));
    }

    private Step<Draft> review(String state, Draft d, Input.Event e, FlowContext ctx) {
        if (e.name().equals(MeetingActions.PAUSED)) {
            return Step.of(state, d, new VolunteerPaused(true), new Say(ctx.texts().t("volunteer.paused_requests")));
        }
        if (!e.name().equals(ReviewActions.EVENT)) {
            return Step.of(state, d);
        }
        if (!state.equals(PENDING)) {
            // another coordinator was first; this one should know their press changed nothing
            return Step.of(state, d, new Tell(e.from(), t -> new Say(t.t("review.already", "name", d.firstName))));
        }
        boolean approved = e.value().equals("approve");
        return Step.of(approved ? ACTIVE : REJECTED, d, new VolunteerReviewed(approved, e.from()),
                new Say(ctx.texts().t(approved ? "volunteer.approved" : "volunteer.rejected")));
    }

    private Step<Draft> resume(String state, Draft d, FlowContext ctx, boolean restart) {
        var t = ctx.texts();
        return switch (state) {
            case CONSENT -> again(state, d, ctx);
            case DECLINED -> restart ? again(CONSENT, d, ctx) : Step.of(state, d, new Say(t.t("profile.none")));
            case PAUSED -> {
                Draft next = d.copy();
                next.pausedAt = null;
                yield again(d.pausedAt, next, ctx).after(List.of(new Say(t.t("start.welcome_back"))));
            }
            case PENDING, ACTIVE, REJECTED -> Step.of(state, d, new Say(t.t("vprofile.title")
                    + "\n" + Summary.lines(d, t, VolunteerQuestions.ORDER) + "\n\n" + t.t(idleKey(state))));
            default -> again(state, d, ctx);
        };
    }

    private static boolean approved(String state) {
        return state.equals(ACTIVE) || PlanSteps.planning(state);
    }

    /** What an approved volunteer can do besides answering: pause or resume requests, see the profile. */
    private Step<Draft> command(String state, Draft d, String name, FlowContext ctx) {
        var t = ctx.texts();
        return switch (name) {
            case "pause" -> Step.of(state, d, new VolunteerPaused(true), new CommunityChanged.Paused(true),
                    new Say(t.t("volunteer.paused_requests")));
            case "resume" -> Step.of(state, d, new VolunteerPaused(false), new CommunityChanged.Paused(false),
                    new Say(t.t("volunteer.resumed")));
            case "profile" -> resume(state, d, ctx, false);
            default -> null;
        };
    }

    private static String idleKey(String state) {
        return switch (state) {
            case PENDING -> "volunteer.pending";
            case ACTIVE -> "volunteer.active";
            case REJECTED -> "volunteer.rejected_idle";
            default -> "idle.paused";
        };
    }

    private Step<Draft> again(String state, Draft d, FlowContext ctx) {
        return new Step<>(state, d, prompt(state, d, ctx));
    }
}
