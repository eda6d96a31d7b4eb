package org.koppel.meeting;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
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
import java.util.Set;
import org.koppel.core.Json;
import org.koppel.flow.Input;
import org.koppel.flow.Lookup;
import org.koppel.matching.History;
import org.koppel.matching.Match;
import org.koppel.matching.Matching;
import org.koppel.matching.Seeker;
import org.koppel.matching.Volunteer;
import org.koppel.store.Database;

/**
 * Answers "match": loads the newcomer, the approved volunteers and their recent load from
 * SQLite and lets {@link Matching} pick. Read-only; the request itself is written by the step.
 */
public final class MeetingLookup implements Lookup {
    public static final String MATCH = "match";
    public static final String PROPOSAL = "meet.proposal";
    public static final String NONE = "meet.none";
    private static final Set<String> CONVERSATIONAL_DUTCH = Set.of("b1", "b2", "c1");
    private static final ObjectMapper LISTS = new ObjectMapper();
    private final Database db;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();

    public MeetingLookup(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    @Override
    public Input.Event answer(String what, long personId, Instant now) {
        if (what.startsWith(RelayLookup.RELAY)) {
            return db.read(c -> RelayLookup.find(c, what, personId));
        }
        if (!what.equals(MATCH)) {
            throw new IllegalArgumentException("unknown lookup " + what);
        }
        return db.read(c -> {
            Seeker seeker = seeker(c, personId);
            if (seeker == null) {
                return new Input.Event(NONE, "", 0);
            }
            List<Match> best = Matching.rank(seeker, volunteers(c, now), history(c, personId), now, 1);
            if (best.isEmpty()) {
                return new Input.Event(NONE, "", 0);
            }
            Match m = best.get(0);
            // 40 random bits: unique enough, and short in base 36 inside Telegram's 64-byte button data
            long meeting = 1 + (random.nextLong() >>> 24);
            Proposal p = new Proposal(meeting, m.volunteer().id(), name(c, m.volunteer().id()), m.reasons());
            return new Input.Event(PROPOSAL, Json.write(p), 0);
        });
    }

    private static Seeker seeker(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT region, meeting_mode, sectors, skills, goals, languages, "
                + "availability, dutch_level, completed_at FROM newcomer_profile WHERE person_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                Set<String> languages = set(r.getString(6));
                if (CONVERSATIONAL_DUTCH.contains(r.getString(8))) {
                    languages.add("nl");
                }
                return new Seeker(id, r.getString(1), r.getString(2), set(r.getString(3)), set(r.getString(4)),
                        set(r.getString(5)), languages, set(r.getString(7)), Instant.ofEpochMilli(r.getLong(9)));
            }
        }
    }

    private List<Volunteer> volunteers(Connection c, Instant now) throws SQLException {
        long monthStart = now.atZone(zone).withDayOfMonth(1).toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli();
        long quarter = now.minus(Duration.ofDays(90)).toEpochMilli();
        List<Volunteer> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT v.person_id, v.region, v.meeting_mode, v.sectors, v.offers, "
                + "v.languages, v.availability, v.monthly_capacity, "
                + "(SELECT COUNT(*) FROM meeting m WHERE m.volunteer_id = v.person_id "
                + "AND m.status IN ('requested', 'accepted', 'confirmed') AND m.requested_at >= ?), "
                + "(SELECT COUNT(*) FROM meeting m WHERE m.volunteer_id = v.person_id "
                + "AND m.status IN ('accepted', 'confirmed') AND m.requested_at >= ?) "
                + "FROM volunteer_profile v WHERE v.status = 'approved' AND v.paused = 0")) {
            s.setLong(1, monthStart);
            s.setLong(2, quarter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Volunteer(r.getLong(1), r.getString(2), r.getString(3), set(r.getString(4)), Set.of(),
                            set(r.getString(5)), set(r.getString(6)), set(r.getString(7)), r.getInt(8), r.getInt(9),
                            r.getInt(10), true, false));
                }
            }
        }
        return out;
    }

    private static History history(Connection c, long newcomer) throws SQLException {
        Set<Long> asked = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT volunteer_id FROM meeting WHERE newcomer_id = ?")) {
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

    private static String name(Connection c, long volunteer) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT first_name FROM volunteer_profile WHERE person_id = ?")) {
            s.setLong(1, volunteer);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }

    private static Set<String> set(String json) {
        if (json == null) {
            return new HashSet<>();
        }
        try {
            return new HashSet<>(LISTS.readValue(json, new TypeReference<List<String>>() { }));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored list is not JSON", e);
        }
    }
}
