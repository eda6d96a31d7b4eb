package org.koppel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.koppel.app.Koppel;
import org.koppel.config.ConfigException;
import org.koppel.console.ConsoleApp;
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
        Koppel koppel;
        try {
            koppel = Koppel.open(config, messages, db, Clock.systemUTC());
        } catch (ConfigException e) {
            System.err.println("Koppel cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (token.isEmpty()) {
            try (koppel) {
                new ConsoleApp(koppel, System.out).run(System.in);
            }
            return;
        }
        String apiUrl = env.getOrDefault("KOPPEL_TELEGRAM_API_URL", "https://api.telegram.org").strip();
        TelegramBot bot = TelegramBot.start(koppel, token, apiUrl);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            koppel.close();
        }, "koppel-shutdown"));
        Thread.currentThread().join();
    }
}
