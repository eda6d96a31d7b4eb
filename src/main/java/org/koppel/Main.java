package org.koppel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.koppel.app.ClockFile;
import org.koppel.app.Koppel;
import org.koppel.config.ConfigException;
import org.koppel.console.ConsoleApp;
import org.koppel.console.ShiftedClock;
import org.koppel.telegram.TelegramBot;

/**
 * Starts Koppel: with KOPPEL_TELEGRAM_TOKEN on Telegram, without it in the terminal. The only
 * place that reads the real clock; everything else gets it injected.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path config = Path.of(env.getOrDefault("KOPPEL_CONFIG", "config"));
        Path messages = Path.of(env.getOrDefault("KOPPEL_MESSAGES", "messages"));
        Path db = Path.of(env.getOrDefault("KOPPEL_DB", "data/koppel.db"));
        String token = env.getOrDefault("KOPPEL_TELEGRAM_TOKEN", "").strip();
        boolean demo = java.util.List.of(args).contains("--demo");
        if (demo && !token.isEmpty()) {
            System.err.println("Koppel: --demo adds made-up people and is only for the terminal; "
                    + "unset KOPPEL_TELEGRAM_TOKEN to try it.");
            System.exit(2);
            return;
        }
        if (token.isEmpty()) {
            quietTerminal(db);
        }
        String clockFile = env.getOrDefault("KOPPEL_CLOCK_FILE", "").strip();
        ShiftedClock shifted = token.isEmpty() || !clockFile.isEmpty() ? new ShiftedClock(Clock.systemUTC()) : null;
        ClockFile moved = token.isEmpty() || clockFile.isEmpty() ? null : new ClockFile(Path.of(clockFile), shifted);
        Koppel koppel;
        try {
            koppel = Koppel.open(config, messages, db, shifted != null ? shifted : Clock.systemUTC());
        } catch (ConfigException e) {
            System.err.println("Koppel cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (token.isEmpty()) {
            try (koppel) {
                Path dir = db.toAbsolutePath().getParent();
                new ConsoleApp(koppel, System.out, dir.resolve("files")).run(System.in, demo);
            }
            return;
        }
        String apiUrl = env.getOrDefault("KOPPEL_TELEGRAM_API_URL", "https://api.telegram.org").strip();
        Set<Long> coordinators;
        try {
            coordinators = coordinators(env, koppel);
        } catch (ConfigException e) {
            System.err.println("Koppel cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        TelegramBot bot = TelegramBot.start(koppel, token, apiUrl, coordinators);
        if (moved != null) {
            moved.watch(koppel::runDueJobs);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            koppel.close();
        }, "koppel-shutdown"));
        Thread.currentThread().join();
    }

    /**
     * In the terminal the log goes to koppel.log next to the database, so no log line lands between
     * the chat messages. Set before the first logger is made, which reads it once.
     */
    static void quietTerminal(Path db) throws java.io.IOException {
        Path dir = db.toAbsolutePath().getParent();
        java.nio.file.Files.createDirectories(dir);
        System.setProperty("org.slf4j.simpleLogger.logFile", dir.resolve("koppel.log").toString());
    }

    /** KOPPEL_COORDINATORS (comma-separated Telegram user ids) wins over config/settings.json. */
    static Set<Long> coordinators(Map<String, String> env, Koppel koppel) {
        String listed = env.getOrDefault("KOPPEL_COORDINATORS", "").strip();
        if (listed.isEmpty()) {
            return Set.copyOf(koppel.config().settings().coordinators());
        }
        Set<Long> ids = new HashSet<>();
        for (String part : listed.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new ConfigException("KOPPEL_COORDINATORS must be comma-separated Telegram user ids, got '"
                        + part.strip() + "'");
            }
        }
        return Set.copyOf(ids);
    }
}
