package org.koppel.vetting;

import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Context;
import org.koppel.questions.FirstName;
import org.koppel.questions.FreeText;
import org.koppel.questions.MultiChoice;
import org.koppel.questions.Option;
import org.koppel.questions.Options;
import org.koppel.questions.Question;
import org.koppel.questions.SingleChoice;

/** The volunteer profile questions in the order they are asked. */
public final class VolunteerQuestions {
    static final String JOB_TITLE = "JOB_TITLE";
    static final String ORGANISATION = "ORGANISATION";
    static final String SECTORS = "SECTORS";
    static final String OFFERS = "OFFERS";
    static final String LANGUAGES = "LANGUAGES";
    static final String REGION = "REGION";
    static final String MODE = "MODE";
    static final String CAPACITY = "CAPACITY";
    static final String AVAILABILITY = "AVAILABILITY";
    static final List<String> OFFER_CODES = List.of("cv", "interview", "introductions", "sector_advice", "shadowing");
    static final List<String> CAPACITY_CODES = List.of("1", "2", "3", "4");

    static final List<Question<VolunteerData>> ORDER = List.of(
            new FirstName<VolunteerData>(d -> d.firstName, (d, v) -> d.firstName = v),
            new FreeText<VolunteerData>(JOB_TITLE, "ask.job_title", false, d -> d.jobTitle, (d, v) -> d.jobTitle = v),
            new FreeText<VolunteerData>(ORGANISATION, "ask.organisation", true, d -> d.organisation, (d, v) -> d.organisation = v),
            new MultiChoice<VolunteerData>(SECTORS, "ask.v_sectors", 2, 1, ctx -> ctx.config().settings().maxSectors(), "sector.",
                    (d, ctx) -> Options.sectors(ctx), d -> d.sectors),
            new MultiChoice<VolunteerData>(OFFERS, "ask.offers", 1, 1, ctx -> Integer.MAX_VALUE, "offer.",
                    Options.fixed(OFFER_CODES, "offer."), d -> d.offers),
            new MultiChoice<VolunteerData>(LANGUAGES, "ask.v_languages", 2, 1, ctx -> Integer.MAX_VALUE, "spoken.",
                    (d, ctx) -> languages(ctx), d -> d.languages),
            new SingleChoice<VolunteerData>(REGION, "ask.v_region", 2, false, "region.", (d, ctx) -> Options.regions(ctx),
                    d -> d.region, (d, v) -> d.region = v),
            new SingleChoice<VolunteerData>(MODE, "ask.v_mode", 1, false, "mode.", (d, ctx) -> Options.modes(d.region, ctx),
                    d -> d.mode, (d, v) -> d.mode = v),
            new SingleChoice<VolunteerData>(CAPACITY, "ask.capacity", 4, false, "capacity.", Options.fixed(CAPACITY_CODES, "capacity."),
                    d -> d.capacity, (d, v) -> d.capacity = v),
            new MultiChoice<VolunteerData>(AVAILABILITY, "ask.v_availability", 2, 1, ctx -> Integer.MAX_VALUE, "availability.",
                    Options.fixed(Options.AVAILABILITY, "availability."), d -> d.availability));

    private VolunteerQuestions() {
    }

    /** Volunteers speak Dutch more often than not, so it leads their list. */
    static List<Option> languages(Context ctx) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("nl", ctx.texts().t("spoken.nl")));
        out.addAll(Options.spoken(ctx));
        return out;
    }
}
