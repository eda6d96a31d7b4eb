package org.koppel.matching;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.koppel.core.Json;

/**
 * Loads what matching reads from SQLite (the newcomer, the approved volunteers who are not paused
 * with their load this month and this quarter, everyone asked before, everyone reported) and lets
 * {@link Matching} pick. Read-only.
 */
public final class Candidates {
    private static final Set<String> CONVERSATIONAL_DUTCH = Set.of("b1", "b2", "c1");

    private Candidates() {
    }

    /** The volunteer to ask now ({@link Matching#choose}: the newcomer's field first), or empty when nobody can be asked. */
    public static Optional<Match> best(Connection c, long newcomer, Instant now, ZoneId zone) throws SQLException {
        Seeker seeker = seeker(c, newcomer);
        if (seeker == null) {
            return Optional.empty();
        }
        return Matching.choose(seeker, volunteers(c, now, zone), history(c, newcomer), now);
    }

    private static Seeker seeker(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT n.region, n.meeting_mode, n.sectors, n.skills, n.goals, "
                + "n.languages, n.availability, n.dutch_level, n.completed_at, p.language FROM newcomer_profile n "
                + "JOIN person p ON p.id = n.person_id WHERE n.person_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                Set<String> languages = set(r.getString(6));
                if (CONVERSATIONAL_DUTCH.contains(r.getString(8))) {
                    languages.add("nl");
                }
                // the language they chose to read the bot in is one they speak
                languages.add(r.getString(10));
                return new Seeker(id, r.getString(1), r.getString(2), set(r.getString(3)), set(r.getString(4)),
                        set(r.getString(5)), languages, set(r.getString(7)), Instant.ofEpochMilli(r.getLong(9)));
            }
        }
    }

    private static List<Volunteer> volunteers(Connection c, Instant now, ZoneId zone) throws SQLException {
        long monthStart = now.atZone(zone).withDayOfMonth(1).toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli();
        long quarter = now.minus(Duration.ofDays(90)).toEpochMilli();
        List<Volunteer> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT v.person_id, v.region, v.meeting_mode, v.sectors, v.offers, "
                + "v.languages, v.availability, v.monthly_capacity, p.language, "
                + "(SELECT COUNT(*) FROM meeting m WHERE m.volunteer_id = v.person_id "
                + "AND m.status IN ('requested', 'accepted', 'proposed', 'confirmed', 'held', 'no_show', 'not_held') "
                + "AND m.requested_at >= ?), "
                + "(SELECT COUNT(*) FROM meeting m WHERE m.volunteer_id = v.person_id "
                + "AND m.status IN ('accepted', 'proposed', 'confirmed', 'held', 'no_show', 'not_held') "
                + "AND m.requested_at >= ?) "
                + "FROM volunteer_profile v JOIN person p ON p.id = v.person_id "
                + "WHERE v.status = 'approved' AND v.paused = 0 AND p.paused = 0 AND p.suspended = 0")) {
            s.setLong(1, monthStart);
            s.setLong(2, quarter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Set<String> languages = set(r.getString(6));
                    languages.add(r.getString(9));
                    out.add(new Volunteer(r.getLong(1), r.getString(2), r.getString(3), set(r.getString(4)), Set.of(),
                            set(r.getString(5)), languages, set(r.getString(7)), r.getInt(8), r.getInt(10),
                            r.getInt(11), true, false));
                }
            }
        }
        return out;
    }

    private static History history(Connection c, long newcomer) throws SQLException {
        Set<Long> asked = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT volunteer_id FROM meeting WHERE newcomer_id = ? "
                + "AND volunteer_id IS NOT NULL")) {
            s.setLong(1, newcomer);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    asked.add(r.getLong(1));
                }
            }
        }
        Set<Long> blocked = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT reported_id FROM report WHERE reporter_id = ? "
                + "UNION SELECT reporter_id FROM report WHERE reported_id = ?")) {
            s.setLong(1, newcomer);
            s.setLong(2, newcomer);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    blocked.add(r.getLong(1));
                }
            }
        }
        return new History(asked, blocked);
    }

    private static Set<String> set(String json) {
        return json == null ? new HashSet<>() : new HashSet<>(Json.read(json, new TypeReference<List<String>>() { }));
    }
}
