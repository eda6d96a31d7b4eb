package org.koppel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.stats.Report.Dimension;
import org.koppel.stats.Report.Row;

/** The statistics as coordinators see them in Telegram: a short text and a funnel chart, in their language. */
final class ChartAndTextTest {
    @TempDir
    Path dir;
    private Bot bot;
    private Report november;

    @BeforeEach
    void seed() {
        bot = new Bot(dir.resolve("k.db"), StatisticsTest.CLOCK);
        bot.write(c -> {
            World.seed(c);
            return null;
        });
        november = bot.read(c -> Statistics.read(c, World.NOVEMBER, World.ZONE));
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void theTextSaysHowManyOfThoseWhoStartedReachedEachStageInTheReadersLanguage() {
        String en = StatisticsText.render(november, bot.texts("en"), bot.koppel.config());
        assertTrue(en.startsWith("📊 Statistics Nov 1, 2026 – Nov 30, 2026"), en);
        assertTrue(en.contains("\nFound work: 1 of 8 who started (13%)"), en);
        assertTrue(en.contains("\n• Healthcare: 2 started · 1 met · 1 found work"), en);
        assertTrue(en.contains("\n• العربية: 1 started · 1 met · 0 found work"), "language names as in settings: " + en);
        assertTrue(en.contains("Meetings in this period: 6 · someone did not come: 1 · answers that disagree: 1"), en);
        assertTrue(en.contains("\n• CV or letter improved: 1"), en);
        String nl = StatisticsText.render(november, bot.texts("nl"), bot.koppel.config());
        assertTrue(nl.contains("\nWerk gevonden: 1 van 8 die begonnen (13%)"), nl);
        assertTrue(nl.contains("\n• Noord-Holland: 1 begonnen"), nl);
    }

    @Test
    void theTextStaysWellUnderTelegramsLimitWithManyLongGroups() {
        List<Row> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(new Row(Integer.toString(i), "A community with a very long name indeed, number " + i,
                    new Funnel(5, 5, 5, 5, 5, 5, 5, 5, 5)));
        }
        Map<Dimension, List<Row>> breakdowns = new java.util.EnumMap<>(Dimension.class);
        Arrays.stream(Dimension.values()).forEach(d -> breakdowns.put(d, many));
        Report big = new Report(World.NOVEMBER, november.total(), november.outcomes(), 9, 1, 1, breakdowns);
        for (String language : bot.koppel.messages().languages()) {
            String text = StatisticsText.render(big, bot.texts(language), bot.koppel.config());
            assertTrue(text.length() < 3500, language + ": " + text.length());
            assertTrue(text.contains("195"), "the rows left out are counted");
        }
    }

    @Test
    void theChartIsAPngOfSensibleSizeInEveryLanguage() throws Exception {
        for (String language : bot.koppel.messages().languages()) {
            byte[] png = FunnelChart.png(november, bot.texts(language));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image, language);
            assertEquals(Charts.WIDTH, image.getWidth(), language);
            assertEquals(Charts.HEIGHT, image.getHeight(), language);
            assertTrue(distinctColours(image) > 2, language + ": something is drawn");
        }
    }

    @Test
    void theChartPicksAnInstalledFontThatDrawsArabic() {
        String arabic = "وجدوا عملاً";
        assumeTrue(Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .anyMatch(f -> f.canDisplayUpTo(arabic) == -1), "no font for Arabic here");
        Font font = ChartFont.forTexts(List.of(arabic, "Found work"));
        assertEquals(-1, font.canDisplayUpTo(arabic), font.getFamily());
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth()).flatMap(x -> java.util.stream.IntStream
                .range(0, image.getHeight()).filter(y -> y % 7 == 0).map(y -> image.getRGB(x, y))).distinct().count();
    }
}
