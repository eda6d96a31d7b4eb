package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;
import org.koppel.flow.FlowContext;

/** The volunteer profile questions in the order they are asked (PRODUCT.md, volunteer profile). */
final class VolunteerQuestions {
    static final List<String> OFFERS = List.of("cv", "interview", "introductions", "sector_advice", "shadowing");
    static final List<String> CAPACITY = List.of("1", "2", "3", "4");

    static final List<Question> ORDER = List.of(
            new FirstName(),
            new FreeText(VolunteerFlow.JOB_TITLE, "ask.job_title", false, (d, v) -> d.jobTitle = v),
            new FreeText(VolunteerFlow.ORGANISATION, "ask.organisation", true, (d, v) -> d.organisation = v),
            new MultiChoice(OnboardingFlow.SECTORS, "ask.v_sectors", 2, 1, ctx -> ctx.config().settings().maxSectors(),
                    Questions::sectors, d -> d.sectors),
            new MultiChoice(VolunteerFlow.OFFERS, "ask.offers", 1, 1, ctx -> Integer.MAX_VALUE,
                    Questions.fixed(OFFERS, "offer."), d -> d.offers),
            new MultiChoice(OnboardingFlow.LANGUAGES, "ask.v_languages", 2, 1, ctx -> Integer.MAX_VALUE,
                    VolunteerQuestions::languages, d -> d.languages),
            new SingleChoice(OnboardingFlow.REGION, "ask.v_region", 2, false, Questions::regions, (d, v) -> d.region = v),
            new SingleChoice(OnboardingFlow.MODE, "ask.v_mode", 1, false, Questions::modes, (d, v) -> d.mode = v),
            new SingleChoice(VolunteerFlow.CAPACITY, "ask.capacity", 4, false, Questions.fixed(CAPACITY, "capacity."),
                    (d, v) -> d.capacity = v),
            new MultiChoice(OnboardingFlow.AVAILABILITY, "ask.v_availability", 2, 1, ctx -> Integer.MAX_VALUE,
                    Questions.fixed(Questions.AVAILABILITY, "availability."), d -> d.availability));

    private VolunteerQuestions() {
    }

    /** Volunteers speak Dutch more often than not, so it leads their list. */
    static List<Option> languages(Draft d, FlowContext ctx) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("nl", ctx.texts().t("spoken.nl")));
        out.addAll(Questions.spoken(d, ctx));
        return out;
    }
}
