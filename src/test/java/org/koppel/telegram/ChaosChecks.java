package org.koppel.telegram;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What must hold after a chaos run, read from the database file and the fake server's record. */
final class ChaosChecks {
    private ChaosChecks() {
    }

    /** Every answered step kept: each profile complete with the typed name, each /delete carried out. */
    static List<String> afterwards(FakeBotApi api, Path db, int journeys, long first) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (int n = 0; n < journeys; n++) {
                long id = first + n;
                String stored = firstName(c, id);
                if (ChaosJourney.deletes(n)) {
                    if (stored != null || count(c, "SELECT count(*) FROM person WHERE id = ?", id) > 0) {
                        problems.add("person " + n + " asked to be deleted and is still stored");
                    }
                } else if (!ChaosJourney.name(n).equals(stored)) {
                    problems.add("person " + n + ": profile name " + stored + ", typed " + ChaosJourney.name(n));
                } else if (count(c, "SELECT count(*) FROM newcomer_profile WHERE person_id = ? AND sectors LIKE "
                        + "'%healthcare%' AND skills LIKE '%nursing%' AND languages LIKE '%ar%'", id) != 1) {
                    problems.add("person " + n + ": an answered choice is missing from the profile");
                }
            }
            long unhandled = count(c, "SELECT count(*) FROM inbox WHERE status = 'new'");
            if (unhandled > 0) {
                problems.add(unhandled + " updates stored but never handled");
            }
        }
        return problems;
    }

    /** How many messages starting so this chat got, copies included (both reminders read the same). */
    static long all(FakeBotApi api, long chat, String start) {
        return api.calls("sendmessage").stream().filter(c -> c.chatId() == chat && c.text().startsWith(start)).count();
    }

    /** How many different messages starting so this chat got (a resent copy counts once). */
    static long distinct(FakeBotApi api, long chat, String start) {
        return api.calls("sendmessage").stream().filter(c -> c.chatId() == chat && c.text().startsWith(start))
                .map(BotCall::text).distinct().count();
    }

    /**
     * The meeting confirmed once, each side reminded twice (day before, two hours before; more only
     * as a resend of what was in flight at a kill) with one card each, one event with one guest
     * checked in, and the broadcast at every member.
     */
    static List<String> crossing(FakeBotApi api, Path db, long newcomer, long volunteer, List<Long> members,
            String broadcast, int kills) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            long confirmed = count(c, "SELECT count(*) FROM meeting WHERE status = 'confirmed' AND newcomer_id = ?", newcomer);
            if (confirmed != 1) {
                problems.add(confirmed + " confirmed meetings for the newcomer, not 1");
            }
            long events = count(c, "SELECT count(*) FROM event");
            long guests = count(c, "SELECT count(*) FROM event_guest WHERE checked_in_at IS NOT NULL");
            if (events != 1 || guests != 1) {
                problems.add(events + " events and " + guests + " checked in, not one of each");
            }
        }
        for (long side : List.of(newcomer, volunteer)) {
            // the two reminders have the same words; a third copy can only be an in-flight resend after a kill
            long reminders = all(api, side, "⏰");
            if (reminders < 2 || reminders > 2 + (long) ChaosRun.IN_FLIGHT * kills) {
                problems.add(side + " got " + reminders + " reminders, not 2");
            }
            long cards = api.calls("senddocument").stream().filter(d -> d.chatId() == side).map(BotCall::document)
                    .distinct().count();
            if (cards != 1) {
                problems.add(side + " got " + cards + " different meeting cards, not 1");
            }
        }
        for (long m : members) {
            if (api.calls("sendmessage").stream().noneMatch(x -> x.chatId() == m && x.text().contains(broadcast))) {
                problems.add("member " + m + " never got the broadcast");
            }
        }
        return problems;
    }

    /** Messages that arrived twice in a row in one chat (same text, same buttons): the in-flight resends. */
    static int duplicates(FakeBotApi api) {
        Map<Long, String> last = new HashMap<>();
        int twice = 0;
        for (BotCall c : api.calls("sendmessage")) {
            if (c.text().startsWith("⏰")) {
                // the day-before and two-hours-before reminders read the same: counted in crossing()
                continue;
            }
            String key = c.text() + "|" + c.body().path("reply_markup");
            if (key.equals(last.put(c.chatId(), key))) {
                twice++;
                if (Boolean.getBoolean("chaos.verbose")) {
                    System.out.println("twice to " + c.chatId() + ": " + c.text());
                }
            }
        }
        return twice;
    }

    private static String firstName(Connection c, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT first_name FROM newcomer_profile WHERE person_id = ?")) {
            s.setLong(1, id);
            ResultSet r = s.executeQuery();
            return r.next() ? r.getString(1) : null;
        }
    }

    private static long count(Connection c, String sql, long... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setLong(i + 1, args[i]);
            }
            ResultSet r = s.executeQuery();
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
