package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** F8: two people open the same single-use coordinator link at the same moment. */
final class CoordinatorLinkRaceTest {
    private static final long C = TestBot.COORDINATOR;

    @TempDir
    Path dir;

    @RepeatedTest(5)
    void onlyThePersonWhoBecameACoordinatorIsWelcomed() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"))) {
            bot.send(C, "/admin");
            bot.press(C, "coord");
            List<String> shown = bot.out.textsTo(C);
            String text = shown.get(shown.size() - 1);
            String token = text.substring(text.lastIndexOf("start=") + 6).strip();
            bot.inbox.accept(List.of(TestBot.update(801, "en", Update.typed("/start " + token)),
                    TestBot.update(802, "en", Update.typed("/start " + token))));
            bot.koppel.settle();
            String welcome = bot.t("en", "admin.coordinator_welcome");
            long welcomed = bot.out.textsTo(801).stream().filter(welcome::equals).count()
                    + bot.out.textsTo(802).stream().filter(welcome::equals).count();
            String joined = bot.t("en", "admin.coordinator_joined", "name", "Sam");
            assertEquals("1", bot.one("SELECT COUNT(*) FROM coordinator"));
            assertEquals(1, welcomed, "people told they are a coordinator; joined notices to the creator: "
                    + bot.out.textsTo(C).stream().filter(joined::equals).count());
        }
    }
}
