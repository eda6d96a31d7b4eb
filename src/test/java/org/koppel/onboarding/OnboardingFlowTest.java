package org.koppel.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koppel.onboarding.OnboardingFlow.*;
import static org.koppel.onboarding.Walk.actions;
import static org.koppel.onboarding.Walk.effects;
import static org.koppel.onboarding.Walk.json;
import static org.koppel.onboarding.Walk.sayTexts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.Say;
import org.koppel.flow.Step;

/** The onboarding conversation row by row: start, consent, the whole profile, pausing and commands. */
final class OnboardingFlowTest {

    @Test
    void beginningWithAKnownLanguageWelcomesInThatLanguage() {
        Walk w = Walk.english();
        assertEquals(WELCOME, w.state);
        assertEquals(List.of(w.texts.t("start.welcome", "language", "English")), sayTexts(w.last));
        assertEquals(List.of("continue", "pick_language"), actions(w.last));
        assertEquals(json(new Draft()), json(w.draft));
    }

    @Test
    void beginningWithAnUnknownLanguageShowsTheLanguagePicker() {
        Walk w = Walk.english();
        Step<Draft> s = w.flow.begin(w.ctx, false);
        assertEquals(LANGUAGE, s.state());
        assertEquals(List.of(w.texts.t("language.prompt")), sayTexts(s));
        assertEquals(Walk.CONFIG.settings().languages().size(), actions(s).size());
        assertTrue(actions(s).contains("lang:ar"), actions(s).toString());
    }

    @Test
    void choosingALanguageInThePickerGoesOnToTheRoleThenToConsent() {
        Walk w = Walk.english();
        w.state = LANGUAGE;
        Step<Draft> s = w.send(new Input.LanguageChosen());
        assertEquals(OnboardingFlow.ROLE, s.state());
        assertEquals(List.of("role:newcomer", "role:volunteer"), actions(s));
        s = w.send(new Input.Choice("role:newcomer"));
        assertEquals(CONSENT, s.state());
        assertEquals(List.of(w.texts.t("consent.text")), sayTexts(s));
        assertEquals(List.of("yes", "no"), actions(s));
    }

    @Test
    void choosingToVolunteerEntersTheVolunteerFlowWithNothingStored() {
        Walk w = Walk.english();
        w.state = OnboardingFlow.ROLE;
        Step<Draft> s = w.send(new Input.Choice("role:volunteer"));
        assertEquals(List.of(new org.koppel.flow.Enter(VolunteerFlow.NAME)), s.effects());
        assertEquals(json(new Draft()), json(s.data()));
    }

    @Test
    void anotherLanguageFromTheWelcomeOpensThePicker() {
        Walk w = Walk.english();
        assertEquals(LANGUAGE, w.tap("pick_language").state());
        assertEquals(List.of(w.texts.t("language.prompt")), sayTexts(w.last));
    }

    @Test
    void consentYesIsRecordedAndTheFirstNameIsAskedWithTheTelegramName() {
        Walk w = Walk.english().to(CONSENT);
        Step<Draft> s = w.tap("yes");
        assertEquals(FIRST_NAME, s.state());
        assertEquals(new RecordConsent(true), s.effects().get(0));
        assertEquals(List.of(w.texts.t("ask.first_name")), sayTexts(s));
        assertEquals(List.of("name:tg"), actions(s));
        assertEquals("Amira", Walk.says(s).get(0).buttons().get(0).get(0).label());
    }

    @Test
    void withoutAUsableTelegramNameTheFirstNameIsAskedWithoutAButton() {
        Walk w = Walk.english().to(FIRST_NAME);
        FlowContext noName = new FlowContext(1, w.texts, Walk.CONFIG, Walk.NOW, "!!!");
        List<Say> asked = w.flow.prompt(FIRST_NAME, w.draft, noName).stream().map(Say.class::cast).toList();
        assertEquals(List.of(new Say(w.texts.t("ask.first_name_plain"))), asked);
    }

    @Test
    void consentNoIsRecordedAndNothingIsKept() {
        Walk w = Walk.english().to(CONSENT);
        Step<Draft> s = w.tap("no");
        assertEquals(DECLINED, s.state());
        assertEquals(new RecordConsent(false), s.effects().get(0));
        assertEquals(List.of(w.texts.t("consent.declined")), sayTexts(s));
        assertEquals(json(new Draft()), json(s.data()));
        assertNull(s.data().firstName);
    }

