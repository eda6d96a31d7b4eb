package org.koppel.profile;

import java.util.List;
import org.koppel.questions.FirstName;
import org.koppel.questions.FreeText;
import org.koppel.questions.MultiChoice;
import org.koppel.questions.Options;
import org.koppel.questions.Question;
import org.koppel.questions.SingleChoice;
import org.koppel.questions.Summary;

/** The newcomer's profile questions in the order they are asked, as data. */
public final class ProfileQuestions {
    public static final String FIRST_NAME = FirstName.STATE;
    public static final String REGION = "REGION";
    public static final String TOWN = "TOWN";
    public static final String SECTORS = "SECTORS";
    public static final String OCCUPATION = "OCCUPATION";
    public static final String EXPERIENCE = "EXPERIENCE";
    public static final String SKILLS = "SKILLS";
    public static final String SKILLS_OTHER = "SKILLS_OTHER";
    public static final String EDUCATION = "EDUCATION";
    public static final String DUTCH = "DUTCH";
    public static final String LANGUAGES = "LANGUAGES";
    public static final String GOALS = "GOALS";
    public static final String AVAILABILITY = "AVAILABILITY";
    public static final String MODE = "MODE";
    static final List<String> EXPERIENCE_CODES = List.of("lt1", "1to3", "3to5", "5to10", "gt10");
    static final List<String> EDUCATION_CODES = List.of("none", "primary", "secondary", "vocational", "bachelor",
            "master", "doctorate");
    static final List<String> DUTCH_CODES = List.of("none", "a1", "a2", "b1", "b2", "c1");
    static final List<String> GOAL_CODES = List.of("job", "placement", "study", "volunteer", "network");

    public static final List<Question<ProfileData>> ORDER = List.of(
            new FirstName<ProfileData>(d -> d.firstName, (d, v) -> d.firstName = v),
            new SingleChoice<ProfileData>(REGION, "ask.region", 2, false, "region.", (d, ctx) -> Options.regions(ctx),
                    d -> d.region, (d, v) -> d.region = v),
            new FreeText<ProfileData>(TOWN, "ask.town", true, d -> d.town, (d, v) -> d.town = v),
            new MultiChoice<ProfileData>(SECTORS, "ask.sectors", 2, 1, ctx -> ctx.config().settings().maxSectors(), "sector.",
                    (d, ctx) -> Options.sectors(ctx), d -> d.sectors),
            new FreeText<ProfileData>(OCCUPATION, "ask.occupation", true, d -> d.occupation, (d, v) -> d.occupation = v),
            new SingleChoice<ProfileData>(EXPERIENCE, "ask.experience", 1, true, "experience.",
                    Options.fixed(EXPERIENCE_CODES, "experience."), d -> d.experience, (d, v) -> d.experience = v),
            new MultiChoice<ProfileData>(SKILLS, "ask.skills", 2, 0, ctx -> Integer.MAX_VALUE, "skill.",
                    (d, ctx) -> Options.skills(d.sectors, ctx), d -> d.skills),
            new FreeText<ProfileData>(SKILLS_OTHER, "ask.skills_other", true, d -> d.skillsOther, (d, v) -> d.skillsOther = v),
            new SingleChoice<ProfileData>(EDUCATION, "ask.education", 1, true, "education.",
                    Options.fixed(EDUCATION_CODES, "education."), d -> d.education, (d, v) -> d.education = v),
            new SingleChoice<ProfileData>(DUTCH, "ask.dutch", 2, true, "dutch.", Options.fixed(DUTCH_CODES, "dutch."),
                    d -> d.dutch, (d, v) -> d.dutch = v),
            new MultiChoice<ProfileData>(LANGUAGES, "ask.languages", 2, 0, ctx -> Integer.MAX_VALUE, "spoken.",
                    (d, ctx) -> Options.spoken(ctx), d -> d.languages),
            new MultiChoice<ProfileData>(GOALS, "ask.goals", 1, 1, ctx -> Integer.MAX_VALUE, "goal.",
                    Options.fixed(GOAL_CODES, "goal."), d -> d.goals),
            new MultiChoice<ProfileData>(AVAILABILITY, "ask.availability", 2, 1, ctx -> Integer.MAX_VALUE, "availability.",
                    Options.fixed(Options.AVAILABILITY, "availability."), d -> d.availability),
            new SingleChoice<ProfileData>(MODE, "ask.mode", 1, false, "mode.", (d, ctx) -> Options.modes(d.region, ctx),
                    d -> d.mode, (d, v) -> d.mode = v));

    /** What a volunteer sees of a newcomer who asks to meet: never surname, username or phone. */
    public static final List<Question<ProfileData>> SHORT = java.util.stream.Stream.of(FIRST_NAME, SECTORS,
            OCCUPATION, EXPERIENCE, GOALS, LANGUAGES, DUTCH, REGION).map(s -> Summary.question(ORDER, s)).toList();

    private ProfileQuestions() {
    }
}
