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
import org.koppel.conversation.Button;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Step;
import org.koppel.conversation.Toast;

/** What counts as an answer: names, free text, button-only questions and multi-select. */
final class ProfileAnswersTest {

    @Test
    void aNameLongerThanTheLimitIsRejectedWithTheLimitInTheReply() {
        Walk w = Walk.english().to(FIRST_NAME);
        String before = json(w.draft);
        Step<ProfileData> s = w.type("a".repeat(65));
        assertEquals(FIRST_NAME, s.state());
        assertEquals(w.texts.t("input.too_long", "max", 64), sayTexts(s).get(0));
        assertTrue(sayTexts(s).get(0).contains("64"));
        assertEquals(w.texts.t("ask.first_name"), sayTexts(s).get(1), "the question is asked again");
        assertEquals(before, json(s.data()));
        assertNull(s.data().firstName);
    }

    @Test
    void aNameOfExactlyTheLimitCountedInCharactersNotUtf16UnitsIsAccepted() {
        Walk w = Walk.english().to(FIRST_NAME);
        String name = "𝒜".repeat(64);
        assertEquals(128, name.length());
        assertEquals(REGION, w.type(name).state());
        assertEquals(name, w.draft.firstName);
    }

    @Test
    void aNameOfOnlyDigitsAndPunctuationIsRejected() {
        Walk w = Walk.english().to(FIRST_NAME);
        Step<ProfileData> s = w.type("12345 !?-.");
        assertEquals(FIRST_NAME, s.state());
        assertEquals(w.texts.t("input.name_invalid", "max", 64), sayTexts(s).get(0));
        assertNull(s.data().firstName);
    }

    @Test
    void arabicTigrinyaAndCyrillicNamesAreAccepted() {
        for (String name : List.of("أميرة", "ሰላም", "Олена")) {
            Walk w = Walk.english().to(FIRST_NAME);
            assertEquals(REGION, w.type(name).state(), name);
            assertEquals(name, w.draft.firstName);
        }
    }

    @Test
    void controlCharactersAndBidiOverridesAreRemovedFromNames() {
        Walk w = Walk.english().to(FIRST_NAME);
        w.type("\u202EAmi\u0007ra\u2066\u200F \t  Yusuf\n");
        assertEquals(REGION, w.state);
        assertEquals("Amira Yusuf", w.draft.firstName);
    }

    @Test
    void theTelegramNameButtonTakesTheSendersFirstName() {
        Walk w = Walk.english().to(FIRST_NAME);
        assertEquals(REGION, w.tap("name:tg").state());
        assertEquals("Amira", w.draft.firstName);
    }

    @Test
    void freeTextOverTheLimitIsRejectedAndExactlyTheLimitIsAccepted() {
        Walk w = Walk.english().to(OCCUPATION);
        Step<ProfileData> s = w.type("x".repeat(501));
        assertEquals(OCCUPATION, s.state());
        assertEquals(w.texts.t("input.too_long", "max", 500), sayTexts(s).get(0));
        assertNull(s.data().occupation);
        w.type("y".repeat(500));
        assertEquals(EXPERIENCE, w.state);
        assertEquals("y".repeat(500), w.draft.occupation);
    }

    @Test
    void blankFreeTextIsRejectedAsEmpty() {
        Walk w = Walk.english().to(TOWN);
        Step<ProfileData> s = w.type(" \u0007 \u202E ");
        assertEquals(TOWN, s.state());
        assertEquals(w.texts.t("input.text_empty"), sayTexts(s).get(0));
    }

    @Test
    void freeTextKeepsItsLineBreaks() {
        Walk w = Walk.english().to(SKILLS_OTHER);
        w.type("First aid\nForklift licence");
        assertEquals("First aid\nForklift licence", w.draft.skillsOther);
    }

    @Test
    void typingInAButtonOnlyQuestionAsksForTheButtonsAndStays() {
        Walk w = Walk.english().to(REGION);
        String before = json(w.draft);
        Step<ProfileData> s = w.type("Utrecht");
        assertEquals(REGION, s.state());
        assertEquals(List.of(w.texts.t("input.use_buttons"), w.texts.t("ask.region")), sayTexts(s));
        assertEquals(before, json(s.data()));
    }

    @Test
    void aChoiceThatIsNotOfferedIsNotTaken() {
        Walk w = Walk.english().to(REGION);
        Step<ProfileData> s = w.tap("p:nl-xx");
        assertEquals(REGION, s.state());
        assertEquals(w.texts.t("input.use_buttons"), sayTexts(s).get(0));
        assertNull(s.data().region);
        assertEquals(REGION, w.tap("skip").state(), "the region cannot be skipped");
    }

