package org.koppel.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /health and /metrics over plain HTTP on 127.0.0.1 only: they are for monitoring on the same
 * host (or through a tunnel or proxy the operator sets up), never open to the network.
 */
public final class OpsServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
    private final HttpServer server;
    private final ExecutorService pool;

    private OpsServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /** Listens on 127.0.0.1 at this port; 0 takes any free one (tests). */
    public static OpsServer start(int port, Health health, Meters meters) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        // two threads: a slow health write never holds up a scrape
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "koppel-health");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", ex -> answer(ex, health, meters));
        server.start();
        log.info("health and metrics on http://{}:{}/", server.getAddress().getHostString(), server.getAddress().getPort());
        return new OpsServer(server, pool);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static void answer(HttpExchange ex, Health health, Meters meters) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET")) {
                send(ex, 405, "text/plain; charset=utf-8", "GET only\n");
                return;
            }
            switch (ex.getRequestURI().getPath()) {
                case "/health" -> {
                    Health.Report r = health.check();
                    send(ex, r.status(), "application/json", r.json());
                }
                case "/metrics" -> send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", meters.scrape());
                default -> send(ex, 404, "text/plain; charset=utf-8", "/health or /metrics\n");
            }
        } catch (RuntimeException e) {
            log.error("{} {} failed: {}", ex.getRequestMethod(), ex.getRequestURI().getPath(), e.getClass().getName());
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
