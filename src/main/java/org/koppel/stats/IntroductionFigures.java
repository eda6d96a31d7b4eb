package org.koppel.stats;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.koppel.i18n.Texts;

/**
 * Whether the volunteers' networks open: over the coffee meetings held in a period, how many led
 * to an introduction, how many introductions there were (and the newcomer confirmed), how many
 * per meeting, and of those confirmed how many talked and how many turned into work, a placement
 * or study.
 */
public record IntroductionFigures(int meetingsHeld, int withIntroduction, int recorded, int confirmed, int talked,
                                  int work) {

    /** Introductions of the meetings held in the period (by the meeting's day), whenever recorded. */
    public static IntroductionFigures read(Connection c, Period p) throws SQLException {
        String held = "m.status = 'held' AND substr(m.starts_at, 1, 10) >= ?1 AND substr(m.starts_at, 1, 10) <= ?2";
        return Queries.all(c, "SELECT (SELECT COUNT(*) FROM meeting m WHERE " + held + "), "
                + "(SELECT COUNT(DISTINCT i.meeting_id) FROM introduction i JOIN meeting m ON m.id = i.meeting_id WHERE "
                + held + " AND i.status <> 'not_right'), "
                + "(SELECT COUNT(*) FROM introduction i JOIN meeting m ON m.id = i.meeting_id WHERE " + held
                + " AND i.status <> 'not_right'), "
                + "(SELECT COUNT(*) FROM introduction i JOIN meeting m ON m.id = i.meeting_id WHERE " + held
                + " AND i.status = 'confirmed'), "
                + "(SELECT COUNT(*) FROM introduction i JOIN meeting m ON m.id = i.meeting_id WHERE " + held
                + " AND i.status = 'confirmed' AND i.talked = 'yes'), "
                + "(SELECT COUNT(*) FROM introduction i JOIN meeting m ON m.id = i.meeting_id WHERE " + held
                + " AND i.status = 'confirmed' AND i.result IN ('work', 'placement', 'study'))",
                r -> new IntroductionFigures(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6)),
                p.from().toString(), p.lastDay().toString()).get(0);
    }

    /** The introductions part of the statistics message ("" before any meeting was held). */
    public String text(Texts t) {
        if (meetingsHeld == 0 && recorded == 0) {
            return "";
        }
        String perMeeting = meetingsHeld == 0 ? "–" : String.format(Locale.forLanguageTag(t.language()), "%.1f",
                (double) recorded / meetingsHeld);
        return "\n\n" + t.t("stats.introductions", "held", meetingsHeld, "with", withIntroduction, "count", recorded,
                "per_meeting", perMeeting, "confirmed", confirmed, "talked", talked, "work", work);
    }
}
