package org.koppel.stats;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The people still stored, read as members of the statistics: those who started in a period, or one person. */
final class Cohort {
    /** Started: pressed /start in the period as anyone but a volunteer (the role is unset until chosen). */
    private static final String STARTED_IN = "(p.role IS NULL OR p.role <> 'volunteer') AND p.created_at >= ? "
            + "AND p.created_at < ?";
    private static final String CHECKIN = "EXISTS (SELECT 1 FROM checkin k WHERE k.person_id = p.id AND k.outcome = '%s')";
    private static final String PEOPLE = "SELECT p.id, p.language, p.consent = 'yes', np.person_id IS NOT NULL, "
            + "np.region, np.sectors, EXISTS (SELECT 1 FROM meeting m WHERE m.newcomer_id = p.id), "
            + "EXISTS (SELECT 1 FROM meeting m WHERE m.newcomer_id = p.id AND " + Queries.MATCHED + "), "
            + "EXISTS (SELECT 1 FROM meeting m WHERE m.newcomer_id = p.id AND " + Queries.MET + "), "
            + CHECKIN.formatted("work") + ", " + CHECKIN.formatted("placement") + ", " + CHECKIN.formatted("study")
            + " FROM person p LEFT JOIN newcomer_profile np ON np.person_id = p.id WHERE ";
    /** Per meeting, an outcome either side reported counts once. */
    private static final String OUTCOMES = "SELECT m.newcomer_id, j.value, COUNT(DISTINCT m.id) FROM meeting m "
            + "JOIN meeting_feedback f ON f.meeting_id = m.id, json_each(f.outcomes) j "
            + "WHERE m.newcomer_id IN (SELECT p.id FROM person p WHERE %s) GROUP BY m.newcomer_id, j.value";
    private static final String MEMBERSHIPS = "SELECT x.person_id, x.community_id FROM membership x "
            + "WHERE x.person_id IN (SELECT p.id FROM person p WHERE %s) ORDER BY x.community_id";
    /** The columns of PEOPLE that say whether a stage was reached, and those stages. */
    private static final int[] COLUMNS = {3, 4, 7, 8, 9, 10, 11, 12};
    private static final Stage[] STAGES = {Stage.CONSENTED, Stage.PROFILE, Stage.ASKED, Stage.MATCHED, Stage.MET,
            Stage.WORK, Stage.PLACEMENT, Stage.STUDY};

    private Cohort() {
    }

    /** Coordinators press /start too, but are not newcomers: neither the stored ones nor those in staff. */
    static List<Member> startedIn(Connection c, long fromMillis, long toMillis, java.util.Set<Long> staff)
            throws SQLException {
        String notStaff = " AND p.id NOT IN (SELECT person_id FROM coordinator)" + (staff.isEmpty() ? ""
                : staff.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", " AND p.id NOT IN (", ")")));
        return new ArrayList<>(read(c, STARTED_IN + notStaff, fromMillis, toMillis).values());
    }

    /** One person whatever their role, as they stand now; null when unknown. */
    static Member one(Connection c, long person) throws SQLException {
        return read(c, "p.id = ?", person).get(person);
    }

    private static Map<Long, Member> read(Connection c, String where, Object... args) throws SQLException {
        Map<Long, Map<String, Integer>> outcomes = new HashMap<>();
        for (Object[] row : Queries.all(c, OUTCOMES.formatted(where), r -> new Object[] {r.getLong(1), r.getString(2),
                r.getInt(3)}, args)) {
            outcomes.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1], (Integer) row[2]);
        }
        Map<Long, List<String>> communities = new HashMap<>();
        for (long[] row : Queries.all(c, MEMBERSHIPS.formatted(where), r -> new long[] {r.getLong(1), r.getLong(2)}, args)) {
            communities.computeIfAbsent(row[0], k -> new ArrayList<>()).add(Long.toString(row[1]));
        }
        Map<Long, Member> out = new LinkedHashMap<>();
        for (Object[] row : Queries.all(c, PEOPLE + where, r -> new Object[] {r.getLong(1), member(r, outcomes, communities)},
                args)) {
            out.put((Long) row[0], (Member) row[1]);
        }
        return out;
    }

    private static Member member(ResultSet r, Map<Long, Map<String, Integer>> outcomes,
                                 Map<Long, List<String>> communities) throws SQLException {
        long id = r.getLong(1);
        Set<Stage> reached = EnumSet.of(Stage.STARTED);
        for (int i = 0; i < COLUMNS.length; i++) {
            if (r.getBoolean(COLUMNS[i])) {
                reached.add(STAGES[i]);
            }
        }
        return new Member(r.getString(2), r.getString(5), Queries.codes(r.getString(6)),
                communities.getOrDefault(id, List.of()), reached, outcomes.getOrDefault(id, Map.of()));
    }
}
