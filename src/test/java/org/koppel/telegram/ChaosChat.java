package org.koppel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * One person's side of a chat with the bot over the fake Bot API, for the chaos journeys. Each
 * reply is looked for after the previous reply in the whole record, so a reply that is lost or
 * comes out of order leaves the step waiting until it fails.
 */
final class ChaosChat {
    /** Long enough for several restarts and backoffs in a row. */
    static final Duration STEP = Duration.ofSeconds(120);

    private final FakeBotApi api;
    final long id;
    private final String name;
    private final String language;
    BotCall shown;
    private int after;

    ChaosChat(FakeBotApi api, long id, String name, String language) {
        this.api = api;
        this.id = id;
        this.name = name;
        this.language = language;
    }

    void say(String text, Predicate<BotCall> next) throws InterruptedException {
        api.userSends(id, name, language, text);
        shown = await("sendmessage", next);
    }

    void press(String action, Predicate<BotCall> next) throws InterruptedException {
        api.userPresses(id, name, language, shown, action);
        shown = await("sendmessage", next);
    }

    /** A press whose visible result goes to someone else. */
    void pressOnly(String action) {
        api.userPresses(id, name, language, shown, action);
    }

    /** A multi-select press: the message (its text and buttons, or only its buttons) is edited to show the tick. */
    void toggle(String action) throws InterruptedException {
        int texts = api.calls("editmessagetext").size();
        int markups = api.calls("editmessagereplymarkup").size();
        api.userPresses(id, name, language, shown, action);
        BotCall e = null;
        long deadline = System.nanoTime() + STEP.toNanos();
        while (e == null) {
            e = first(api.calls("editmessagetext"), texts);
            e = e != null ? e : first(api.calls("editmessagereplymarkup"), markups);
            if (e == null && System.nanoTime() > deadline) {
                throw new AssertionError(name + ": no tick after pressing " + action);
            }
            Thread.sleep(20);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) e.body()).put("message_id_sent",
                shown.body().path("message_id_sent").asInt());
        shown = e;
    }

    private BotCall first(List<BotCall> calls, int from) {
        for (int i = from; i < calls.size(); i++) {
            if (calls.get(i).chatId() == id && calls.get(i).body().toString().contains("✓")) {
                return calls.get(i);
            }
        }
        return null;
    }

    /** The next message of that method to this chat after the previous reply that matches. */
    BotCall await(String method, Predicate<BotCall> next) throws InterruptedException {
        return method.equals("sendmessage") ? awaitFrom(method, after, next, true) : awaitFrom(method, 0, next, false);
    }

    private BotCall awaitFrom(String method, int from, Predicate<BotCall> next, boolean advance)
            throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (true) {
            List<BotCall> sent = api.calls(method);
            for (int i = from; i < sent.size(); i++) {
                BotCall c = sent.get(i);
                if (c.chatId() == id && next.test(c)) {
                    if (advance) {
                        after = i + 1;
                    }
                    return c;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + ": no " + method + " after " + (shown == null ? "the start" : shown.text()));
            }
            Thread.sleep(20);
        }
    }
}
