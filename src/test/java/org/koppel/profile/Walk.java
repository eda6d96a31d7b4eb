package org.koppel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.koppel.config.Config;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Fallback;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.Step;
import org.koppel.core.Json;
import org.koppel.i18n.Messages;
import org.koppel.i18n.Texts;

/**
 * Drives the profile conversation row by row, as the engine would (with its answer to input a
 * state has no use for), without the engine.
 */
final class Walk {
    static final Config CONFIG = Config.load(Path.of("config"));
    static final Messages MESSAGES = Messages.load(Path.of("messages"), CONFIG.settings());
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** The answers of a typical newcomer, question by question. */
    static final Map<String, List<Input>> ANSWERS = Map.ofEntries(
            Map.entry(ProfileQuestions.FIRST_NAME, List.of(press("name:tg"))),
            Map.entry(ProfileQuestions.REGION, List.of(press("p:nl-zh"))),
            Map.entry(ProfileQuestions.TOWN, List.of(text("Den Haag"))),
            Map.entry(ProfileQuestions.SECTORS, List.of(press("t:healthcare"), press("t:ict"), press("done"))),
            Map.entry(ProfileQuestions.OCCUPATION, List.of(text("Nurse"))),
            Map.entry(ProfileQuestions.EXPERIENCE, List.of(press("p:5to10"))),
            Map.entry(ProfileQuestions.SKILLS, List.of(press("t:nursing"), press("t:databases"), press("done"))),
            Map.entry(ProfileQuestions.SKILLS_OTHER, List.of(text("First aid"))),
            Map.entry(ProfileQuestions.EDUCATION, List.of(press("p:bachelor"))),
            Map.entry(ProfileQuestions.DUTCH, List.of(press("p:b1"))),
            Map.entry(ProfileQuestions.LANGUAGES, List.of(press("t:ar"), press("t:en"), press("done"))),
            Map.entry(ProfileQuestions.GOALS, List.of(press("t:job"), press("done"))),
            Map.entry(ProfileQuestions.AVAILABILITY, List.of(press("t:weekend"), press("done"))),
            Map.entry(ProfileQuestions.MODE, List.of(press("p:either"))));

    final ProfileConversation flow = new ProfileConversation("meet");
    final Context ctx;
    final Texts texts;
    String state;
    ProfileData draft;
    Step<ProfileData> last;

    Walk(String language) {
        this(language, "Amira");
    }

    Walk(String language, String telegramName) {
        texts = MESSAGES.of(language);
        ctx = context(language, telegramName);
        last = flow.begin(null, new Input.Begin(), ctx);
        state = last.state();
        draft = last.data();
    }

    static Context context(String language, String telegramName) {
        return new Context(7_001, ProfileConversation.KIND, MESSAGES.of(language), MESSAGES, CONFIG, NOW, telegramName,
                language, Set.of(), new Random(1));
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

    /** The state's own answer, null when it has no use for the input. */
    Step<ProfileData> handle(String at, ProfileData d, Input input) {
        return flow.states().get(at).handler().on(d, null, input, ctx);
    }

    /** Hands input to the current state; its answer (or the engine's, when it has none) becomes the current one. */
    Step<ProfileData> send(Input input) {
        State<ProfileData, Void> def = flow.states().get(state);
        Step<ProfileData> s = def.handler().on(draft, null, input, ctx);
        if (s == null) {
            s = Fallback.step(def, state, draft, null, input, ctx);
        }
        last = s;
        if (!s.ended()) {
            state = s.state();
            draft = s.data();
        }
        return s;
    }

    Step<ProfileData> type(String text) {
        return send(text(text));
    }

    Step<ProfileData> tap(String action) {
        return send(press(action));
    }

    /** Answers with the typical answers until the conversation asks the target state. */
    Walk to(String target) {
        int guard = 0;
        while (!state.equals(target)) {
            List<Input> answers = ANSWERS.get(state);
            assertNotNull(answers, "no typical answer for " + state + " on the way to " + target);
            answers.forEach(this::send);
            if (++guard > 30) {
                throw new AssertionError("never reached " + target);
            }
        }
        return this;
    }

    /** The answers as the engine would store them, to compare them field by field. */
    static String json(ProfileData d) {
        return Json.write(d);
    }

    static List<Say> says(Step<ProfileData> s) {
        return s.effects().stream().filter(Say.class::isInstance).map(Say.class::cast).toList();
    }

    static List<String> sayTexts(Step<ProfileData> s) {
        return says(s).stream().map(Say::text).toList();
    }

    static <T extends Effect> List<T> effects(Step<ProfileData> s, Class<T> type) {
        return s.effects().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Stream<Button> buttons(List<List<Button>> rows) {
        return rows.stream().flatMap(List::stream);
    }

    /** The buttons of the last Say of a step (the question it asks). */
    static List<String> actions(Step<ProfileData> s) {
        List<Say> says = says(s);
        return buttons(says.get(says.size() - 1).buttons()).map(Button::action).toList();
    }

    static Button button(List<List<Button>> rows, String action) {
        return buttons(rows).filter(b -> action.equals(b.action())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + action));
    }

    static Edit edited(Step<ProfileData> s) {
        List<Edit> edits = effects(s, Edit.class);
        assertEquals(1, edits.size(), "one edit of the pressed message: " + s.effects());
        return edits.get(0);
    }
}
