package org.koppel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 for tests: it queues updates for getUpdates, records every
 * method call, and answers sendMessage and editMessageText like Telegram does.
 */
final class FakeBotApi implements AutoCloseable {
    static final long BOT_ID = 999_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final FakeLimits limits = new FakeLimits();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<BotCall> calls = new ArrayList<>();
    private long nextUpdateId = 1_000;
    private long confirmedBelow;
    /** System.nanoTime() of the first getUpdates, 0 before: a bench times start-up to first poll with it. */
    private volatile long firstPoll;
    private int nextMessageId = 1;
    private volatile FakeFaults faults = new FakeFaults(0, 0);

    FakeBotApi() throws IOException {
        this(0);
    }

    /** On a given port: a test can start the bot first and the server later. */
    FakeBotApi(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    void limits(int sendsPerSecond, boolean burstsPerChat) {
        limits.set(sendsPerSecond, burstsPerChat);
    }

    void block(long chat) {
        limits.block(chat);
    }

    void failNext(long chat, int n) {
        limits.failNext(chat, n);
    }

    void throttleNext(long chat) {
        limits.throttleNext(chat);
    }

    List<FakeLimits.Refusal> refusals() {
        return limits.refusals();
    }

    /** From now on, fails this share of all calls (polls included), chosen by a seeded random. */
    void faults(double rate, long seed) {
        faults = new FakeFaults(rate, seed);
    }

    FakeFaults faults() {
        return faults;
    }

    long firstPoll() {
        return firstPoll;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized void userSends(long user, String firstName, String languageCode, String text) {
        ObjectNode m = message(nextMessageId++, user, user(user, firstName, languageCode));
        m.put("text", text);
        queue().set("message", m);
    }

    /**
     * An update the Bot API library cannot read: a message whose chat has no type and whose
     * message_id is not a number. Returns its update_id.
     */
    synchronized long unreadable(long user) {
        ObjectNode m = message(nextMessageId++, user, user(user, "Amira", "en"));
        m.put("message_id", "m" + m.path("message_id").asInt());
        ((ObjectNode) m.path("chat")).remove("type");
        m.put("text", "hello");
        ObjectNode u = queue();
        u.set("message", m);
        return u.path("update_id").asLong();
    }

    synchronized void userPresses(long user, String firstName, String languageCode, BotCall shown, String action) {
        ObjectNode q = JSON.createObjectNode();
        q.put("id", "q" + nextUpdateId);
        q.set("from", user(user, firstName, languageCode));
        q.put("chat_instance", "ci" + user);
        q.put("data", shown.dataFor(action));
        q.set("message", message(shown.body().path("message_id_sent").asInt(), user,
                user(BOT_ID, "Koppel", null)));
        queue().set("callback_query", q);
    }

    synchronized List<BotCall> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits for the first call after `after` calls of that method matching the predicate. */
    BotCall await(String method, int after, Predicate<BotCall> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                List<BotCall> seen = calls(method);
                for (int i = after; i < seen.size(); i++) {
                    if (match.test(seen.get(i))) {
                        return seen.get(i);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + method + " matching within " + timeout + "; saw " + seen.size());
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private ObjectNode queue() {
        ObjectNode u = JSON.createObjectNode();
        u.put("update_id", nextUpdateId++);
        updates.add(u);
        notifyAll();
        return u;
    }

    private static ObjectNode user(long id, String firstName, String languageCode) {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", id);
        u.put("is_bot", id == BOT_ID);
        u.put("first_name", firstName);
        if (languageCode != null) {
            u.put("language_code", languageCode);
        }
        return u;
    }

    private static ObjectNode message(int id, long chat, ObjectNode from) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", id);
        m.put("date", 1_700_000_000);
        m.set("from", from);
        ObjectNode c = m.putObject("chat");
        c.put("id", chat);
        c.put("type", "private");
        return m;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        byte[] raw = ex.getRequestBody().readAllBytes();
        FakeFaults.Kind fault = faults.next();
        if (fault != null) {
            fail(ex, fault);
            return;
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        JsonNode body = raw.length == 0 ? JSON.createObjectNode()
                : type != null && type.startsWith("multipart/form-data") ? FormData.parse(raw, type) : JSON.readTree(raw);
        JsonNode result;
        ObjectNode refused;
        try {
            if (method.equals("getupdates") && firstPoll == 0) {
                firstPoll = System.nanoTime();
            }
            refused = method.equals("getupdates") ? null : limits.refuse(method, body);
            result = refused != null ? null : method.equals("getupdates") ? poll(body) : record(method, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        ObjectNode response = refused != null ? refused : JSON.createObjectNode();
        if (refused == null) {
            response.put("ok", true);
            response.set("result", result);
        }
        byte[] out = JSON.writeValueAsBytes(response);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(refused != null ? refused.path("error_code").asInt() : 200, out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
    }

    private static void fail(HttpExchange ex, FakeFaults.Kind fault) throws IOException {
        if (fault == FakeFaults.Kind.DROPPED) {
            // no status line, no body: the client sees the connection end mid-exchange
            ex.close();
            return;
        }
        boolean html = fault == FakeFaults.Kind.HTML_PAGE;
        int code = switch (fault) {
            case SERVER_ERROR -> 500;
            case HTML_PAGE -> 502;
            default -> 429;
        };
        String body = html ? "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
                : code == 500 ? "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}"
                : "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                        + "\"parameters\":{\"retry_after\":1}}";
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", html ? "text/html" : "application/json");
        ex.sendResponseHeaders(code, out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
    }

    private synchronized JsonNode poll(JsonNode body) throws InterruptedException {
        long offset = body.path("offset").asLong(0);
        if (offset > confirmedBelow) {
            confirmedBelow = offset;
        }
        updates.removeIf(u -> u.path("update_id").asLong() < confirmedBelow);
        long deadline = System.nanoTime() + Duration.ofMillis(300).toNanos();
        while (updates.isEmpty() && System.nanoTime() < deadline) {
            wait(50);
        }
        ArrayNode out = JSON.createArrayNode();
        updates.forEach(out::add);
        notifyAll();
        return out;
    }

    private synchronized JsonNode record(String method, JsonNode body) {
        JsonNode result = JSON.getNodeFactory().booleanNode(true);
        if (method.equals("sendphoto")) {
            int id = nextMessageId++;
            ObjectNode m = message(id, body.path("chat_id").asLong(), user(BOT_ID, "Koppel", null));
            ArrayNode sizes = m.putArray("photo");
            sizes.addObject().put("file_id", body.path("photo").asText()).put("file_unique_id", "p" + id)
                    .put("width", 800).put("height", 600);
            ((ObjectNode) body).put("message_id_sent", id);
            result = m;
        } else if (method.equals("senddocument")) {
            int id = nextMessageId++;
            ObjectNode m = message(id, body.path("chat_id").asLong(), user(BOT_ID, "Koppel", null));
            ObjectNode doc = m.putObject("document");
            doc.put("file_id", "f" + id);
            doc.put("file_unique_id", "u" + id);
            doc.put("file_name", body.path("document_name").asText());
            ((ObjectNode) body).put("message_id_sent", id);
            result = m;
        } else if (method.equals("sendmessage") || method.equals("editmessagetext")) {
            int id = method.equals("sendmessage") ? nextMessageId++ : body.path("message_id").asInt();
            ObjectNode m = message(id, body.path("chat_id").asLong(), user(BOT_ID, "Koppel", null));
            m.put("text", body.path("text").asText());
            ((ObjectNode) body).put("message_id_sent", id);
            result = m;
        } else if (method.equals("getme")) {
            result = user(BOT_ID, "Koppel", null).put("username", "koppel_test_bot");
        }
        calls.add(new BotCall(method, body));
        notifyAll();
        return result;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
