package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** F9: two coordinators press "handled" on the same report card at the same moment. */
final class ReportHandledRaceTest {
    private static final long C = TestBot.COORDINATOR;
    private static final long C2 = TestBot.SECOND_COORDINATOR;
    private static final long AMIRA = 851;
    private static final long PIM = 861;

    @TempDir
    Path dir;

    @RepeatedTest(5)
    void onlyTheFirstHandledCounts() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            People.approvedVolunteer(bot, PIM, "Pim");
            People.newcomer(bot, AMIRA, "Amira");
            MeetingPlanTest.confirmed(bot, AMIRA, PIM);
            bot.send(PIM, "/message");
            bot.send(PIM, "Send me your passport");
            RecordingGateway.Delivered relayed = bot.out.keyboard(AMIRA);
            bot.pressOn(AMIRA, relayed, MeetingPlanTest.actionOn(relayed, "report"));
            RecordingGateway.Delivered card1 = bot.shownWith(C, "case:");
            RecordingGateway.Delivered card2 = bot.shownWith(C2, "case:");
            bot.inbox.accept(List.of(
                    TestBot.update(C, "en", new Inbound.Press(TestBot.data(card1, "done"), "pa", card1.ref())),
                    TestBot.update(C2, "en", new Inbound.Press(TestBot.data(card2, "done"), "pb", card2.ref()))));
            bot.koppel.settle();
            String done = bot.t("en", "case.handled_done");
            long told = bot.out.textsTo(C).stream().filter(done::equals).count()
                    + bot.out.textsTo(C2).stream().filter(done::equals).count();
            assertEquals("handled", bot.one("SELECT status FROM report"));
            assertEquals(1, told, "coordinators told they handled it; admin_action: "
                    + bot.one("SELECT group_concat(action || '/' || coordinator_id) FROM admin_action"));
        }
    }
}
