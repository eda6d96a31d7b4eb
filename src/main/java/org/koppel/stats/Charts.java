package org.koppel.stats;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** What the coordinators' charts share: size, headless drawing, text without direction marks, PNG bytes. */
final class Charts {
    static final int WIDTH = 1000;
    static final int HEIGHT = 640;

    static {
        // drawn in memory on a server: there is no display, and AWT must not look for one
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /** An empty bar chart on white; making it here sets headless drawing before AWT starts. */
    static CategoryChart bars(String title, String axis) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(axis).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        return chart;
    }

    /** Without the direction marks a message carries: Java lays the text out itself, and a mark may draw as a box. */
    static String plain(String s) {
        return s.replaceAll("[\u200E\u200F\u2066-\u2069]", "");
    }

    static byte[] png(CategoryChart chart, String what) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the " + what + " chart", e);
        }
    }
}
