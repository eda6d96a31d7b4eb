package org.koppel.stats;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.koppel.stats.Report.Dimension;
import org.koppel.stats.Report.Row;

/**
 * Reads the statistics of a period. The cohort is everyone who first wrote to the bot in the
 * period as anyone but a volunteer, stored or erased, each counted at every stage they reached
 * so far; meeting counts (no-shows, disagreements) are over the meetings of the period instead.
 */
public final class Statistics {
    /** The follow-up's outcome codes in the order it asks them (org.koppel.followup.Questions). */
    public static final List<String> OUTCOMES = List.of("interview", "offer", "placement", "training", "introductions",
            "cv", "another_meeting", "nothing");

    private Statistics() {
    }

    public static Report read(Connection c, Period p, ZoneId zone) throws SQLException {
        return read(c, p, zone, java.util.Set.of());
    }

    /** The same, leaving out the coordinators given (those from the configuration), who are not newcomers. */
    public static Report read(Connection c, Period p, ZoneId zone, java.util.Set<Long> staff) throws SQLException {
        long from = p.fromMillis(zone);
        long to = p.toMillis(zone);
        List<Member> cohort = new ArrayList<>(Cohort.startedIn(c, from, to, staff));
        cohort.addAll(ErasedPeople.startedIn(c, from, to));
        Map<String, String> communities = new HashMap<>();
        for (String[] row : Queries.all(c, "SELECT id, name FROM community", r -> new String[] {r.getString(1),
                r.getString(2)})) {
            communities.put(row[0], row[1]);
        }
        int[] meetings = Queries.all(c, "SELECT COUNT(*), COALESCE(SUM(m.status = 'no_show' OR EXISTS (SELECT 1 FROM "
                + "meeting_feedback f WHERE f.meeting_id = m.id AND f.took_place = 'no_show')), 0), "
                + "COALESCE(SUM(EXISTS (SELECT 1 FROM meeting_feedback a JOIN meeting_feedback b "
                + "ON b.meeting_id = a.meeting_id AND b.role = 'volunteer' WHERE a.meeting_id = m.id "
                + "AND a.role = 'newcomer' AND a.took_place <> b.took_place)), 0) FROM meeting m WHERE "
                + Queries.MEETING_IN_PERIOD, r -> new int[] {r.getInt(1), r.getInt(2), r.getInt(3)},
                Queries.meetingArgs(p, zone)).get(0);
        return new Report(p, total(cohort), outcomes(cohort), meetings[0], meetings[1], meetings[2],
                breakdowns(cohort, communities));
    }

    private static Funnel total(List<Member> cohort) {
        Funnel f = Funnel.EMPTY;
        for (Member m : cohort) {
            f = f.plus(m.reached());
        }
        return f;
    }

    private static Map<String, Integer> outcomes(List<Member> cohort) {
        Map<String, Integer> out = new LinkedHashMap<>();
        OUTCOMES.forEach(o -> out.put(o, 0));
        // codes a later follow-up may add still count, after the known ones
        Map<String, Integer> other = new TreeMap<>();
        for (Member m : cohort) {
            m.outcomes().forEach((code, n) -> (out.containsKey(code) ? out : other).merge(code, n, Integer::sum));
        }
        out.putAll(other);
        return out;
    }

    private static Map<Dimension, List<Row>> breakdowns(List<Member> cohort, Map<String, String> communities) {
        Map<Dimension, List<Row>> out = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            Map<String, Funnel> by = new HashMap<>();
            for (Member m : cohort) {
                List<String> values = values(m, d);
                for (String v : values.isEmpty() ? List.of(Report.NONE) : values) {
                    by.merge(v, Funnel.EMPTY.plus(m.reached()), Funnel::plus);
                }
            }
            out.put(d, by.entrySet().stream()
                    .map(e -> new Row(e.getKey(), d == Dimension.COMMUNITY ? communities.get(e.getKey()) : null,
                            e.getValue()))
                    .sorted(Comparator.comparingInt((Row r) -> -r.funnel().started()).thenComparing(Row::code))
                    .toList());
        }
        return out;
    }

    private static List<String> values(Member m, Dimension d) {
        return switch (d) {
            case LANGUAGE -> m.language() == null ? List.of() : List.of(m.language());
            case REGION -> m.region() == null ? List.of() : List.of(m.region());
            case SECTOR -> m.sectors().stream().distinct().toList();
            case COMMUNITY -> m.communities().stream().distinct().toList();
        };
    }
}
