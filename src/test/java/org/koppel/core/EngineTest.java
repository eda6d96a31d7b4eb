package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a real SQLite file: persistence, restarts, buttons, order. */
final class EngineTest {
    private static final long SANNE = 101;
    private static final long OMAR = 102;

    @TempDir
    Path dir;

    private TestBot toFirstName(Path db) {
        TestBot bot = new TestBot(db);
        bot.send(SANNE, "nl", "/start");
        bot.press(SANNE, "continue");
        bot.press(SANNE, "role:newcomer");
        bot.press(SANNE, "yes");
        return bot;
    }

    @Test
    void aRestartGoesOnAtTheSameStepWithEveryAnswerKept() {
        Path db = dir.resolve("k.db");
        try (TestBot bot = toFirstName(db)) {
            bot.send(SANNE, "Sanne");
            assertEquals("REGION", bot.state(SANNE, "profile"));
        }
        try (TestBot again = new TestBot(db)) {
            PersonState st = again.state(SANNE);
            assertEquals("REGION", st.conversation("profile").state());
            assertTrue(st.conversation("profile").data().contains("\"firstName\":\"Sanne\""));
            assertEquals("nl", st.person().language());
            again.send(SANNE, "/start");
            List<String> texts = again.out.textsTo(SANNE);
            assertEquals(again.t("nl", "start.welcome_back"), texts.get(0));
            // the region keyboard from before the restart is still the live one
            again.press(SANNE, "p:nl-ut");
            assertEquals("TOWN", again.state(SANNE, "profile"));
        }
    }

    @Test
    void anUpdateStoredButNotHandledBeforeACrashIsHandledAtStart() throws Exception {
        Path db = dir.resolve("k.db");
        try (TestBot bot = toFirstName(db)) {
            bot.koppel.db().write(c -> InboxStore.insertNew(c,
                    List.of(TestBot.update(SANNE, "nl", new Inbound.Text("Sanne"))), 0));
        }
        try (TestBot again = new TestBot(db)) {
            again.koppel.settle();
            assertEquals("REGION", again.state(SANNE, "profile"));
            assertTrue(again.state(SANNE).conversation("profile").data().contains("Sanne"));
        }
    }

