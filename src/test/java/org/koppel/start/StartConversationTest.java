package org.koppel.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koppel.config.Config;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Fallback;
import org.koppel.conversation.Input;
import org.koppel.conversation.Open;
import org.koppel.conversation.Say;
import org.koppel.conversation.SetLanguage;
import org.koppel.conversation.Step;
import org.koppel.i18n.Messages;

/** First contact row by row: the greeting or the picker, the role, the consent for it. */
final class StartConversationTest {
    static final Config CONFIG = Config.load(Path.of("config"));
    static final Messages MESSAGES = Messages.load(Path.of("messages"), CONFIG.settings());
    private final StartConversation start = new StartConversation("profile", "volunteer", payload -> "link");

    private static Context ctx(String language, String hint) {
        return new Context(7_001, StartConversation.KIND, MESSAGES.of(language), MESSAGES, CONFIG,
                Instant.parse("2026-11-23T10:00:00Z"), "Amira", hint, Set.of(), new Random(1));
    }

    private Step<StartData> send(Step<StartData> at, Input in, Context ctx) {
        var def = start.states().get(at.state());
        Step<StartData> s = def.handler().on(at.data(), null, in, ctx);
        return s != null ? s : Fallback.step(def, at.state(), at.data(), null, in, ctx);
    }

    private static List<String> texts(Step<StartData> s) {
        return s.effects().stream().filter(Say.class::isInstance).map(e -> ((Say) e).text()).toList();
    }

    private static List<String> actions(Step<StartData> s) {
        List<Say> says = s.effects().stream().filter(Say.class::isInstance).map(Say.class::cast).toList();
        return says.get(says.size() - 1).buttons().stream().flatMap(List::stream).map(Button::action).toList();
    }

    @Test
    void aKnownAppLanguageIsGreetedInThatLanguage() {
        Context en = ctx("en", "en");
        Step<StartData> s = start.begin(null, new Input.Command("start", ""), en);
        assertEquals(StartConversation.WELCOME, s.state());
        assertEquals(List.of(MESSAGES.of("en").t("start.welcome", "language", "English")), texts(s));
        assertEquals(List.of("continue", "pick_language"), actions(s));
    }

    @Test
    void anUnknownAppLanguageShowsThePickerEachInItsOwnScript() {
        Step<StartData> s = start.begin(null, new Input.Command("start", ""), ctx("en", null));
        assertEquals(StartConversation.LANGUAGE, s.state());
        assertEquals(CONFIG.settings().languages().size(), actions(s).size());
        assertTrue(actions(s).contains("lang:ar"));
    }

    @Test
    void pickingALanguageSwitchesToItAndAsksTheRoleInIt() {
        Step<StartData> picker = start.begin(null, new Input.Command("start", ""), ctx("en", null));
        Step<StartData> s = send(picker, new Input.Choice("lang:ar"), ctx("en", null));
        assertEquals(StartConversation.ROLE, s.state());
        assertEquals(new SetLanguage("ar"), s.effects().get(0));
        assertEquals(MESSAGES.of("ar").t("role.prompt"), texts(s).get(texts(s).size() - 1));
        assertEquals(List.of("role:newcomer", "role:volunteer"), actions(s));
    }

    @Test
    void theRoleDecidesWhichConsentIsAsked() {
        Context en = ctx("en", "en");
        Step<StartData> role = send(start.begin(null, new Input.Command("start", ""), en), new Input.Choice("continue"), en);
        Step<StartData> newcomer = send(role, new Input.Choice("role:newcomer"), en);
        assertEquals(List.of(MESSAGES.of("en").t("consent.text", "months", 24)), texts(newcomer));
        Step<StartData> volunteer = send(role, new Input.Choice("role:volunteer"), en);
        assertEquals(List.of(MESSAGES.of("en").t("vconsent.text", "months", 24)), texts(volunteer));
        assertEquals(List.of("yes", "no"), actions(volunteer));
    }

    @Test
    void yesRecordsTheConsentAndOpensTheRolesProfileNoKeepsNothingElse() {
        Context en = ctx("en", "en");
        Step<StartData> consent = new Step<>(StartConversation.CONSENT, new StartData("volunteer"), List.of());
        Step<StartData> yes = send(consent, new Input.Choice("yes"), en);
        assertTrue(yes.ended());
        assertEquals(List.of(new RecordConsent(true, "volunteer"), new Open("volunteer", new Input.Begin())), yes.effects());
        Step<StartData> no = send(consent, new Input.Choice("no"), en);
        assertEquals(StartConversation.DECLINED, no.state());
        assertEquals(new RecordConsent(false, "volunteer"), no.effects().get(0));
        assertEquals(List.of(MESSAGES.of("en").t("consent.declined")), texts(no));
    }

    @Test
    void typingInsteadOfAnsweringTheConsentAsksForTheButtonsAndRecordsNothing() {
        Context en = ctx("en", "en");
        Step<StartData> consent = new Step<>(StartConversation.CONSENT, new StartData("newcomer"), List.of());
        Step<StartData> s = send(consent, new Input.Text("ok"), en);
        assertEquals(StartConversation.CONSENT, s.state());
        assertEquals(List.of(MESSAGES.of("en").t("input.use_buttons"), MESSAGES.of("en").t("consent.text", "months", 24)), texts(s));
        assertTrue(s.effects().stream().noneMatch(e -> e instanceof RecordConsent));
    }

    @Test
    void startAfterDecliningAsksForConsentAgain() {
        Context en = ctx("en", "en");
        Step<StartData> declined = new Step<>(StartConversation.DECLINED, new StartData("newcomer"), List.of());
        Step<StartData> s = send(declined, new Input.Restart(), en);
        assertEquals(StartConversation.CONSENT, s.state());
        assertEquals(List.of(MESSAGES.of("en").t("consent.text", "months", 24)), texts(s));
    }
}
