package org.koppel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/**
 * Bot API updates of every kind, as JSON, from a seeded random: texts in many scripts with
 * zero-width, control and NUL characters and past 4,096 characters, commands known and unknown
 * with odd payloads, presses, edits, media, contacts, polls, group and channel posts, member
 * changes and update kinds the library does not know. Every name and text carries a marker
 * ("ZZq…") so a test can look for it in the log.
 */
final class FuzzUpdates {
    static final String MARK = "ZZq";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SCRIPTS = List.of("hallo", "مرحبا بك", "سلام دوست", "ሰላም", "Привіт", "Привет",
            "Merhaba", "Soo dhawoow", "你好", "👋🏽☕", "שלום", "नमस्ते", "Ωμέγα", "e\u0301\u0301\u0301");
    private static final List<String> ODD = List.of("\u200B", "\u200D", "\uFEFF", "\u202E", "\u2066", "\u0000", "\u0001",
            "\u001B[31m", "\r\n", "\t", "'; DROP TABLE person; --", "%s%n", "{name}", "{0}", "\\", "\"", "<b>x</b>");
    private static final List<String> COMMANDS = List.of("/start", "/profile", "/meet", "/message", "/communities",
            "/language", "/help", "/cancel", "/mydata", "/delete", "/admin", "/newevent", "/events", "/broadcast",
            "/feedback", "/introduce", "/newcommunity", "/pause", "/unknownthing", "/start@koppel_bot", "/");
    private static final List<String> PAYLOADS = List.of("", "e", "eAAAAAAAAAAAAAAAA", "o123", "sXYZ", "j", "k0", "c1",
            "x".repeat(64), "e" + "€".repeat(10), "-", "_");

    private final Random random;
    private long nextUpdate = 1;
    private int nextMessage = 1;

    FuzzUpdates(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    String marker() {
        StringBuilder b = new StringBuilder(MARK);
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    String text() {
        int kind = random.nextInt(10);
        StringBuilder b = new StringBuilder();
        if (kind == 0) {
            String unit = SCRIPTS.get(random.nextInt(SCRIPTS.size())) + " ";
            while (b.length() < 4_100 + random.nextInt(900)) {
                b.append(unit);
            }
        } else if (kind <= 2) {
            b.append(COMMANDS.get(random.nextInt(COMMANDS.size())));
            if (random.nextBoolean()) {
                b.append(' ').append(PAYLOADS.get(random.nextInt(PAYLOADS.size())));
            }
            return b.toString();
        } else if (kind == 3) {
            b.append(random.nextInt(30));
            return b.toString();
        } else {
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                b.append(SCRIPTS.get(random.nextInt(SCRIPTS.size()))).append(ODD.get(random.nextInt(ODD.size())));
            }
        }
        return b.append(' ').append(marker()).toString();
    }

    /** One update for the user; press is the callback data to send when it is a press (null: make one up). */
    ObjectNode next(long user, String name, String press) {
        ObjectNode u = JSON.createObjectNode();
        u.put("update_id", nextUpdate++);
        int kind = random.nextInt(100);
        if (press != null || kind < 15) {
            ObjectNode q = u.putObject("callback_query");
            q.put("id", "fz" + nextUpdate);
            q.set("from", user(user, name));
            q.put("chat_instance", "ci" + user);
            q.put("data", press != null ? press : garbage());
            q.set("message", message(user, "private", user(8_000_000_001L, "Koppel")));
        } else if (kind < 65) {
            ObjectNode m = message(user, "private", user(user, name));
            m.put("text", text());
            u.set("message", m);
        } else if (kind < 70) {
            ObjectNode m = message(user, "private", user(user, name));
            m.put("text", text());
            m.put("edit_date", 1_700_000_100);
            u.set("edited_message", m);
        } else if (kind < 85) {
            u.set("message", media(user, name));
        } else if (kind < 90) {
            boolean channel = random.nextBoolean();
            ObjectNode m = message(channel ? -1_000_000_000_000L - user : -user, channel ? "channel" : "supergroup",
                    user(user, name));
            m.put("text", text());
            u.set(channel ? "channel_post" : "message", m);
        } else if (kind < 95) {
            ObjectNode c = u.putObject("my_chat_member");
            c.set("chat", chat(user, "private"));
            c.set("from", user(user, name));
            c.put("date", 1_700_000_000);
            c.putObject("old_chat_member").put("status", "member").set("user", user(8_000_000_001L, "Koppel"));
            c.putObject("new_chat_member").put("status", "kicked").put("until_date", 0)
                    .set("user", user(8_000_000_001L, "Koppel"));
        } else {
            // kinds newer than the library: it must pass them by
            u.putObject(List.of("message_reaction", "chat_boost", "purchased_paid_media", "something_new")
                    .get(random.nextInt(4))).put("marker", marker());
        }
        return u;
    }

    private String garbage() {
        int kind = random.nextInt(4);
        if (kind == 0) {
            return "";
        }
        if (kind == 1) {
            return "meeting:1|1|yes|AAAAAAAAAAA";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(64); i++) {
            b.append((char) (33 + random.nextInt(94)));
        }
        return b.toString();
    }

    private ObjectNode media(long user, String name) {
        ObjectNode m = message(user, "private", user(user, name));
        switch (random.nextInt(7)) {
            case 0 -> m.putArray("photo").addObject().put("file_id", "p" + nextMessage).put("file_unique_id", "u")
                    .put("width", 90).put("height", 90);
            case 1 -> m.putObject("sticker").put("file_id", "s").put("file_unique_id", "u").put("type", "regular")
                    .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
            case 2 -> m.putObject("voice").put("file_id", "v").put("file_unique_id", "u").put("duration", 3);
            case 3 -> m.putObject("contact").put("phone_number", "+31600000000").put("first_name", marker());
            case 4 -> m.putObject("location").put("latitude", 52.09).put("longitude", 5.12);
            case 5 -> {
                ObjectNode p = m.putObject("poll");
                p.put("id", "poll" + nextMessage).put("question", marker()).put("total_voter_count", 0)
                        .put("is_closed", false).put("is_anonymous", true).put("type", "regular")
                        .put("allows_multiple_answers", false);
                p.putArray("options").addObject().put("text", "a").put("voter_count", 0);
            }
            default -> m.putObject("document").put("file_id", "d").put("file_unique_id", "u").put("file_name", marker());
        }
        if (random.nextBoolean()) {
            m.put("caption", text());
        }
        return m;
    }

    private ObjectNode message(long chat, String type, ObjectNode from) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", nextMessage++);
        m.put("date", 1_700_000_000);
        m.set("from", from);
        m.set("chat", chat(chat, type));
        return m;
    }

    private static ObjectNode chat(long id, String type) {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", id);
        c.put("type", type);
        return c;
    }

    private ObjectNode user(long id, String name) {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", id);
        u.put("is_bot", id == 8_000_000_001L);
        u.put("first_name", name);
        if (random.nextInt(4) > 0) {
            u.put("language_code", List.of("en", "nl", "ar", "ti", "de", "zz", "").get(random.nextInt(7)));
        }
        return u;
    }
}
