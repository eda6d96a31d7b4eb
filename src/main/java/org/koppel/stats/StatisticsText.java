package org.koppel.stats;

import java.util.List;
import java.util.Map;
import org.koppel.config.Config;
import org.koppel.i18n.Texts;
import org.koppel.stats.Report.Dimension;
import org.koppel.stats.Report.Row;

/** The statistics as one Telegram message in the reader's language, the top rows of each breakdown only. */
public final class StatisticsText {
    /** Rows shown per breakdown; the CSV has them all. */
    static final int TOP = 5;

    private StatisticsText() {
    }

    /** Plain text; the right-to-left mark is added where every message gets it. */
    public static String render(Report r, Texts t, Config config) {
        StringBuilder out = new StringBuilder(Labels.title(r.period(), t));
        int started = r.total().started();
        out.append("\n\n").append(t.t("stats.cohort", "count", started));
        if (started == 0) {
            out.append('\n').append(t.t("stats.empty"));
        }
        for (Stage s : Stage.values()) {
            if (started > 0 && s != Stage.STARTED) {
                int n = r.total().count(s);
                out.append('\n').append(t.t("stats.line", "stage", t.t(s.labelKey()), "count", n, "total", started,
                        "percent", Labels.percent(n, started)));
            }
        }
        outcomes(out, r.outcomes(), t);
        out.append("\n\n").append(t.t("stats.meetings", "count", r.meetings(), "no_shows", r.noShows(),
                "disagreements", r.disagreements()));
        for (Dimension d : Dimension.values()) {
            breakdown(out, d, r.rows(d), t, config);
        }
        return out.toString();
    }

    private static void outcomes(StringBuilder out, Map<String, Integer> outcomes, Texts t) {
        List<Map.Entry<String, Integer>> some = outcomes.entrySet().stream().filter(e -> e.getValue() > 0).toList();
        out.append("\n\n").append(t.t(some.isEmpty() ? "stats.no_outcomes" : "stats.outcomes"));
        for (var e : some) {
            out.append('\n').append(t.t("stats.item", "label", Labels.code("outcome.", e.getKey(), t), "count",
                    e.getValue()));
        }
    }

    private static void breakdown(StringBuilder out, Dimension d, List<Row> rows, Texts t, Config config) {
        if (rows.isEmpty()) {
            return;
        }
        out.append("\n\n").append(t.t("stats.heading", "title", t.t(d.labelKey())));
        for (Row row : rows.subList(0, Math.min(TOP, rows.size()))) {
            Funnel f = row.funnel();
            out.append('\n').append(t.t("stats.row", "label", Labels.row(d, row, t, config), "started", f.started(),
                    "met", f.met(), "work", f.work()));
        }
        if (rows.size() > TOP) {
            out.append('\n').append(t.t("stats.more", "count", rows.size() - TOP));
        }
    }
}