    @Test
    void togglingASectorChecksItInPlaceAndTogglingAgainUnchecksIt() {
        Walk w = Walk.english().to(SECTORS);
        String label = w.texts.t("sector.healthcare");
        Step<ProfileData> s = w.tap("t:healthcare");
        assertEquals(SECTORS, s.state());
        assertTrue(sayTexts(s).isEmpty(), "the message is edited, not sent again");
        Edit edit = Walk.edited(s);
        assertEquals(w.texts.t("ask.sectors", "max", 3), edit.text());
        assertEquals("✓ " + label, Walk.button(edit.buttons(), "t:healthcare").label());
        assertEquals(w.texts.t("sector.ict"), Walk.button(edit.buttons(), "t:ict").label());
        assertEquals(List.of("healthcare"), s.data().sectors);

        Step<ProfileData> again = w.tap("t:healthcare");
        assertEquals(label, Walk.button(Walk.edited(again).buttons(), "t:healthcare").label());
        assertEquals(List.of(), again.data().sectors);
    }

    @Test
    void moreSectorsThanTheMaximumGiveANoticeAndAreNotAdded() {
        Walk w = Walk.english().to(SECTORS);
        w.tap("t:healthcare");
        w.tap("t:ict");
        w.tap("t:care");
        Step<ProfileData> s = w.tap("t:finance");
        assertEquals(SECTORS, s.state());
        assertEquals(List.of(new Toast(w.texts.t("input.too_many", "max", 3))), s.effects());
        assertEquals(List.of("healthcare", "ict", "care"), s.data().sectors);
    }

    @Test
    void doneWithNothingChosenWhereOneIsNeededGivesANoticeAndStays() {
        Walk w = Walk.english().to(SECTORS);
        Step<ProfileData> s = w.tap("done");
        assertEquals(SECTORS, s.state());
        assertEquals(List.of(new Toast(w.texts.t("input.choose_one"))), s.effects());
        assertTrue(s.data().sectors.isEmpty());
    }

    @Test
    void doneWithNothingChosenWhereNoneIsNeededGoesOn() {
        Walk w = Walk.english().to(SKILLS);
        assertEquals(SKILLS_OTHER, w.tap("done").state());
        assertEquals(List.of(), w.draft.skills);
    }

    @Test
    void onlyTheSkillsOfTheChosenSectorsAreOffered() {
        Walk w = Walk.english().to(SKILLS);
        List<String> offered = actions(w.last);
        assertTrue(offered.contains("t:nursing") && offered.contains("t:databases"), offered.toString());
        assertFalse(offered.contains("t:carpentry"), offered.toString());
        assertEquals(17, offered.size(), "eight skills of each of two sectors, and done");
        assertEquals(SKILLS, w.tap("t:carpentry").state());
        assertFalse(w.draft.skills.contains("carpentry"));
    }

    @Test
    void typingInAMultiSelectQuestionAsksForTheButtons() {
        Walk w = Walk.english().to(GOALS);
        Step<ProfileData> s = w.type("a job");
        assertEquals(GOALS, s.state());
        assertEquals(w.texts.t("input.use_buttons"), sayTexts(s).get(0));
        assertTrue(effects(s, Edit.class).isEmpty());
    }

    @Test
    void choosingOnlineLeavesOnlyVideoAsTheWayToMeet() {
        Walk w = Walk.english().to(REGION);
        w.tap("p:online");
        assertEquals("online", w.draft.region);
        w.to(MODE);
        assertEquals(List.of("p:video"), actions(w.last));
        assertEquals(w.texts.t("mode.video"), Walk.says(w.last).get(0).buttons().get(0).get(0).label());
        assertEquals(MODE, w.tap("p:in_person").state(), "in person cannot be chosen online");
        assertEquals(SUMMARY, w.tap("p:video").state());
        assertEquals("video", w.draft.mode);
    }

    @Test
    void aProvinceOffersEveryWayToMeet() {
        Walk w = Walk.english().to(MODE);
        assertEquals(List.of("p:in_person", "p:video", "p:either"), actions(w.last));
    }

    @Test
    void buttonLabelsAreInThePersonsLanguage() {
        Walk w = new Walk("uk").to(REGION);
        List<Button> first = Walk.says(w.last).get(0).buttons().get(0);
        assertEquals(w.texts.t("region.nl-gr"), first.get(0).label());
        assertEquals("p:nl-gr", first.get(0).action());
    }
}
