package org.koppel.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.koppel.config.Config;
import org.koppel.core.Json;
import org.koppel.flow.Button;
import org.koppel.flow.EditPressed;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.Say;
import org.koppel.flow.Step;
import org.koppel.i18n.Messages;
import org.koppel.i18n.Texts;

/** Drives the onboarding flow step by step, as the engine would, without the engine. */
final class Walk {
    static final Config CONFIG = Config.load(Path.of("config"));
    static final Messages MESSAGES = Messages.load(Path.of("messages"), CONFIG.settings());
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** The answers of a typical newcomer, question by question. */
    static final Map<String, List<Input>> ANSWERS = Map.ofEntries(
            Map.entry(OnboardingFlow.WELCOME, List.of(press("continue"))),
            Map.entry(OnboardingFlow.ROLE, List.of(press("role:newcomer"))),
            Map.entry(OnboardingFlow.CONSENT, List.of(press("yes"))),
            Map.entry(OnboardingFlow.FIRST_NAME, List.of(press("name:tg"))),
            Map.entry(OnboardingFlow.REGION, List.of(press("p:nl-zh"))),
            Map.entry(OnboardingFlow.TOWN, List.of(text("Den Haag"))),
            Map.entry(OnboardingFlow.SECTORS, List.of(press("t:healthcare"), press("t:ict"), press("done"))),
            Map.entry(OnboardingFlow.OCCUPATION, List.of(text("Nurse"))),
            Map.entry(OnboardingFlow.EXPERIENCE, List.of(press("p:5to10"))),
            Map.entry(OnboardingFlow.SKILLS, List.of(press("t:nursing"), press("t:databases"), press("done"))),
            Map.entry(OnboardingFlow.SKILLS_OTHER, List.of(text("First aid"))),
            Map.entry(OnboardingFlow.EDUCATION, List.of(press("p:bachelor"))),
            Map.entry(OnboardingFlow.DUTCH, List.of(press("p:b1"))),
            Map.entry(OnboardingFlow.LANGUAGES, List.of(press("t:ar"), press("t:en"), press("done"))),
            Map.entry(OnboardingFlow.GOALS, List.of(press("t:job"), press("done"))),
            Map.entry(OnboardingFlow.AVAILABILITY, List.of(press("t:weekend"), press("done"))),
            Map.entry(OnboardingFlow.MODE, List.of(press("p:either"))));

    final OnboardingFlow flow = new OnboardingFlow();
    final FlowContext ctx;
    final Texts texts;
    String state;
    Draft draft;
    Step<Draft> last;

    Walk(String language) {
        texts = MESSAGES.of(language);
        ctx = new FlowContext(7_001, texts, CONFIG, NOW, "Amira");
        last = flow.begin(ctx, true);
        state = last.state();
        draft = last.data();
    }

    static Walk english() {
        return new Walk("en");
    }

    static Input press(String action) {
        return new Input.Choice(action);
    }

    static Input text(String text) {
        return new Input.Text(text);
    }

    /** Hands input to the flow; the step becomes the current one unless the flow returns null. */
    Step<Draft> send(Input input) {
        Step<Draft> s = flow.handle(state, draft, input, ctx);
        if (s != null) {
            last = s;
            state = s.state();
            draft = s.data();
        }
        return s;
    }

    Step<Draft> type(String text) {
        return send(text(text));
    }

    Step<Draft> tap(String action) {
        return send(press(action));
    }

    /** Answers with the typical answers until the flow asks the target state. */
    Walk to(String target) {
        int guard = 0;
        while (!state.equals(target)) {
            List<Input> answers = ANSWERS.get(state);
            assertNotNull(answers, "no typical answer for " + state + " on the way to " + target);
            answers.forEach(this::send);
            assertNotNull(last);
            if (++guard > 30) {
                throw new AssertionError("never reached " + target);
            }
        }
        return this;
    }

    /** The draft as the engine would store it, to compare drafts field by field. */
    static String json(Draft d) {
        return Json.write(d);
    }

    static List<Say> says(Step<Draft> s) {
        return s.effects().stream().filter(Say.class::isInstance).map(Say.class::cast).toList();
    }

    static List<String> sayTexts(Step<Draft> s) {
        return says(s).stream().map(Say::text).toList();
    }

    static <T extends Effect> List<T> effects(Step<Draft> s, Class<T> type) {
        return s.effects().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Stream<Button> buttons(List<List<Button>> rows) {
        return rows.stream().flatMap(List::stream);
    }

    /** The buttons of the last Say of a step (the question it asks). */
    static List<String> actions(Step<Draft> s) {
        List<Say> says = says(s);
        return buttons(says.get(says.size() - 1).buttons()).map(Button::action).toList();
    }

    static Button button(List<List<Button>> rows, String action) {
        return buttons(rows).filter(b -> b.action().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + action));
    }

    static EditPressed edited(Step<Draft> s) {
        List<EditPressed> edits = effects(s, EditPressed.class);
        assertEquals(1, edits.size(), "one edit of the pressed message: " + s.effects());
        return edits.get(0);
    }
}
