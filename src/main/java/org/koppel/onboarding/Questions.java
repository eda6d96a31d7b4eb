package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.koppel.config.Region;
import org.koppel.config.Sector;
import org.koppel.flow.FlowContext;

/** The profile questions in the order they are asked, as data. */
final class Questions {
    static final List<String> EXPERIENCE = List.of("lt1", "1to3", "3to5", "5to10", "gt10");
    static final List<String> EDUCATION = List.of("none", "primary", "secondary", "vocational", "bachelor", "master",
            "doctorate");
    static final List<String> DUTCH = List.of("none", "a1", "a2", "b1", "b2", "c1");
    static final List<String> GOALS = List.of("job", "placement", "study", "volunteer", "network");
    static final List<String> AVAILABILITY = List.of("weekday_morning", "weekday_afternoon", "weekday_evening",
            "weekend");
    static final List<String> MODES = List.of("in_person", "video", "either");

    static final List<Question> ORDER = List.of(
            new FirstName(),
            new SingleChoice(OnboardingFlow.REGION, "ask.region", 2, false, Questions::regions, (d, v) -> d.region = v),
            new FreeText(OnboardingFlow.TOWN, "ask.town", true, (d, v) -> d.town = v),
            new MultiChoice(OnboardingFlow.SECTORS, "ask.sectors", 2, 1, ctx -> ctx.config().settings().maxSectors(),
                    Questions::sectors, d -> d.sectors),
            new FreeText(OnboardingFlow.OCCUPATION, "ask.occupation", true, (d, v) -> d.occupation = v),
            new SingleChoice(OnboardingFlow.EXPERIENCE, "ask.experience", 1, true, fixed(EXPERIENCE, "experience."),
                    (d, v) -> d.experience = v),
            new MultiChoice(OnboardingFlow.SKILLS, "ask.skills", 2, 0, ctx -> Integer.MAX_VALUE, Questions::skills,
                    d -> d.skills),
            new FreeText(OnboardingFlow.SKILLS_OTHER, "ask.skills_other", true, (d, v) -> d.skillsOther = v),
            new SingleChoice(OnboardingFlow.EDUCATION, "ask.education", 1, true, fixed(EDUCATION, "education."),
                    (d, v) -> d.education = v),
            new SingleChoice(OnboardingFlow.DUTCH, "ask.dutch", 2, true, fixed(DUTCH, "dutch."), (d, v) -> d.dutch = v),
            new MultiChoice(OnboardingFlow.LANGUAGES, "ask.languages", 2, 0, ctx -> Integer.MAX_VALUE,
                    Questions::spoken, d -> d.languages),
            new MultiChoice(OnboardingFlow.GOALS, "ask.goals", 1, 1, ctx -> Integer.MAX_VALUE, fixed(GOALS, "goal."),
                    d -> d.goals),
            new MultiChoice(OnboardingFlow.AVAILABILITY, "ask.availability", 2, 1, ctx -> Integer.MAX_VALUE,
                    fixed(AVAILABILITY, "availability."), d -> d.availability),
            new SingleChoice(OnboardingFlow.MODE, "ask.mode", 1, false, Questions::modes, (d, v) -> d.mode = v));

    private Questions() {
    }

    static Question byState(String state) {
        return byState(ORDER, state);
    }

    static String after(String state) {
        return after(ORDER, state);
    }

    static Question byState(List<Question> order, String state) {
        return order.stream().filter(q -> q.state().equals(state)).findFirst().orElse(null);
    }

    /** The question after this one, or null after the last. */
    static String after(List<Question> order, String state) {
        for (int i = 0; i < order.size() - 1; i++) {
            if (order.get(i).state().equals(state)) {
                return order.get(i + 1).state();
            }
        }
        return null;
    }

    static BiFunction<Draft, FlowContext, List<Option>> fixed(List<String> codes, String keyPrefix) {
        return (d, ctx) -> codes.stream().map(c -> new Option(c, ctx.texts().t(keyPrefix + c))).toList();
    }

    static List<Option> regions(Draft d, FlowContext ctx) {
        return ctx.config().regions().regions().stream()
                .map(r -> new Option(r.code(), ctx.texts().t("region." + r.code()))).toList();
    }

    static List<Option> sectors(Draft d, FlowContext ctx) {
        return ctx.config().taxonomy().sectors().stream()
                .map(s -> new Option(s.code(), ctx.texts().t("sector." + s.code()))).toList();
    }

    static List<Option> skills(Draft d, FlowContext ctx) {
        List<Option> out = new ArrayList<>();
        for (String code : d.sectors) {
            ctx.config().taxonomy().sector(code).map(Sector::skills).orElse(List.of())
                    .forEach(skill -> out.add(new Option(skill, ctx.texts().t("skill." + skill))));
        }
        return out;
    }

    static List<Option> spoken(Draft d, FlowContext ctx) {
        return ctx.config().settings().spokenLanguages().stream()
                .map(c -> new Option(c, ctx.texts().t("spoken." + c))).toList();
    }

    /** Someone who only meets online cannot choose to meet in person. */
    static List<Option> modes(Draft d, FlowContext ctx) {
        List<String> codes = Region.ONLINE.equals(d.region) ? List.of("video") : MODES;
        return fixed(codes, "mode.").apply(d, ctx);
    }
}
