package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every coordinators' action, tried by a newcomer, a pending and an approved volunteer, a key
 * person and a coordinator, each with a correctly signed button of their own (as if they had
 * found one): only the coordinator's change anything.
 */
final class AdminAuthorizationTest {
    private static final long AMIRA = 531;
    private static final long PIM = 631;
    private static final long PENDING = 632;
    private static final long KEY = 731;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    /** Amira met Pim, and reported a message of his; a community has a key person. */
    private TestBot world() {
        TestBot bot = new TestBot(dir.resolve("k.db"), clock);
        People.approvedVolunteer(bot, PIM, "Pim");
        People.volunteer(bot, PENDING, "Paula");
        People.newcomer(bot, AMIRA, "Amira");
        MeetingPlanTest.confirmed(bot, AMIRA, PIM);
        bot.send(PIM, "/message");
        bot.send(PIM, "Send me a copy of your passport");
        RecordingGateway.Delivered relayed = bot.out.keyboard(AMIRA);
        bot.pressOn(AMIRA, relayed, MeetingPlanTest.actionOn(relayed, "report"));
        String[] links = CommunityTest.links(bot);
        bot.send(KEY, "ti", "/start " + links[1]);
        RecordingGateway.Delivered offer = bot.out.keyboard(KEY);
        bot.pressOn(KEY, offer, MeetingPlanTest.actionOn(offer, "key:"));
        return bot;
    }

    /** Each conversation of the admin screens, and every action its buttons carry. */
    private static Map<String, List<String>> actions(String report) {
        String pim = Long.toString(PIM, 36);
        String paula = Long.toString(PENDING, 36);
        return Map.of(
                "admin", List.of("menu", "pend", "vol", "new", "rep", "com", "stats", "pause", "resume", "backup", "coord"),
                "subject:" + pim, List.of("view", "susp", "r:conduct", "unapp", "r:other", "resume"),
                "review:" + paula, List.of("ok:0", "no:0"),
                "case:" + report, List.of("view", "susp", "cancel", "wr", "wd", "done"),
                "stats", List.of("p:30", "p:year", "p:all", "x:stats", "x:meetings", "x:volunteers"));
    }

    /** The state every refused action must leave as it was. */
    private static String snapshot(TestBot bot) {
        return bot.one("SELECT (SELECT COUNT(*) FROM admin_action) || '|' || (SELECT COUNT(*) FROM service_flag) || '|' "
                + "|| (SELECT SUM(suspended) FROM person) || '|' || (SELECT group_concat(status) FROM report) || '|' "
                + "|| (SELECT group_concat(status) FROM meeting) || '|' || (SELECT group_concat(status) FROM volunteer_profile) "
                + "|| '|' || (SELECT COUNT(*) FROM coordinator) || '|' || (SELECT COUNT(*) FROM appointment_link) || '|' "
                + "|| (SELECT COUNT(*) FROM backup_request)");
    }

    private static void pressSigned(TestBot bot, long who, String key, String action) {
        ButtonSigner signer = new ButtonSigner(Secrets.buttonKey(bot.koppel.db()));
        String data = signer.sign(who, key, ButtonSigner.STANDING, action);
        bot.inbox.accept(List.of(TestBot.update(who, "en", new Inbound.Press(data, "p" + key + action, 0))));
        bot.koppel.settle();
    }

    @Test
    void noAdminActionWorksForANewcomerAVolunteerOrAKeyPerson() {
        try (TestBot bot = world()) {
            String report = Long.toString(Long.parseLong(bot.one("SELECT id FROM report")), 36);
            String before = snapshot(bot);
            for (long who : List.of(AMIRA, PIM, PENDING, KEY)) {
                int files = bot.out.documentsTo(who).size();
                bot.send(who, "/admin");
                for (var e : actions(report).entrySet()) {
                    for (String action : e.getValue()) {
                        pressSigned(bot, who, e.getKey(), action);
                        assertEquals(before, snapshot(bot), who + " pressed " + e.getKey() + "|" + action);
                    }
                }
                assertEquals(files, bot.out.documentsTo(who).size(), "no export reached " + who);
                assertFalse(bot.out.to(who).stream().anyMatch(d -> d.message() instanceof Outgoing.Image));
                Set<String> held = bot.state(who).conversations().keySet();
                assertTrue(held.stream().noneMatch(k -> k.startsWith("admin") || k.startsWith("case")
                        || k.startsWith("subject") || k.startsWith("stats")), who + " holds " + held);
            }
            assertTrue(bot.out.textsTo(AMIRA).contains(bot.t("en", "admin.only")));
        }
    }

    @Test
    void theSameActionsWorkForACoordinator() {
        try (TestBot bot = world()) {
            String report = Long.toString(Long.parseLong(bot.one("SELECT id FROM report")), 36);
            long c = TestBot.COORDINATOR;
            bot.send(c, "/admin");
            List<String> refused = new ArrayList<>();
            for (var e : actions(report).entrySet()) {
                for (String action : e.getValue()) {
                    int before = bot.out.to(c).size();
                    pressSigned(bot, c, e.getKey(), action);
                    List<String> answers = bot.out.textsTo(c);
                    if (bot.out.to(c).size() == before || answers.get(answers.size() - 1).equals(bot.t("en", "admin.only"))) {
                        refused.add(e.getKey() + "|" + action);
                    }
                }
            }
            assertEquals(List.of(), refused, "every action answers a coordinator");
            assertTrue(Integer.parseInt(bot.one("SELECT COUNT(*) FROM admin_action")) >= 6);
            assertEquals("1", bot.one("SELECT COUNT(*) FROM appointment_link"));
            assertEquals("1", bot.one("SELECT COUNT(*) FROM backup_request"));
            assertEquals("handled", bot.one("SELECT status FROM report"));
            assertEquals(3, bot.out.documentsTo(c).size(), "three exports");
        }
    }
}
