package org.koppel.stats;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.koppel.i18n.Texts;

/** The funnel as a bar chart (PNG), one bar per stage, labelled in the reader's language. */
public final class FunnelChart {
    private FunnelChart() {
    }

    public static byte[] png(Report r, Texts t) {
        List<String> stages = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Stage s : Stage.values()) {
            stages.add(Charts.plain(t.t(s.labelKey())));
            counts.add(r.total().count(s));
        }
        if (t.rtl()) {
            // read from the right: the first stage stands where the reader starts
            Collections.reverse(stages);
            Collections.reverse(counts);
        }
        String title = Charts.plain(t.t("stats.chart_title")) + " · " + Charts.plain(r.period().isAllTime() ? ""
                : Labels.day(r.period().from(), t) + " – ") + Charts.plain(Labels.day(r.period().lastDay(), t));
        String axis = Charts.plain(t.t("stats.chart_axis"));
        List<String> texts = new ArrayList<>(stages);
        texts.add(title);
        texts.add(axis);
        Font font = ChartFont.forTexts(texts);
        CategoryChart chart = Charts.bars(title, axis);
        var style = chart.getStyler();
        style.setLegendVisible(false);
        style.setChartTitleFont(font.deriveFont(Font.BOLD, 20f));
        style.setAxisTitleFont(font.deriveFont(15f));
        style.setAxisTickLabelsFont(font.deriveFont(14f));
        style.setLabelsVisible(true);
        style.setLabelsFont(font.deriveFont(Font.BOLD, 14f));
        style.setXAxisLabelRotation(25);
        style.setYAxisDecimalPattern("#,##0");
        style.setYAxisMin(0.0);
        // with nobody yet the axis would have no height at all
        style.setYAxisMax(Math.max(1, Collections.max(counts)) * 1.1);
        style.setSeriesColors(new Color[] {new Color(0x2E, 0x6F, 0x9E)});
        chart.addSeries(axis, stages, counts);
        return Charts.png(chart, "funnel");
    }

}
