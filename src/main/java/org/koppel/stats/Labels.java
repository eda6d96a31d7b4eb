package org.koppel.stats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.koppel.config.Config;
import org.koppel.config.Language;
import org.koppel.i18n.Texts;
import org.koppel.stats.Report.Dimension;
import org.koppel.stats.Report.Row;

/** Codes as the reader reads them: the labels the profile shows, language names, dates in their language. */
final class Labels {
    private Labels() {
    }

    /** A row's label; config gives language names in their own script, without it the spoken.* labels serve. */
    static String row(Dimension d, Row r, Texts t, Config config) {
        if (r.code().equals(Report.NONE)) {
            return t.t("stats.none." + d.name().toLowerCase(Locale.ROOT));
        }
        return switch (d) {
            case LANGUAGE -> config == null ? code("spoken.", r.code(), t)
                    : config.settings().language(r.code()).map(Language::name).orElse(r.code());
            case REGION -> code("region.", r.code(), t);
            case SECTOR -> code("sector.", r.code(), t);
            // a name a coordinator typed: kept in its own direction inside right-to-left texts
            case COMMUNITY -> r.name() == null ? t.t("stats.community_gone") : shortened(r.name());
        };
    }

    /** Long names would push the message past Telegram's 4096 characters. */
    private static String shortened(String name) {
        return name.codePointCount(0, name.length()) <= 40 ? name
                : name.substring(0, name.offsetByCodePoints(0, 39)) + "…";
    }

    /** The label of a code under a prefix, or the code itself when a newer release stored one unknown here. */
    static String code(String prefix, String code, Texts t) {
        return code == null ? "" : t.has(prefix + code) ? t.t(prefix + code) : code;
    }

    static String codes(String prefix, List<String> codes, Texts t) {
        return String.join(t.t("list.separator"), codes.stream().map(c -> code(prefix, c, t)).toList());
    }

    /** "23 nov 2026" in the reader's language. */
    static String day(LocalDate day, Texts t) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(t.language()))
                .format(day);
    }

    static String title(Period p, Texts t) {
        return p.isAllTime() ? t.t("stats.title_all", "to", day(p.lastDay(), t))
                : t.t("stats.title", "from", day(p.from(), t), "to", day(p.lastDay(), t));
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }
}