    @Test
    void startAfterDecliningAsksForConsentAgain() {
        Walk w = Walk.english().to(CONSENT);
        w.tap("no");
        Step<Draft> s = w.send(new Input.Restart());
        assertEquals(CONSENT, s.state());
        assertEquals(List.of(w.texts.t("consent.text")), sayTexts(s));
    }

    @Test
    void typingInsteadOfAnsweringConsentAsksForTheButtons() {
        Walk w = Walk.english().to(CONSENT);
        Step<Draft> s = w.type("ok");
        assertEquals(CONSENT, s.state());
        assertEquals(List.of(w.texts.t("input.use_buttons"), w.texts.t("consent.text")), sayTexts(s));
        assertTrue(effects(s, RecordConsent.class).isEmpty());
    }

    @Test
    void aFullWalkAsksEveryQuestionInOrderAndEndsInTheSummary() {
        List<String> order = List.of(FIRST_NAME, REGION, TOWN, SECTORS, OCCUPATION, EXPERIENCE, SKILLS,
                SKILLS_OTHER, EDUCATION, DUTCH, LANGUAGES, GOALS, AVAILABILITY, MODE, SUMMARY);
        List<String> prompts = List.of("ask.first_name", "ask.region", "ask.town", "ask.sectors", "ask.occupation",
                "ask.experience", "ask.skills", "ask.skills_other", "ask.education", "ask.dutch", "ask.languages",
                "ask.goals", "ask.availability", "ask.mode");
        Walk w = Walk.english().to(FIRST_NAME);
        for (int i = 0; i < order.size() - 1; i++) {
            assertEquals(order.get(i), w.state);
            String asked = Walk.says(w.last).get(Walk.says(w.last).size() - 1).text();
            assertEquals(w.texts.t(prompts.get(i), "max", 3), asked, order.get(i));
            Walk.ANSWERS.get(w.state).forEach(w::send);
            assertEquals(order.get(i + 1), w.state, "after " + order.get(i));
        }
        String summary = sayTexts(w.last).get(0);
        assertTrue(summary.startsWith(w.texts.t("summary.title")), summary);
        for (String shown : List.of("Amira", "Den Haag", "Nurse", "First aid", w.texts.t("region.nl-zh"),
                w.texts.t("sector.ict"), w.texts.t("skill.databases"), w.texts.t("dutch.b1"),
                w.texts.t("spoken.ar"), w.texts.t("goal.job"), w.texts.t("availability.weekend"),
                w.texts.t("mode.either"), w.texts.t("experience.5to10"), w.texts.t("education.bachelor"))) {
            assertTrue(summary.contains(shown), "summary shows " + shown);
        }
        assertTrue(actions(w.last).containsAll(List.of("edit:FIRST_NAME", "edit:MODE", "confirm")));
        assertEquals(15, actions(w.last).size(), "a change button per question and confirm");
    }

    @Test
    void confirmingTheSummarySavesEveryAnswerAndFinishes() {
        Walk w = Walk.english().to(SUMMARY);
        Step<Draft> s = w.tap("confirm");
        assertEquals(DONE, s.state());
        NewcomerProfile expected = new NewcomerProfile("Amira", "nl-zh", "Den Haag", List.of("healthcare", "ict"),
                "Nurse", "5to10", List.of("nursing", "databases"), "First aid", "bachelor", "b1",
                List.of("ar", "en"), List.of("job"), List.of("weekend"), "either");
        assertEquals(new SaveProfile(expected), s.effects().get(0));
        assertEquals(List.of(w.texts.t("profile.saved", "name", "Amira")), sayTexts(s));
        assertTrue(s.data().complete);
    }

    @Test
    void skippingOptionalQuestionsLeavesThemEmptyInTheSavedProfile() {
        Walk w = Walk.english().to(TOWN);
        w.tap("skip");
        assertEquals(SECTORS, w.state);
        w.to(EXPERIENCE).tap("skip");
        assertEquals(SKILLS, w.state);
        w.to(SUMMARY).tap("confirm");
        NewcomerProfile saved = effects(w.last, SaveProfile.class).get(0).profile();
        assertNull(saved.town());
        assertNull(saved.experience());
        assertEquals("Nurse", saved.occupation());
    }

