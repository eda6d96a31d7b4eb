package org.koppel.telegram;

import java.io.IOException;
import java.nio.file.Path;

/** Koppel as a separate JVM, started like `java -jar target/koppel.jar` so a test can kill -9 it. */
final class BotProcess {
    private BotProcess() {
    }

    static Process start(String apiUrl, Path db, Path log) throws IOException {
        return start(apiUrl, db, log, java.util.Map.of());
    }

    /** With more environment, such as KOPPEL_CLOCK_FILE. */
    static Process start(String apiUrl, Path db, Path log, java.util.Map<String, String> env) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.koppel.Main");
        pb.environment().put("KOPPEL_TELEGRAM_TOKEN", "123456:TEST");
        pb.environment().put("KOPPEL_TELEGRAM_API_URL", apiUrl);
        pb.environment().put("KOPPEL_DB", db.toString());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return pb.start();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed that was not already committed. */
    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        p.waitFor();
    }
}
