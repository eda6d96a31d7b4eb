package org.koppel.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.koppel.config.Config;
import org.koppel.i18n.Texts;
import org.koppel.stats.Report.Dimension;
import org.koppel.stats.Report.Row;

/**
 * CSV files for coordinators, headers in the reader's language. Each starts with a byte order
 * mark so spreadsheet programs read it as UTF-8 (Arabic, Cyrillic and Ethiopic names intact);
 * quoting is Commons CSV's. The statistics and meetings carry no names, ids of people or texts.
 */
public final class Exports {
    private Exports() {
    }

    /** The report as one table: the funnel of everyone and of each group, then outcomes and meeting counts. */
    public static String statistics(Report r, Texts t) {
        List<String> header = new ArrayList<>(List.of(t.t("export.section"), t.t("export.item")));
        for (Stage s : Stage.values()) {
            header.add(t.t(s.labelKey()));
        }
        header.add(t.t("export.count"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(funnel(t.t("export.total"), "", r.total()));
        for (Dimension d : Dimension.values()) {
            for (Row row : r.rows(d)) {
                rows.add(funnel(t.t(d.labelKey()), safe(Labels.row(d, row, t, null)), row.funnel()));
            }
        }
        r.outcomes().forEach((code, n) -> rows.add(count(t.t("export.outcomes"), Labels.code("outcome.", code, t), n)));
        rows.add(count(t.t("export.meetings"), "", r.meetings()));
        rows.add(count(t.t("export.no_shows"), "", r.noShows()));
        rows.add(count(t.t("export.disagreements"), "", r.disagreements()));
        return csv(header, rows);
    }

    /** The meetings of the period, one row each; see {@link MeetingRows}. */
    public static String meetings(Connection c, Period p, ZoneId zone, Texts t) throws SQLException {
        return csv(MeetingRows.header(t), MeetingRows.read(c, p, zone, t));
    }

    /** Every volunteer who signed up, for coordinators; see {@link VolunteerRows}. */
    public static String volunteers(Connection c, Texts t, Config config) throws SQLException {
        return csv(VolunteerRows.header(t), VolunteerRows.read(c, t, config));
    }

    private static List<Object> funnel(String section, String item, Funnel f) {
        List<Object> row = new ArrayList<>(List.of(section, item));
        for (Stage s : Stage.values()) {
            row.add(f.count(s));
        }
        row.add("");
        return row;
    }

    private static List<Object> count(String section, String item, int n) {
        List<Object> row = new ArrayList<>(List.of(section, item));
        row.addAll(Collections.nCopies(Stage.values().length, ""));
        row.add(n);
        return row;
    }

    /**
     * Something a person typed, made safe to open in a spreadsheet: a leading =, +, - or @ would
     * make it a formula (which can run commands), so it gets a leading apostrophe instead.
     */
    static String safe(String typed) {
        if (typed == null || typed.isEmpty()) {
            return typed == null ? "" : typed;
        }
        return "=+-@\t\r".indexOf(typed.charAt(0)) >= 0 ? "'" + typed : typed;
    }

    static String csv(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV to memory", e);
        }
        return out.toString();
    }
}