    @Test
    void cancellingMidWayPausesAndRemembersTheQuestion() {
        Walk w = Walk.english().to(OCCUPATION);
        String before = json(w.draft);
        Step<Draft> s = w.send(new Input.Cancel());
        assertEquals(PAUSED, s.state());
        assertEquals(OCCUPATION, s.data().pausedAt);
        assertEquals(List.of(w.texts.t("cancel.done")), sayTexts(s));
        assertEquals(List.of(w.texts.t("idle.paused")), sayTexts(w.type("hello")));
        assertEquals(PAUSED, w.state);
        w.draft.pausedAt = null;
        assertEquals(before, json(w.draft), "answers kept while paused");
    }

    @Test
    void profileAfterPausingGoesOnWithTheSameQuestionAndAnswers() {
        Walk w = Walk.english().to(OCCUPATION);
        String before = json(w.draft);
        w.send(new Input.Cancel());
        Step<Draft> s = w.send(new Input.Command("profile"));
        assertEquals(OCCUPATION, s.state());
        assertEquals(List.of(w.texts.t("start.welcome_back"), w.texts.t("ask.occupation")), sayTexts(s));
        assertEquals(before, json(s.data()));
    }

    @Test
    void startAfterPausingGoesOnWithTheSameQuestionAndAnswers() {
        Walk w = Walk.english().to(SKILLS);
        String before = json(w.draft);
        w.send(new Input.Cancel());
        Step<Draft> s = w.send(new Input.Restart());
        assertEquals(SKILLS, s.state());
        assertEquals(before, json(s.data()));
        assertEquals("Amira", s.data().firstName);
        assertTrue(actions(s).contains("t:nursing"), "the skills of the chosen sectors are offered again");
    }

    @Test
    void cancellingWhenDoneHasNothingToStop() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("confirm");
        Step<Draft> s = w.send(new Input.Cancel());
        assertEquals(DONE, s.state());
        assertEquals(List.of(w.texts.t("cancel.nothing")), sayTexts(s));
    }

    @Test
    void profileWhenDoneShowsTheSavedProfileWithChangeButtons() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("confirm");
        Step<Draft> s = w.send(new Input.Command("profile"));
        assertEquals(SUMMARY, s.state());
        String shown = sayTexts(s).get(0);
        assertTrue(shown.startsWith(w.texts.t("profile.title")), shown);
        assertTrue(shown.contains("Den Haag"), shown);
        assertTrue(actions(s).contains("edit:TOWN") && actions(s).contains("confirm"));
    }

    @Test
    void profileAgainWhileLookingAtACompleteProfileDoesNotCallItUnfinished() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("confirm");
        w.send(new Input.Command("profile"));
        Step<Draft> s = w.send(new Input.Command("profile"));
        assertEquals(SUMMARY, s.state());
        assertFalse(sayTexts(s).contains(w.texts.t("profile.continue")), sayTexts(s).toString());
        assertTrue(sayTexts(s).get(0).startsWith(w.texts.t("profile.title")), sayTexts(s).get(0));
    }

    @Test
    void profileBeforeConsentSaysThereIsNoProfile() {
        Walk w = Walk.english();
        Step<Draft> s = w.send(new Input.Command("profile"));
        assertEquals(WELCOME, s.state());
        assertEquals(List.of(w.texts.t("profile.none")), sayTexts(s));
    }

    @Test
    void profileMidWaySaysTheProfileIsUnfinishedAndAsksAgain() {
        Walk w = Walk.english().to(REGION);
        Step<Draft> s = w.send(new Input.Command("profile"));
        assertEquals(REGION, s.state());
        assertEquals(List.of(w.texts.t("profile.continue"), w.texts.t("ask.region")), sayTexts(s));
    }

    @Test
    void startWhenDoneWelcomesBackByName() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("confirm");
        Step<Draft> s = w.send(new Input.Restart());
        assertEquals(DONE, s.state());
        assertEquals(List.of(w.texts.t("start.welcome_back_done", "name", "Amira")), sayTexts(s));
    }

    @Test
    void anUnknownCommandIsLeftToTheEngine() {
        Walk w = Walk.english().to(TOWN);
        assertNull(w.flow.handle(TOWN, w.draft, new Input.Command("frobnicate"), w.ctx));
        assertNull(w.flow.handle(DONE, w.draft, new Input.Command("settings"), w.ctx));
    }

    @Test
    void theArabicSummaryIsolatesTypedAnswers() {
        Walk w = new Walk("ar").to(SUMMARY);
        String summary = sayTexts(w.last).get(0);
        assertTrue(summary.contains("\u2068Den Haag\u2069"), summary);
        assertTrue(summary.contains(w.texts.t("region.nl-zh")), summary);
        assertFalse(summary.contains("nl-zh"), "codes are never shown");
    }
}
