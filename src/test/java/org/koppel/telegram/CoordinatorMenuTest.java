package org.koppel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.app.Koppel;
import org.koppel.core.MutableClock;

/** A coordinator gets a command menu of their own, for their chat only, through the real client. */
final class CoordinatorMenuTest {
    private static final long COORDINATOR = 9_101;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void aCoordinatorGetsTheAdminMenuInTheirChatAndLanguageAtFirstAdminAndAtEveryStart() throws Exception {
        Path db = dir.resolve("k.db");
        try (FakeBotApi api = new FakeBotApi();
             Koppel koppel = Koppel.open(Path.of("config"), Path.of("messages"), db, clock)) {
            TelegramBot bot = TelegramBot.start(koppel, "123:test", api.url(), Set.of(COORDINATOR));
            try {
                api.userSends(COORDINATOR, "Marieke", "nl", "/admin");
                BotCall first = api.await("setmycommands", 0, c -> "chat".equals(c.body().path("scope").path("type")
                        .asText()), WAIT);
                assertEquals(COORDINATOR, first.body().path("scope").path("chat_id").asLong(),
                        "the first /admin sets the menu without waiting for a restart");
            } finally {
                bot.close();
            }
        }
        // at the next start the coordinator is known, so their menu is set
        try (FakeBotApi api = new FakeBotApi();
             Koppel koppel = Koppel.open(Path.of("config"), Path.of("messages"), db, clock)) {
            TelegramBot bot = TelegramBot.start(koppel, "123:test", api.url(), Set.of(COORDINATOR));
            try {
                List<BotCall> scoped = api.calls("setmycommands").stream()
                        .filter(c -> "chat".equals(c.body().path("scope").path("type").asText())).toList();
                assertEquals(1, scoped.size(), "one menu, for the coordinator's chat only");
                BotCall menu = scoped.get(0);
                assertEquals(COORDINATOR, menu.body().path("scope").path("chat_id").asLong());
                assertEquals("admin", menu.body().path("commands").get(0).path("command").asText());
                assertEquals(koppel.messages().of("nl").t("cmd.admin"),
                        menu.body().path("commands").get(0).path("description").asText());
                assertTrue(api.calls("setmycommands").stream().anyMatch(c -> c.body().path("scope").isMissingNode()),
                        "everyone else keeps the default menu");
            } finally {
                bot.close();
            }
        }
    }
}
