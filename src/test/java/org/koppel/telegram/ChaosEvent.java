package org.koppel.telegram;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * The event journey of the chaos run: a coordinator creates a salon for the demo community, a
 * member answers Going (and gets the calendar file), then opens the check-in link at the door.
 * Null when done, else what went wrong.
 */
final class ChaosEvent {
    private ChaosEvent() {
    }

    static String salon(ChaosChat coordinator, ChaosChat member, long community, Path db) throws Exception {
        try {
            coordinator.say("/newevent", c -> true);
            coordinator.say("Chaos salon", c -> c.actions().contains("kind:salon"));
            coordinator.press("kind:salon", c -> c.actions().stream().anyMatch(a -> a.startsWith("day:")));
            // the last day offered, so the salon is ahead whatever the hour
            String day = coordinator.shown.actions().stream().filter(a -> a.startsWith("day:")).reduce((a, b) -> b)
                    .orElseThrow();
            coordinator.press(day, c -> true);
            coordinator.say("18:30", c -> c.actions().contains("video"));
            coordinator.say("Bibliotheek Neude, Utrecht", c -> c.actions().contains("cap:0"));
            coordinator.say("40", c -> c.actions().stream().anyMatch(a -> a.startsWith("l:")));
            coordinator.toggle("l:ar");
            coordinator.press("done", c -> c.actions().contains("c:" + community));
            coordinator.toggle("c:" + community);
            coordinator.press("done", c -> c.actions().contains("create"));
            coordinator.pressOnly("create");

            member.shown = member.await("sendmessage", c -> c.actions().contains("going"));
            member.pressOnly("going");
            member.await("senddocument", c -> c.document().contains("BEGIN:VCALENDAR"));
            member.say("/start e" + token(db), c -> c.actions().contains("checkin") || checkedIn(db, member.id));
            if (!checkedIn(db, member.id)) {
                member.pressOnly("checkin");
            }
            long deadline = System.nanoTime() + ChaosChat.STEP.toNanos();
            while (!checkedIn(db, member.id)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("not checked in");
                }
                Thread.sleep(100);
            }
            return null;
        } catch (AssertionError e) {
            return "event: " + e.getMessage();
        } catch (Exception e) {
            return "event: " + e;
        }
    }

    private static String token(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT token FROM event")) {
            if (!r.next()) {
                throw new AssertionError("no event stored");
            }
            return r.getString(1);
        }
    }

    static boolean checkedIn(Path db, long person) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT 1 FROM event_guest WHERE checked_in_at IS NOT NULL "
                     + "AND person_id = " + person)) {
            return r.next();
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}
