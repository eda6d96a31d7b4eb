package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.koppel.flow.Button;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Say;
import org.koppel.i18n.Texts;

/** The profile shown as one message, with a change button per field and a confirm button. */
final class Summary {
    static final String EDIT = "edit:";
    static final String CONFIRM = "confirm";

    private Summary() {
    }

    static Say render(String titleKey, Draft d, FlowContext ctx, List<Question> order) {
        Texts t = ctx.texts();
        List<Button> edits = new ArrayList<>();
        for (Question q : order) {
            edits.add(new Button(t.t("button.change", "field", t.t(fieldKey(q))), EDIT + q.state()));
        }
        var rows = Keyboards.plus(Keyboards.rows(edits, 2), new Button(t.t("button.confirm"), CONFIRM));
        return new Say(t.t(titleKey) + "\n" + lines(d, t, order), rows);
    }

    static String value(String state, Draft d, Texts t) {
        return switch (state) {
            case OnboardingFlow.FIRST_NAME -> typed(d.firstName, t);
            case OnboardingFlow.REGION -> label("region.", d.region, t);
            case OnboardingFlow.TOWN -> typed(d.town, t);
            case OnboardingFlow.SECTORS -> labels("sector.", d.sectors, t);
            case OnboardingFlow.OCCUPATION -> typed(d.occupation, t);
            case OnboardingFlow.EXPERIENCE -> label("experience.", d.experience, t);
            case OnboardingFlow.SKILLS -> labels("skill.", d.skills, t);
            case OnboardingFlow.SKILLS_OTHER -> typed(d.skillsOther, t);
            case OnboardingFlow.EDUCATION -> label("education.", d.education, t);
            case OnboardingFlow.DUTCH -> label("dutch.", d.dutch, t);
            case OnboardingFlow.LANGUAGES -> labels("spoken.", d.languages, t);
            case OnboardingFlow.GOALS -> labels("goal.", d.goals, t);
            case OnboardingFlow.AVAILABILITY -> labels("availability.", d.availability, t);
            case OnboardingFlow.MODE -> label("mode.", d.mode, t);
            case VolunteerFlow.JOB_TITLE -> typed(d.jobTitle, t);
            case VolunteerFlow.ORGANISATION -> typed(d.organisation, t);
            case VolunteerFlow.OFFERS -> labels("offer.", d.offers, t);
            case VolunteerFlow.CAPACITY -> label("capacity.", d.capacity, t);
            default -> throw new IllegalArgumentException("no summary line for " + state);
        };
    }

    /** The profile as text only, for someone who reviews it rather than edits it. */
    static String lines(Draft d, Texts t, List<Question> order) {
        StringBuilder text = new StringBuilder();
        for (Question q : order) {
            text.append("\n• ").append(t.t(fieldKey(q))).append(": ")
                    .append(value(q.state(), d, t));
        }
        return text.toString();
    }

    private static String fieldKey(Question q) {
        return "field." + q.state().toLowerCase(Locale.ROOT);
    }

    private static String typed(String value, Texts t) {
        return value == null ? t.t("field.empty") : t.isolate(value);
    }

    private static String label(String prefix, String code, Texts t) {
        return code == null ? t.t("field.empty") : t.t(prefix + code);
    }

    private static String labels(String prefix, List<String> codes, Texts t) {
        return codes.isEmpty() ? t.t("field.empty")
                : codes.stream().map(c -> t.t(prefix + c)).collect(Collectors.joining(t.t("list.separator")));
    }
}
