package org.koppel.stats;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

/**
 * A font that has glyphs for the chart's texts. Java's logical fonts only cover what the system's
 * font configuration maps them to: on the Debian image the bot was built on only DejaVu is
 * installed, which draws Latin, Cyrillic and Arabic (shaped and right to left by Java) but no
 * Ethiopic, so Tigrinya comes out as boxes unless a font such as Noto Sans Ethiopic
 * (fonts-noto-core) or Abyssinica SIL is installed. The first preferred family that draws every
 * text wins; otherwise the installed family that misses the fewest characters.
 */
final class ChartFont {
    private static final List<String> PREFERRED = List.of("Noto Sans", "Noto Sans Ethiopic", "Noto Sans Arabic",
            "Abyssinica SIL", "DejaVu Sans", Font.SANS_SERIF);
    private static volatile Set<String> installed;

    private ChartFont() {
    }

    static Font forTexts(List<String> texts) {
        String all = String.join("", texts);
        String best = Font.SANS_SERIF;
        long fewest = Long.MAX_VALUE;
        for (String family : candidates()) {
            long missing = missing(new Font(family, Font.PLAIN, 12), all);
            if (missing < fewest) {
                best = family;
                fewest = missing;
            }
            if (missing == 0) {
                break;
            }
        }
        return new Font(best, Font.PLAIN, 14);
    }

    private static List<String> candidates() {
        Set<String> families = families();
        List<String> out = new java.util.ArrayList<>(PREFERRED.stream()
                .filter(f -> f.equals(Font.SANS_SERIF) || families.contains(f)).toList());
        families.stream().sorted().filter(f -> !out.contains(f)).forEach(out::add);
        return out;
    }

    private static Set<String> families() {
        Set<String> known = installed;
        if (known == null) {
            known = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            installed = known;
        }
        return known;
    }

    private static long missing(Font font, String text) {
        return text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !font.canDisplay(cp)).count();
    }
}
