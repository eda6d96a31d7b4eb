package org.koppel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The fake Bot API's rules for sends: Telegram's rate limits, and failures a test asks for. */
final class FakeLimits {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server refused: a 429 for going over a limit, or an injected failure. */
    record Refusal(String method, long chatId, int code) {
    }

    private final java.util.ArrayDeque<Long> recentSends = new java.util.ArrayDeque<>();
    private final java.util.Map<Long, java.util.ArrayDeque<Long>> recentToChat = new java.util.HashMap<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final java.util.Set<Long> blocked = new java.util.HashSet<>();
    private final java.util.Map<Long, Integer> serverErrors = new java.util.HashMap<>();
    private final java.util.Map<Long, Integer> throttles = new java.util.HashMap<>();
    private int perSecond = Integer.MAX_VALUE;
    private boolean perChat;

    /**
     * Like Telegram: more than perSecond sends in any second get 429, and with perChat so does a
     * fourth send to one chat within a second (Telegram allows about one a second, with short
     * bursts: a reply of three messages is fine, a stream is not).
     */
    synchronized void set(int sendsPerSecond, boolean burstsPerChat) {
        perSecond = sendsPerSecond;
        perChat = burstsPerChat;
    }

    /** Sends to these chats fail with 403, as when the person blocked the bot. */
    synchronized void block(long chat) {
        blocked.add(chat);
    }

    /** The next n sends to this chat fail with 502. */
    synchronized void failNext(long chat, int n) {
        serverErrors.put(chat, n);
    }

    /** The next send to this chat gets 429 with retry_after 1, whatever the rate. */
    synchronized void throttleNext(long chat) {
        throttles.put(chat, 1);
    }

    synchronized List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    /** The error Telegram would answer with, or null to accept; accepted sends count against the limits. */
    synchronized ObjectNode refuse(String method, JsonNode body) {
        if (!method.startsWith("send")) {
            return null;
        }
        long chat = body.path("chat_id").asLong();
        long now = System.nanoTime();
        while (!recentSends.isEmpty() && now - recentSends.peekFirst() >= 1_000_000_000L) {
            recentSends.pollFirst();
        }
        int code = 0;
        if (blocked.contains(chat)) {
            code = 403;
        } else if (serverErrors.getOrDefault(chat, 0) > 0) {
            serverErrors.merge(chat, -1, Integer::sum);
            code = 502;
        } else if (throttles.remove(chat) != null || recentSends.size() >= perSecond
                || perChat && inLastSecond(chat, now) >= 3) {
            code = 429;
        }
        if (code == 0) {
            recentSends.addLast(now);
            recentToChat.computeIfAbsent(chat, k -> new java.util.ArrayDeque<>()).addLast(now);
            return null;
        }
        refusals.add(new Refusal(method, chat, code));
        ObjectNode error = JSON.createObjectNode();
        error.put("ok", false);
        error.put("error_code", code);
        error.put("description", code == 403 ? "Forbidden: bot was blocked by the user"
                : code == 429 ? "Too Many Requests: retry after 1" : "Bad Gateway");
        if (code == 429) {
            error.putObject("parameters").put("retry_after", 1);
        }
        return error;
    }

    private int inLastSecond(long chat, long now) {
        java.util.ArrayDeque<Long> q = recentToChat.get(chat);
        while (q != null && !q.isEmpty() && now - q.peekFirst() >= 1_000_000_000L) {
            q.pollFirst();
        }
        return q == null ? 0 : q.size();
    }
}
