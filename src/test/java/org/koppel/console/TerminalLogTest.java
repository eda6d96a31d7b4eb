package org.koppel.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal shows the chat only: the bot's log lines go to koppel.log next to the database. */
final class TerminalLogTest {
    @TempDir
    Path dir;

    @Test
    void noLogLineAppearsBetweenTheChatMessagesAndTheLogIsKeptNextToTheDatabase() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // the test class path carries the tests' own logger settings; the bot must not rely on them
        String classpath = System.getProperty("java.class.path").replace("test-classes", "no-test-classes");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", classpath, "org.koppel.Main", "--demo");
        pb.environment().remove("KOPPEL_TELEGRAM_TOKEN");
        pb.environment().put("KOPPEL_DB", dir.resolve("data/koppel.db").toString());
        pb.redirectErrorStream(true);
        Path out = dir.resolve("terminal.txt");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("Amira: hello\n:quit\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the terminal stops at :quit");
        String shown = Files.readString(out);
        assertTrue(shown.contains("── to Amira ──"), shown);
        assertFalse(shown.contains(" INFO ") || shown.contains(" WARN ") || shown.contains("[main]"), shown);
        String log = Files.readString(dir.resolve("data/koppel.log"));
        assertTrue(log.contains("INFO"), "the log is kept: " + log);
    }
}
