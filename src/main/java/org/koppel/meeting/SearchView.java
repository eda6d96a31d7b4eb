package org.koppel.meeting;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.koppel.conversation.Context;
import org.koppel.core.Json;
import org.koppel.matching.Candidates;
import org.koppel.matching.Match;
import org.koppel.matching.Matching;
import org.koppel.matching.Reason;
import org.koppel.profile.ProfileData;
import org.koppel.profile.ProfileStore;
import org.koppel.vetting.VolunteerStore;

/**
 * What the newcomer's search reads: their saved profile (null until confirmed), the meeting they
 * already have going (and with whom), and, when it looks for someone, the volunteer matching picks
 * with a fresh meeting id to ask them under.
 */
record SearchView(ProfileData profile, Meeting going, String goingWith, Proposal proposal, boolean paused,
                  boolean suspended, boolean volunteer) {

    /**
     * The volunteer matching picked, the id the request will have, why them (JSON), whether they come
     * from another field, the newcomer's fields and the newcomer's goals the volunteer's offers serve.
     */
    record Proposal(long meeting, long volunteer, String reasons, boolean otherField, List<String> fields,
                    List<String> goals) {
    }

    static SearchView read(Connection c, long newcomer, boolean match, Context ctx) throws SQLException {
        ProfileData profile = ProfileStore.read(c, newcomer);
        Meeting going = going(c, newcomer, ctx);
        String with = null;
        if (going != null && going.volunteer() != null) {
            var v = VolunteerStore.read(c, going.volunteer());
            with = v == null ? null : v.firstName();
        }
        Proposal proposal = null;
        boolean paused = MeetingStore.matchingPaused(c);
        boolean suspended = suspended(c, newcomer);
        if (match && profile != null && !paused && !suspended) {
            ZoneId zone = ctx.config().settings().zone();
            Optional<Match> best = Candidates.best(c, newcomer, ctx.now(), zone);
            if (best.isPresent()) {
                // 40 random bits: unique enough, and short in base 36 inside Telegram's 64-byte button data
                long id = 1 + (ctx.random().nextLong() >>> 24);
                Match m = best.get();
                proposal = new Proposal(id, m.volunteer().id(), Json.write(m.reasons()), m.otherField(),
                        codes(m, Reason.OTHER_FIELD, Reason.SECTOR), Matching.goalsServed(profile.goals, codes(m, Reason.OFFER, Reason.OFFER)));

            }
        }
        return new SearchView(profile, going, with, proposal, paused, suspended, VolunteerStore.isVolunteer(c, newcomer));
    }

    /** The codes of the first of the two reasons the match has. */
    private static List<String> codes(Match m, String key, String orKey) {
        for (String k : List.of(key, orKey)) {
            for (Reason r : m.reasons()) {
                if (r.key().equals(k)) {
                    return r.codes();
                }
            }
        }
        return List.of();
    }

    /** Whether a coordinator suspended the newcomer: then nobody is asked for them. */
    private static boolean suspended(Connection c, long newcomer) throws SQLException {
        var s = org.koppel.store.Statements.prepare(c, "SELECT 1 FROM person WHERE id = ? AND suspended = 1");
        s.setLong(1, newcomer);
        try (var r = s.executeQuery()) {
            return r.next();
        }
    }

    /** A meeting the newcomer already has: being planned, or confirmed and not over yet. */
    private static Meeting going(Connection c, long newcomer, Context ctx) throws SQLException {
        Duration length = Duration.ofMinutes(ctx.config().settings().meetingMinutes());
        for (Meeting m : MeetingStore.open(c, newcomer)) {
            boolean over = m.status() == Meeting.Status.CONFIRMED && m.startTime() != null
                    && !m.startTime().atZone(m.zoneId()).toInstant().plus(length).isAfter(ctx.now());
            if (m.isNewcomer(newcomer) && !over) {
                return m;
            }
        }
        return null;
    }

    boolean complete() {
        return profile != null;
    }
}