    @Test
    void aRepeatedUpdateIsHandledOnce() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            Update u = TestBot.update(OMAR, "en", Update.typed("/start"));
            bot.inbox.accept(List.of(u));
            bot.inbox.accept(List.of(u, u));
            bot.koppel.settle();
            assertEquals(1, bot.out.textsTo(OMAR).size());
        }
    }

    @Test
    void aButtonFromAnEarlierStepSaysItExpiredAndChangesNothing() {
        try (TestBot bot = toFirstName(dir.resolve("k.db"))) {
            RecordingGateway.Delivered consent = bot.out.to(SANNE).stream()
                    .filter(d -> d.message() instanceof Outgoing.Send s && !s.buttons().isEmpty()
                            && s.buttons().get(0).get(0).data().contains("|yes|"))
                    .findFirst().orElseThrow();
            PersonState before = bot.state(SANNE);
            bot.inbox.accept(List.of(TestBot.update(SANNE, "nl",
                    new Inbound.Press(TestBot.data(consent, "no"), "late", consent.ref()))));
            bot.koppel.settle();
            assertEquals(before, bot.state(SANNE));
            List<Outgoing.Answer> answers = bot.out.answersTo(SANNE);
            assertEquals(bot.koppel.messages().of("nl").t("callback.expired"), answers.get(answers.size() - 1).text());
        }
    }

    @Test
    void forgedOrForeignButtonDataIsRecognisedAndDoesNothing() {
        try (TestBot bot = toFirstName(dir.resolve("k.db"))) {
            bot.send(OMAR, "en", "/start");
            RecordingGateway.Delivered sannes = bot.out.keyboard(SANNE);
            String stolen = TestBot.data(bot.out.keyboard(OMAR), "continue");
            PersonState omar = bot.state(OMAR);
            for (String data : new String[] {"1|continue|AAAAAAAAAAA", stolen.replace("continue", "pick_language"), "garbage", ""}) {
                bot.inbox.accept(List.of(TestBot.update(OMAR, "en", new Inbound.Press(data, "x" + data, sannes.ref()))));
            }
            // Sanne pressing Omar's button: signed for Omar, so unknown to her
            bot.inbox.accept(List.of(TestBot.update(SANNE, "nl", new Inbound.Press(stolen, "y", sannes.ref()))));
            bot.koppel.settle();
            assertEquals(omar, bot.state(OMAR));
            String unknown = bot.koppel.messages().of("en").t("callback.unknown");
            List<Outgoing.Answer> answers = bot.out.answersTo(OMAR);
            assertEquals(4, answers.size());
            answers.forEach(a -> assertEquals(unknown, a.text()));
            assertEquals("FIRST_NAME", bot.state(SANNE, "profile"));
        }
    }

    @Test
    void onePersonsUpdatesAreHandledInOrderWhileOthersRunAlongside() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            List<Update> batch = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                for (long p = 1; p <= 20; p++) {
                    batch.add(TestBot.update(p, "en", Update.typed(i == 0 ? "/start" : "/x" + i)));
                }
            }
            bot.inbox.accept(batch);
            bot.koppel.settle();
            for (long p = 1; p <= 20; p++) {
                List<String> unknown = bot.out.textsTo(p).stream().filter(t -> t.contains("/x")).toList();
                assertEquals(29, unknown.size());
                for (int i = 1; i < 30; i++) {
                    assertTrue(unknown.get(i - 1).contains("/x" + i + " ") || unknown.get(i - 1).contains("/x" + i + "."),
                            "reply " + i + " of person " + p + " was " + unknown.get(i - 1));
                }
            }
        }
    }

    @Test
    void deleteAfterConfirmationErasesThePerson() throws Exception {
        try (TestBot bot = toFirstName(dir.resolve("k.db"))) {
            bot.send(SANNE, "Sanne");
            bot.send(SANNE, "/delete");
            bot.press(SANNE, "no");
            assertTrue(bot.state(SANNE).known());
            bot.send(SANNE, "/delete");
            bot.press(SANNE, "yes");
            assertFalse(bot.state(SANNE).known());
            assertTrue(bot.state(SANNE).conversations().isEmpty());
            List<String> texts = bot.out.textsTo(SANNE);
            assertEquals(bot.t("nl", "delete.done"), texts.get(texts.size() - 1));
            long rows = bot.koppel.db().read(c -> {
                try (var r = c.createStatement().executeQuery(
                        "SELECT (SELECT COUNT(*) FROM person) + (SELECT COUNT(*) FROM conversation) "
                                + "+ (SELECT COUNT(*) FROM outbox WHERE chat_id = 101 AND status = 'sent' "
                                + "AND payload LIKE '%Sanne%')")) {
                    return r.next() ? r.getLong(1) : -1;
                }
            });
            assertEquals(0, rows, "no person, conversation or delivered message mentioning her is left");
        }
    }

    @Test
    void stickersEditsAndUnknownCommandsGetAHelpfulReplyAndTheQuestionAgain() {
        try (TestBot bot = toFirstName(dir.resolve("k.db"))) {
            int before = bot.out.textsTo(SANNE).size();
            bot.inbox.accept(List.of(TestBot.update(SANNE, "nl", new Inbound.Unsupported("sticker"))));
            bot.inbox.accept(List.of(TestBot.update(SANNE, "nl", new Inbound.Edited())));
            bot.send(SANNE, "/nonsense");
            List<String> texts = bot.out.textsTo(SANNE).subList(before, bot.out.textsTo(SANNE).size());
            assertEquals(bot.t("nl", "input.unsupported"), texts.get(0));
            assertEquals(bot.out.textsTo(SANNE).get(before - 1), texts.get(1), "the question is asked again");
            assertTrue(texts.contains(bot.t("nl", "input.edited")));
            assertTrue(texts.contains(bot.t("nl", "input.unknown_command", "command", "/nonsense")));
            assertEquals("FIRST_NAME", bot.state(SANNE, "profile"));
        }
    }

    @Test
    void aGroupIsToldOnceToWritePrivately() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            for (int i = 0; i < 3; i++) {
                bot.inbox.accept(List.of(new Update("g" + i, -500, 7, false, "X", "tr", Update.typed("/start"))));
            }
            bot.koppel.settle();
            assertEquals(List.of(bot.t("tr", "group.private_only")), bot.out.textsTo(-500));
            assertFalse(bot.state(7).known(), "nobody is registered from a group");
        }
    }
}
