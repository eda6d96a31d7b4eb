package org.koppel.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koppel.core.Json;
import org.koppel.store.Statements;

/**
 * What stays of an erased person for the counts: one erased_person row of codes and flags, no id,
 * name or text. It is written from the person's rows as they are before any part of the erasure
 * removes them, so the person keeps counting in the cohort, stages and breakdowns they were in.
 * Meetings settled after the erasure (a volunteer's late follow-up) no longer change their row.
 */
public final class ErasedPeople {
    private static final long HOUR = 3_600_000L;
    private static final String STAGES = "asked, matched, met, found_work, found_placement, found_study";
    private static final Stage[] FLAGS = {Stage.ASKED, Stage.MATCHED, Stage.MET, Stage.WORK, Stage.PLACEMENT,
            Stage.STUDY};

    private ErasedPeople() {
    }

    /** Keeps the counts of a person about to be erased; nothing when the person is unknown. */
    public static void keep(Connection c, long person, long now) throws SQLException {
        Member m = Cohort.one(c, person);
        if (m == null) {
            return;
        }
        String month = Instant.ofEpochMilli(now).atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).toString();
        Object[] flags = new Object[FLAGS.length];
        for (int i = 0; i < FLAGS.length; i++) {
            flags[i] = m.reached().contains(FLAGS[i]) ? 1 : 0;
        }
        Statements.update(c, "INSERT INTO erased_person(month, role, language, consented, profile_complete, started_at, "
                + "region, sectors, communities, outcomes, " + STAGES + ") SELECT ?, CASE WHEN EXISTS (SELECT 1 FROM coordinator "
                + "WHERE person_id = p.id) THEN 'coordinator' ELSE role END, language, consent = 'yes', "
                + "EXISTS (SELECT 1 FROM newcomer_profile WHERE person_id = p.id) "
                + "OR EXISTS (SELECT 1 FROM volunteer_profile WHERE person_id = p.id), "
                + "created_at - created_at % " + HOUR + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM person p WHERE id = ?",
                month, m.region(), Json.write(m.sectors()), Json.write(m.communities()), Json.write(m.outcomes()),
                flags[0], flags[1], flags[2], flags[3], flags[4], flags[5], person);
    }

    /** The erased people who started in the period, as anyone but a volunteer; rows from before 011 have no start. */
    static List<Member> startedIn(Connection c, long fromMillis, long toMillis) throws SQLException {
        return Queries.all(c, "SELECT language, consented, profile_complete, region, sectors, communities, outcomes, " + STAGES
                + " FROM erased_person WHERE (role IS NULL OR role NOT IN ('volunteer', 'coordinator')) AND started_at >= ? AND started_at < ?",
                ErasedPeople::member, fromMillis, toMillis);
    }

    private static Member member(ResultSet r) throws SQLException {
        Set<Stage> reached = EnumSet.of(Stage.STARTED);
        if (r.getBoolean(2)) {
            reached.add(Stage.CONSENTED);
        }
        if (r.getBoolean(3)) {
            reached.add(Stage.PROFILE);
        }
        for (int i = 0; i < FLAGS.length; i++) {
            if (r.getBoolean(8 + i)) {
                reached.add(FLAGS[i]);
            }
        }
        String outcomes = r.getString(7);
        Map<String, Integer> counted = outcomes == null ? Map.of()
                : Json.read(outcomes, new TypeReference<Map<String, Integer>>() { });
        return new Member(r.getString(1), r.getString(4), Queries.codes(r.getString(5)), Queries.codes(r.getString(6)),
                reached, counted);
    }
}
