package org.koppel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koppel.profile.ProfileConversation.DONE;
import static org.koppel.profile.ProfileConversation.PAUSED;
import static org.koppel.profile.ProfileConversation.SUMMARY;
import static org.koppel.profile.ProfileQuestions.*;
import static org.koppel.profile.Walk.actions;
import static org.koppel.profile.Walk.effects;
import static org.koppel.profile.Walk.json;
import static org.koppel.profile.Walk.sayTexts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;

/** The newcomer's profile row by row: every question, the summary, pausing and commands. */
final class ProfileConversationTest {

    @Test
    void itBeginsAfterConsentWithTheFirstNameOfferingTheTelegramName() {
        Walk w = Walk.english();
        assertEquals(FIRST_NAME, w.state);
        assertEquals(List.of(w.texts.t("ask.first_name")), sayTexts(w.last));
        assertEquals(List.of("name:tg"), actions(w.last));
        assertEquals("Amira", Walk.says(w.last).get(0).buttons().get(0).get(0).label());
        assertEquals(json(new ProfileData()), json(w.draft));
    }

    @Test
    void withoutAUsableTelegramNameTheFirstNameIsAskedWithoutAButton() {
        Walk w = new Walk("en", "!!!");
        assertEquals(List.of(new Say(w.texts.t("ask.first_name_plain"))), Walk.says(w.last));
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
        Step<ProfileData> s = w.tap("confirm");
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
        Step<ProfileData> s = w.send(new Input.Cancel());
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
        Step<ProfileData> s = w.send(new Input.Command("profile", ""));
        assertEquals(OCCUPATION, s.state());
        assertEquals(List.of(w.texts.t("start.welcome_back"), w.texts.t("ask.occupation")), sayTexts(s));
        assertEquals(before, json(s.data()));
    }

    @Test
    void startAfterPausingGoesOnWithTheSameQuestionAndAnswers() {
        Walk w = Walk.english().to(SKILLS);
        String before = json(w.draft);
        w.send(new Input.Cancel());
        Step<ProfileData> s = w.send(new Input.Restart());
        assertEquals(SKILLS, s.state());
        assertEquals(before, json(s.data()));
        assertEquals("Amira", s.data().firstName);
        assertTrue(actions(s).contains("t:nursing"), "the skills of the chosen sectors are offered again");
    }

    @Test
    void cancellingWhenDoneHasNothingToStop() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("confirm");
        Step<ProfileData> s = w.send(new Input.Cancel());
        assertEquals(DONE, s.state());
        assertEquals(List.of(w.texts.t("cancel.nothing")), sayTexts(s));
    }

    @Test
    void profileWhenDoneShowsTheSavedProfileWithChangeButtons() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("confirm");
        Step<ProfileData> s = w.send(new Input.Command("profile", ""));
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
        w.send(new Input.Command("profile", ""));
        Step<ProfileData> s = w.send(new Input.Command("profile", ""));
        assertEquals(SUMMARY, s.state());
        assertFalse(sayTexts(s).contains(w.texts.t("profile.continue")), sayTexts(s).toString());
        assertTrue(sayTexts(s).get(0).startsWith(w.texts.t("profile.title")), sayTexts(s).get(0));
    }

    @Test
    void profileBeforeConsentSaysThereIsNoProfileAndBeginsNothing() {
        Walk w = Walk.english();
        Step<ProfileData> s = w.flow.begin(null, new Input.Command("profile", ""), w.ctx);
        assertTrue(s.ended());
        assertEquals(List.of(w.texts.t("profile.none")), sayTexts(s));
    }

    @Test
    void profileMidWaySaysTheProfileIsUnfinishedAndAsksAgain() {
        Walk w = Walk.english().to(REGION);
        Step<ProfileData> s = w.send(new Input.Command("profile", ""));
        assertEquals(REGION, s.state());
        assertEquals(List.of(w.texts.t("profile.continue"), w.texts.t("ask.region")), sayTexts(s));
    }

    @Test
    void startWhenDoneWelcomesBackByName() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("confirm");
        Step<ProfileData> s = w.send(new Input.Restart());
        assertEquals(DONE, s.state());
        assertEquals(List.of(w.texts.t("start.welcome_back_done", "name", "Amira")), sayTexts(s));
    }

    @Test
    void anUnknownCommandIsLeftToTheEngine() {
        Walk w = Walk.english().to(TOWN);
        assertNull(w.handle(TOWN, w.draft, new Input.Command("frobnicate", "")));
        assertNull(w.handle(DONE, w.draft, new Input.Command("settings", "")));
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
