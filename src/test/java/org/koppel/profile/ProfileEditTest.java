package org.koppel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koppel.profile.ProfileConversation.DONE;
import static org.koppel.profile.ProfileConversation.PAUSED;
import static org.koppel.profile.ProfileConversation.SUMMARY;
import static org.koppel.profile.ProfileQuestions.*;
import static org.koppel.profile.Walk.actions;
import static org.koppel.profile.Walk.json;
import static org.koppel.profile.Walk.sayTexts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.koppel.conversation.Input;
import org.koppel.conversation.Step;

/** Changing answers from the summary: back to the summary, and sectors and skills kept coherent. */
final class ProfileEditTest {

    @Test
    void changingTheTownFromTheSummaryAsksForItAndReturnsToTheSummary() {
        Walk w = Walk.english().to(SUMMARY);
        Step<ProfileData> asked = w.tap("edit:TOWN");
        assertEquals(TOWN, asked.state());
        assertEquals(List.of(w.texts.t("ask.town")), sayTexts(asked));
        assertTrue(asked.data().editing);

        Step<ProfileData> s = w.type("Utrecht");
        assertEquals(SUMMARY, s.state(), "not on to the next question");
        assertEquals("Utrecht", s.data().town);
        assertFalse(s.data().editing);
        assertTrue(sayTexts(s).get(0).startsWith(w.texts.t("summary.title")));
        assertTrue(sayTexts(s).get(0).contains("Utrecht"));
        assertEquals("Nurse", s.data().occupation, "other answers stay");
    }

    @Test
    void changingAnAnswerAndConfirmingSavesTheNewAnswer() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("edit:DUTCH");
        w.tap("p:b2");
        assertEquals(SUMMARY, w.state);
        w.tap("confirm");
        assertEquals("b2", Walk.effects(w.last, SaveProfile.class).get(0).profile().dutchLevel());
    }

    @Test
    void anInvalidAnswerWhileChangingStaysOnTheQuestionInEditMode() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("edit:FIRST_NAME");
        w.type("1234");
        assertEquals(FIRST_NAME, w.state);
        assertTrue(w.draft.editing);
        assertEquals("Amira", w.draft.firstName);
        w.type("Noor");
        assertEquals(SUMMARY, w.state);
        assertEquals("Noor", w.draft.firstName);
    }

    @Test
    void changingARegionToOnlineMakesTheMeetingsVideo() {
        Walk w = Walk.english().to(SUMMARY);
        assertEquals("either", w.draft.mode);
        w.tap("edit:REGION");
        w.tap("p:online");
        assertEquals(SUMMARY, w.state);
        assertEquals("online", w.draft.region);
        assertEquals("video", w.draft.mode);
    }

    @Test
    void anEditButtonForSomethingThatIsNotAQuestionIsNotTaken() {
        Walk w = Walk.english().to(SUMMARY);
        Step<ProfileData> s = w.tap("edit:DONE");
        assertEquals(SUMMARY, s.state());
        assertEquals(w.texts.t("input.use_buttons"), sayTexts(s).get(0));
        assertFalse(s.data().editing);
    }

    @Test
    void typingInTheSummaryAsksForTheButtons() {
        Walk w = Walk.english().to(SUMMARY);
        Step<ProfileData> s = w.type("looks fine");
        assertEquals(SUMMARY, s.state());
        assertEquals(w.texts.t("input.use_buttons"), sayTexts(s).get(0));
        assertTrue(Walk.effects(s, SaveProfile.class).isEmpty());
    }

    @Test
    void changingSectorsDropsSkillsThatBelongToNoChosenSector() {
        Walk w = Walk.english().to(SUMMARY);
        assertEquals(List.of("nursing", "databases"), w.draft.skills);
        w.tap("edit:SECTORS");
        w.tap("t:ict");
        w.tap("t:construction");
        w.tap("done");
        assertEquals(List.of("healthcare", "construction"), w.draft.sectors);
        assertEquals(List.of("nursing"), w.draft.skills, "databases belongs to ict, which is no longer chosen");
    }

    @Test
    void changingSectorsToADifferentSetGoesOnToTheSkillsThenBackToTheSummary() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("edit:SECTORS");
        w.tap("t:ict");
        w.tap("t:construction");
        Step<ProfileData> s = w.tap("done");
        assertEquals(SKILLS, s.state(), "new sectors bring new skills to choose from");
        assertTrue(actions(s).contains("t:carpentry"), actions(s).toString());
        assertTrue(Walk.button(Walk.says(s).get(0).buttons(), "t:nursing").label().startsWith("✓ "));
        w.tap("t:carpentry");
        w.tap("done");
        assertEquals(SUMMARY, w.state);
        assertEquals(List.of("nursing", "carpentry"), w.draft.skills);
        assertFalse(w.draft.editing);
    }

    @Test
    void changingSectorsWithoutChangingThemReturnsToTheSummary() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("edit:SECTORS");
        assertEquals(SUMMARY, w.tap("done").state());
        assertEquals(List.of("nursing", "databases"), w.draft.skills);
    }

    @Test
    void cancellingWhileChangingAnAnswerResumesTheChange() {
        Walk w = Walk.english().to(SUMMARY);
        w.tap("edit:OCCUPATION");
        w.send(new Input.Cancel());
        assertEquals(PAUSED, w.state);
        w.send(new Input.Command("profile", ""));
        assertEquals(OCCUPATION, w.state);
        w.type("Midwife");
        assertEquals(SUMMARY, w.state, "still changing one answer, so back to the summary");
        assertEquals("Midwife", w.draft.occupation);
    }

    @Test
    void aStepNeverChangesTheDraftItIsGiven() {
        Walk w = Walk.english().to(SUMMARY);
        List<Input> inputs = List.of(new Input.Choice("edit:SECTORS"), new Input.Choice("t:ict"),
                new Input.Choice("t:construction"), new Input.Choice("done"), new Input.Choice("done"),
                new Input.Choice("edit:TOWN"), new Input.Text("Leiden"), new Input.Choice("confirm"));
        for (Input input : inputs) {
            ProfileData given = w.draft;
            String before = json(given);
            w.send(input);
            assertEquals(before, json(given), "the draft given with " + input + " in " + w.state);
        }
    }
}
