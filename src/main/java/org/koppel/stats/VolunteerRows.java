package org.koppel.stats;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.koppel.config.Config;
import org.koppel.i18n.Texts;

/** The volunteer list for coordinators: who they are at work, where their review stands, how many meetings they held. */
final class VolunteerRows {
    private static final List<String> COLUMNS = List.of("first_name", "job_title", "organisation", "sectors",
            "languages", "region", "status", "paused", "suspended", "submitted", "held");
    private static final String SELECT = "SELECT v.first_name, v.job_title, v.organisation, v.sectors, v.languages, "
            + "v.region, v.status, v.paused = 1 OR p.paused = 1, p.suspended = 1, v.submitted_at, "
            + "(SELECT COUNT(*) FROM meeting m WHERE m.volunteer_id = v.person_id AND m.status = 'held') "
            + "FROM volunteer_profile v JOIN person p ON p.id = v.person_id ORDER BY v.submitted_at, v.person_id";

    private VolunteerRows() {
    }

    static List<String> header(Texts t) {
        return COLUMNS.stream().map(c -> t.t("export.v." + c)).toList();
    }

    static List<List<Object>> read(Connection c, Texts t, Config config) throws SQLException {
        return Queries.all(c, SELECT, r -> row(r, t, config));
    }

    private static List<Object> row(ResultSet r, Texts t, Config config) throws SQLException {
        List<Object> row = new ArrayList<>();
        row.add(Exports.safe(r.getString(1)));
        row.add(Exports.safe(r.getString(2)));
        row.add(Exports.safe(r.getString(3)));
        row.add(Labels.codes("sector.", Queries.codes(r.getString(4)), t));
        row.add(Labels.codes("spoken.", Queries.codes(r.getString(5)), t));
        row.add(Labels.code("region.", r.getString(6), t));
        row.add(Labels.code("export.vstatus.", r.getString(7), t));
        row.add(t.t(r.getBoolean(8) ? "export.yes" : "export.no"));
        row.add(t.t(r.getBoolean(9) ? "export.yes" : "export.no"));
        row.add(LocalDate.ofInstant(Instant.ofEpochMilli(r.getLong(10)), config.settings().zone()).toString());
        row.add(r.getInt(11));
        return row;
    }
}
