package org.koppel.onboarding;

import java.util.List;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.Enter;
import org.koppel.flow.Flow;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.LanguagePicker;
import org.koppel.flow.Say;
import org.koppel.flow.Step;

/**
 * First contact, consent and the newcomer profile. Before consent nothing but the person's id and
 * language is kept; after it, every answer is in the draft before the next question goes out.
 */
public final class OnboardingFlow implements Flow<Draft> {
    public static final String NAME = "onboarding";
    static final String WELCOME = "WELCOME";
    static final String LANGUAGE = "LANGUAGE";
    static final String ROLE = "ROLE";
    static final String CONSENT = "CONSENT";
    static final String DECLINED = "DECLINED";
    static final String FIRST_NAME = "FIRST_NAME";
    static final String REGION = "REGION";
    static final String TOWN = "TOWN";
    static final String SECTORS = "SECTORS";
    static final String OCCUPATION = "OCCUPATION";
    static final String EXPERIENCE = "EXPERIENCE";
    static final String SKILLS = "SKILLS";
    static final String SKILLS_OTHER = "SKILLS_OTHER";
    static final String EDUCATION = "EDUCATION";
    static final String DUTCH = "DUTCH";
    static final String LANGUAGES = "LANGUAGES";
    static final String GOALS = "GOALS";
    static final String AVAILABILITY = "AVAILABILITY";
    static final String MODE = "MODE";
    static final String SUMMARY = "SUMMARY";
    static final String DONE = "DONE";
    static final String PAUSED = "PAUSED";

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
        Draft empty = new Draft();
        String state = languageKnown ? WELCOME : LANGUAGE;
        return new Step<>(state, empty, prompt(state, empty, ctx));
    }

    @Override
    public Step<Draft> handle(String state, Draft d, Input input, FlowContext ctx) {
        boolean idle = List.of(DONE, MeetingSteps.MATCHING, MeetingSteps.MATCHED, MeetingTimes.CONFIRMED, PAUSED)
                .contains(state);
        Step<Draft> beside = Beside.step(state, d, input, ctx, idle, MeetingTimes.active(state)
                ? List.of(new Partner(d.meetingId, d.matchId, d.matchName)) : List.of());
        if (beside != null || input instanceof Input.Photo) {
            return beside;
        }
        if (input instanceof Input.Event e) {
            // only meeting events concern a newcomer; anything else leaves their answers alone
            return AfterMeeting.concerns(e) ? AfterMeeting.event(state, d, e, ctx)
                    : MeetingTimes.concerns(e) ? MeetingTimes.event(state, d, e, ctx) : MeetingSteps.event(state, d, e, ctx);
        }
        if (input instanceof Input.Cancel) {
            return cancel(state, d, ctx);
        }
        if (input instanceof Input.Restart) {
            return restart(state, d, ctx);
        }
        if (input instanceof Input.Command c) {
            return switch (c.name()) {
                case "profile" -> profile(state, d, ctx);
                case MeetingSteps.MEET -> meet(state, d, ctx);
                default -> null;
            };
        }
        if (input instanceof Input.LanguageChosen) {
            String next = state.equals(WELCOME) || state.equals(LANGUAGE) ? ROLE : state;
            return again(next, d, ctx);
        }
        return switch (state) {
            case WELCOME -> welcome(d, input, ctx);
            case LANGUAGE -> again(state, d, ctx).after(List.of(new Say(ctx.texts().t("input.use_buttons"))));
            case ROLE -> role(d, input, ctx);
            case CONSENT -> consent(d, input, ctx);
            case DECLINED -> Step.of(state, d, new Say(ctx.texts().t("consent.declined")));
            case SUMMARY -> summary(d, input, ctx);
            case DONE -> input instanceof Input.Choice c && c.action().equals(MeetingSteps.MEET) ? meet(state, d, ctx)
                    : Step.of(state, d, new Say(ctx.texts().t("idle.hint")));
            case MeetingSteps.MATCHING -> Step.of(state, d, new Say(ctx.texts().t("meet.waiting")));
            case MeetingSteps.MATCHED -> Step.of(state, d, new Say(ctx.texts().t("meet.matched_idle", "name", d.matchName)));
            case MeetingTimes.CHOOSING -> MeetingTimes.choose(d, input, ctx);
            case MeetingTimes.CONFIRMED -> Step.of(state, d, new Say(ctx.texts().t("meet.confirmed_idle", "name", d.matchName)));
            case PAUSED -> Step.of(state, d, new Say(ctx.texts().t("idle.paused")));
            default -> answer(state, d, input, ctx);
        };
    }

    @Override
    public List<Effect> prompt(String state, Draft d, FlowContext ctx) {
        var t = ctx.texts();
        return switch (state) {
            case WELCOME -> List.of(new Say(t.t("start.welcome", "language", languageName(ctx)), List.of(List.of(
                    new Button(t.t("start.continue"), "continue"),
                    new Button(t.t("start.change_language"), "pick_language")))));
            case LANGUAGE -> List.of(LanguagePicker.say(ctx));
            case ROLE -> List.of(new Say(t.t("role.prompt"), List.of(
                    List.of(new Button(t.t("role.newcomer"), "role:newcomer")),
                    List.of(new Button(t.t("role.volunteer"), "role:volunteer")))));
            case CONSENT -> List.of(new Say(t.t("consent.text"), List.of(List.of(
                    new Button(t.t("consent.yes"), "yes"), new Button(t.t("consent.no"), "no")))));
            case SUMMARY -> List.of(Summary.render("summary.title", d, ctx, Questions.ORDER));
            case MeetingTimes.CHOOSING -> MeetingTimes.prompt(d, ctx);
            case DECLINED, DONE, PAUSED, MeetingSteps.MATCHING, MeetingSteps.MATCHED, MeetingTimes.CONFIRMED -> List.of();
            default -> Questions.byState(state).ask(d, ctx);
        };
    }

    private Step<Draft> welcome(Draft d, Input input, FlowContext ctx) {
        if (input instanceof Input.Choice c && c.action().equals("continue")) {
            return again(ROLE, d, ctx);
        }
        if (input instanceof Input.Choice c && c.action().equals("pick_language")) {
            return again(LANGUAGE, d, ctx);
        }
        return again(WELCOME, d, ctx).after(List.of(new Say(ctx.texts().t("input.use_buttons"))));
    }

    /** Newcomers go on here; volunteers are asked other questions, by their own flow. */
    private Step<Draft> role(Draft d, Input input, FlowContext ctx) {
        if (input instanceof Input.Choice c && c.action().equals("role:newcomer")) {
            return again(CONSENT, d, ctx);
        }
        if (input instanceof Input.Choice c && c.action().equals("role:volunteer")) {
            return Step.of(ROLE, d, new Enter(VolunteerFlow.NAME));
        }
        return again(ROLE, d, ctx).after(List.of(new Say(ctx.texts().t("input.use_buttons"))));
    }

    private Step<Draft> consent(Draft d, Input input, FlowContext ctx) {
        if (input instanceof Input.Choice c && c.action().equals("yes")) {
            return again(FIRST_NAME, d, ctx).after(List.of(new RecordConsent(true)));
        }
        if (input instanceof Input.Choice c && c.action().equals("no")) {
            return Step.of(DECLINED, new Draft(), new RecordConsent(false), new Say(ctx.texts().t("consent.declined")));
        }
        return again(CONSENT, d, ctx).after(List.of(new Say(ctx.texts().t("input.use_buttons"))));
    }

    private Step<Draft> answer(String state, Draft d, Input input, FlowContext ctx) {
        Question q = Questions.byState(state);
        Question.Answer a = q.answer(d, input, ctx);
        if (a instanceof Question.Stay s) {
            return new Step<>(state, s.draft(), s.effects());
        }
        if (a instanceof Question.Rejected r) {
            return again(state, d, ctx).after(r.effects());
        }
        Draft next = ((Question.Accepted) a).draft();
        return again(nextState(state, d, next, ctx), next, ctx);
    }

    /** Where an accepted answer leads: on through the questions, or back to the summary when changing one. */
    private static String nextState(String state, Draft before, Draft next, FlowContext ctx) {
        if (state.equals(REGION) && next.region != null && next.region.equals(org.koppel.config.Region.ONLINE)) {
            next.mode = "video";
        }
        if (state.equals(SECTORS)) {
            // skills of a sector no longer chosen would describe someone else's work
            next.skills.retainAll(Questions.skills(next, ctx).stream().map(Option::code).toList());
        }
        if (next.editing) {
            if (state.equals(SECTORS)) {
                boolean changed = !next.sectors.equals(next.sectorsBefore);
                next.sectorsBefore = null;
                if (changed) {
                    return SKILLS;
                }
            }
            next.editing = false;
            return SUMMARY;
        }
        String after = Questions.after(state);
        return after == null ? SUMMARY : after;
    }

    private Step<Draft> summary(Draft d, Input input, FlowContext ctx) {
        if (input instanceof Input.Choice c && c.action().startsWith(Summary.EDIT)) {
            String field = c.action().substring(Summary.EDIT.length());
            if (Questions.byState(field) != null) {
                Draft next = d.copy();
                next.editing = true;
                next.sectorsBefore = field.equals(SECTORS) ? List.copyOf(d.sectors) : null;
                return again(field, next, ctx);
            }
        }
        if (input instanceof Input.Choice c && c.action().equals(Summary.CONFIRM)) {
            Draft next = d.copy();
            next.complete = true;
            next.editing = false;
            return Step.of(DONE, next, new SaveProfile(NewcomerProfile.of(next)),
                    new Say(ctx.texts().t("profile.saved", "name", next.firstName),
                            List.of(List.of(new Button(ctx.texts().t("meet.button"), MeetingSteps.MEET)))));
        }
        return again(SUMMARY, d, ctx).after(List.of(new Say(ctx.texts().t("input.use_buttons"))));
    }

    private Step<Draft> meet(String state, Draft d, FlowContext ctx) {
        if (state.equals(MeetingSteps.MATCHING)) {
            return Step.of(state, d, new Say(ctx.texts().t("meet.waiting")));
        }
        if (MeetingTimes.active(state)) {
            return Step.of(state, d, new Say(ctx.texts().t("meet.already", "name", d.matchName)));
        }
        if (!d.complete || !state.equals(DONE)) {
            return Step.of(state, d, new Say(ctx.texts().t("meet.profile_first")));
        }
        return MeetingSteps.request(d, ctx);
    }

    private Step<Draft> profile(String state, Draft d, FlowContext ctx) {
        return switch (state) {
            case MeetingSteps.MATCHING, MeetingSteps.MATCHED, MeetingTimes.CHOOSING, MeetingTimes.CONFIRMED ->
                    Step.of(state, d, new Say(ctx.texts().t("profile.title")
                    + "\n" + Summary.lines(d, ctx.texts(), Questions.ORDER)));
            case WELCOME, LANGUAGE, ROLE, CONSENT, DECLINED -> Step.of(state, d, new Say(ctx.texts().t("profile.none")));
            case DONE -> Step.of(SUMMARY, d, Summary.render("profile.title", d, ctx, Questions.ORDER));
            case SUMMARY -> Step.of(SUMMARY, d, Summary.render(d.complete ? "profile.title" : "summary.title", d, ctx, Questions.ORDER));
            case PAUSED -> again(d.pausedAt, resumed(d), ctx).after(List.of(new Say(ctx.texts().t("start.welcome_back"))));
            default -> d.complete ? again(state, d, ctx)
                    : again(state, d, ctx).after(List.of(new Say(ctx.texts().t("profile.continue"))));
        };
    }

    private Step<Draft> restart(String state, Draft d, FlowContext ctx) {
        return switch (state) {
            case DECLINED -> again(CONSENT, d, ctx);
            case DONE -> Step.of(DONE, d, new Say(ctx.texts().t("start.welcome_back_done", "name", d.firstName)));
            case PAUSED -> again(d.pausedAt, resumed(d), ctx).after(List.of(new Say(ctx.texts().t("start.welcome_back"))));
            case WELCOME, LANGUAGE, ROLE, CONSENT -> again(state, d, ctx);
            default -> again(state, d, ctx).after(List.of(new Say(ctx.texts().t("start.welcome_back"))));
        };
    }

    private Step<Draft> cancel(String state, Draft d, FlowContext ctx) {
        if (List.of(DONE, PAUSED, DECLINED, WELCOME, LANGUAGE, ROLE, CONSENT, MeetingSteps.MATCHING,
                MeetingSteps.MATCHED, MeetingTimes.CHOOSING, MeetingTimes.CONFIRMED).contains(state)) {
            // before consent there is nothing saved to speak of, and the question stays open
            return Step.of(state, d, new Say(ctx.texts().t("cancel.nothing")));
        }
        Draft next = d.copy();
        next.pausedAt = state;
        return Step.of(PAUSED, next, new Say(ctx.texts().t("cancel.done")));
    }

    private static Draft resumed(Draft d) {
        Draft next = d.copy();
        next.pausedAt = null;
        return next;
    }

    private Step<Draft> again(String state, Draft d, FlowContext ctx) {
        return new Step<>(state, d, prompt(state, d, ctx));
    }

    private static String languageName(FlowContext ctx) {
        return ctx.config().settings().language(ctx.texts().language()).map(l -> l.name()).orElse(ctx.texts().language());
    }
}
