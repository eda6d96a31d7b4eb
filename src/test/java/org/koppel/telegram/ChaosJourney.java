package org.koppel.telegram;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * One newcomer's journey over the fake Bot API: the whole welcome and profile, then (every third
 * one) /delete. Each step waits for its reply after the previous one in the chat, so a reply
 * lost or sent out of order shows as a step that never ends. Returns null when done, else what
 * went wrong.
 */
final class ChaosJourney {
    private final FakeBotApi api;
    private final Path db;
    private final long id;
    private final String name;
    private final boolean deletes;
    private final ChaosChat chat;

    ChaosJourney(FakeBotApi api, Path db, long id, int n) {
        this.api = api;
        this.db = db;
        this.id = id;
        this.name = name(n);
        this.deletes = deletes(n);
        this.chat = new ChaosChat(api, id, name, "en");
    }

    ChaosChat chat() {
        return chat;
    }

    /** The name this journey types, so the checks can find it stored. */
    static String name(int n) {
        return "Sam" + n;
    }

    static boolean deletes(int n) {
        return n % 3 == 2;
    }

    /** The whole welcome and profile, then /delete for every third; null when done, else what went wrong. */
    String run() throws Exception {
        try {
            onboard();
            if (deletes) {
                chat.say("/delete", c -> c.actions().contains("yes"));
                chat.pressOnly("yes");
                // the goodbye is not stored (documented), so a kill can take it: the row going is what counts
                long deadline = System.nanoTime() + ChaosChat.STEP.toNanos();
                while (personExists()) {
                    if (System.nanoTime() > deadline) {
                        return "still stored " + ChaosChat.STEP + " after /delete";
                    }
                    Thread.sleep(200);
                }
            }
            return null;
        } catch (AssertionError e) {
            return e.getMessage();
        }
    }

    void onboard() throws Exception {
        chat.say("/start", c -> c.actions().contains("continue"));
        chat.press("continue", c -> c.actions().contains("role:newcomer"));
        chat.press("role:newcomer", c -> c.actions().contains("yes"));
        chat.press("yes", c -> c.actions().contains("name:tg"));
        chat.say(name, c -> c.actions().contains("p:nl-ut"));
        chat.press("p:nl-ut", c -> c.actions().contains("skip"));
        chat.press("skip", c -> c.actions().contains("t:healthcare"));
        chat.toggle("t:healthcare");
        chat.press("done", c -> c.actions().contains("skip") && !c.actions().contains("t:healthcare"));
        chat.say("Nurse", c -> c.actions().contains("p:5to10"));
        chat.press("p:5to10", c -> c.actions().contains("t:nursing"));
        chat.toggle("t:nursing");
        chat.press("done", c -> c.actions().contains("skip") && !c.actions().contains("t:nursing"));
        chat.press("skip", c -> c.actions().contains("p:bachelor"));
        chat.press("p:bachelor", c -> c.actions().contains("p:a2"));
        chat.press("p:a2", c -> c.actions().contains("t:ar"));
        chat.toggle("t:ar");
        chat.press("done", c -> c.actions().contains("t:job"));
        chat.toggle("t:job");
        chat.press("done", c -> c.actions().contains("t:weekday_evening"));
        chat.toggle("t:weekday_evening");
        chat.press("done", c -> c.actions().contains("p:either"));
        chat.press("p:either", c -> c.actions().contains("confirm"));
        chat.press("confirm", c -> c.actions().equals(List.of("go")));
    }

    private boolean personExists() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM person WHERE id = ?")) {
            s.setLong(1, id);
            return s.executeQuery().next();
        }
    }
}
