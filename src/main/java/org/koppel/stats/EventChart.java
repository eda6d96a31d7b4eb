package org.koppel.stats;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;
import org.knowm.xchart.CategoryChart;
import org.koppel.i18n.Texts;

/** The recent events side by side (PNG): who came, appointments, those that took place, and work, a placement or study. */
public final class EventChart {
    private static final Color[] COLOURS = {new Color(0x2E, 0x6F, 0x9E), new Color(0xE0, 0x8E, 0x2B),
        new Color(0x4C, 0x9A, 0x55), new Color(0x8E, 0x44, 0xAD)};

    private EventChart() {
    }

    /** null when there is no event to draw. */
    public static byte[] png(List<EventFigures.Line> all, Texts t) {
        List<EventFigures.Line> events = new ArrayList<>(all.stream().filter(e -> !e.cancelled())
                .limit(EventFigures.TOP).toList());
        if (events.isEmpty()) {
            return null;
        }
        // oldest on the reading side's start
        Collections.reverse(events);
        if (t.rtl()) {
            Collections.reverse(events);
        }
        List<String> names = events.stream().map(e -> Charts.plain(e.name().length() > 24 ? e.name().substring(0, 23) + "…"
                : e.name()) + " · " + Charts.plain(Labels.day(e.day(), t))).toList();
        String title = Charts.plain(t.t("stats.events_chart_title"));
        String axis = Charts.plain(t.t("stats.events_chart_axis"));
        List<String> texts = new ArrayList<>(names);
        texts.add(title);
        texts.add(axis);
        Font font = ChartFont.forTexts(texts);
        CategoryChart chart = Charts.bars(title, axis);
        var style = chart.getStyler();
        style.setChartTitleFont(font.deriveFont(Font.BOLD, 20f));
        style.setAxisTitleFont(font.deriveFont(15f));
        style.setAxisTickLabelsFont(font.deriveFont(13f));
        style.setLegendFont(font.deriveFont(13f));
        style.setLabelsVisible(true);
        style.setLabelsFont(font.deriveFont(Font.BOLD, 12f));
        style.setXAxisLabelRotation(15);
        style.setYAxisDecimalPattern("#,##0");
        style.setYAxisMin(0.0);
        style.setSeriesColors(COLOURS);
        int max = 1;
        List<String> keys = List.of("stats.events_series.came", "stats.events_series.appointments",
                "stats.events_series.held", "stats.events_series.work");
        List<ToIntFunction<EventFigures.Line>> values = List.of(EventFigures.Line::came, EventFigures.Line::appointments,
                EventFigures.Line::tookPlace, EventFigures.Line::toWork);
        for (int i = 0; i < keys.size(); i++) {
            List<Integer> counts = events.stream().map(values.get(i)::applyAsInt).toList();
            max = Math.max(max, Collections.max(counts));
            chart.addSeries(Charts.plain(t.t(keys.get(i))), names, counts);
        }
        // with nobody yet the axis would have no height at all
        style.setYAxisMax(max * 1.15);
        return Charts.png(chart, "events");
    }

}
