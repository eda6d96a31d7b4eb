package org.koppel.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.koppel.core.Json;
import org.koppel.i18n.Texts;
import org.koppel.matching.Reason;

/**
 * The meetings of a period for the CSV: codes, days and answers, no people. Region and sectors are
 * the newcomer's; once the newcomer is erased, those the matching named as shared.
 */
final class MeetingRows {
    private static final List<String> COLUMNS = List.of("meeting", "status", "requested", "day", "mode", "region",
            "sectors", "took_newcomer", "took_volunteer", "useful_newcomer", "useful_volunteer", "outcomes");
    private static final String SELECT = "SELECT m.id, m.status, m.requested_at, m.starts_at, "
            + "m.starts_at IS NOT NULL OR m.proposed IS NOT NULL, m.place IS NOT NULL, m.volunteer_id IS NULL, "
            + "np.region, np.sectors, m.reasons, fn.took_place, fv.took_place, fn.usefulness, fv.usefulness, "
            + "fn.outcomes, fv.outcomes FROM meeting m LEFT JOIN newcomer_profile np ON np.person_id = m.newcomer_id "
            + "LEFT JOIN meeting_feedback fn ON fn.meeting_id = m.id AND fn.role = 'newcomer' "
            + "LEFT JOIN meeting_feedback fv ON fv.meeting_id = m.id AND fv.role = 'volunteer' WHERE "
            + Queries.MEETING_IN_PERIOD + " ORDER BY m.requested_at, m.id";

    private MeetingRows() {
    }

    static List<String> header(Texts t) {
        return COLUMNS.stream().map(c -> t.t("export.m." + c)).toList();
    }

    static List<List<Object>> read(Connection c, Period p, ZoneId zone, Texts t) throws SQLException {
        return Queries.all(c, SELECT, r -> row(r, zone, t), Queries.meetingArgs(p, zone));
    }

    private static List<Object> row(ResultSet r, ZoneId zone, Texts t) throws SQLException {
        String start = r.getString(4);
        List<Reason> reasons = r.getString(10) == null ? List.of()
                : Json.read(r.getString(10), new TypeReference<List<Reason>>() { });
        String region = r.getString(8) != null ? r.getString(8) : shared(reasons, Reason.REGION).stream()
                .findFirst().orElse(null);
        List<String> sectors = r.getString(9) != null ? Queries.codes(r.getString(9)) : shared(reasons, Reason.SECTOR);
        List<Object> row = new ArrayList<>();
        row.add(Long.toString(r.getLong(1), 36));
        row.add(Labels.code("export.status.", r.getString(2), t));
        row.add(LocalDate.ofInstant(Instant.ofEpochMilli(r.getLong(3)), zone).toString());
        row.add(start == null ? "" : start.substring(0, 10));
        row.add(mode(r.getBoolean(5), r.getBoolean(6), r.getBoolean(7), t));
        row.add(Labels.code("region.", region, t));
        row.add(Labels.codes("sector.", sectors, t));
        row.add(took(r.getString(11), t));
        row.add(took(r.getString(12), t));
        row.add(r.getObject(13) == null ? "" : r.getInt(13));
        row.add(r.getObject(14) == null ? "" : r.getInt(14));
        Set<String> outcomes = new LinkedHashSet<>(Queries.codes(r.getString(15)));
        outcomes.addAll(Queries.codes(r.getString(16)));
        List<String> ordered = new ArrayList<>(Statistics.OUTCOMES.stream().filter(outcomes::contains).toList());
        outcomes.stream().filter(o -> !ordered.contains(o)).forEach(ordered::add);
        row.add(Labels.codes("outcome.", ordered, t));
        return row;
    }

    /** No place means a video call, unless the volunteer was erased (which takes the place too). */
    private static String mode(boolean planned, boolean place, boolean volunteerErased, Texts t) {
        if (!planned || (!place && volunteerErased)) {
            return "";
        }
        return t.t(place ? "mode.in_person" : "mode.video");
    }

    private static String took(String answer, Texts t) {
        if (answer == null) {
            return "";
        }
        return t.t(switch (answer) {
            case "yes" -> "export.yes";
            case "no" -> "export.no";
            default -> "export.took." + answer;
        });
    }

    private static List<String> shared(List<Reason> reasons, String key) {
        return reasons.stream().filter(x -> key.equals(x.key())).flatMap(x -> x.codes().stream()).toList();
    }
}
