package org.koppel.stats;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.koppel.i18n.Texts;

/**
 * What came of the events held in a period, each counted from two sources kept apart so nothing
 * is counted twice: what people who came said when asked afterwards (an appointment made, whether
 * it took place, what came of it), and the appointments planned at the organisations' tables.
 */
public final class EventFigures {
    /** Events shown in the message, the most recent first; the chart shows as many. */
    static final int TOP = 6;

    /**
     * One event: invited people going, who came (checked in); asked afterwards: appointments made,
     * taken place, led to work, a placement or study; at the tables: profiles left, appointments
     * asked for, planned, taken place, led to work, a placement or study.
     */
    public record Line(String name, LocalDate day, boolean cancelled, int going, int came, int made, int held, int work,
                       int left, int asked, int planned, int tableHeld, int tableWork) {
        /** Appointments from both sources: made (said afterwards) and planned at the tables. */
        public int appointments() {
            return made + planned;
        }

        public int tookPlace() {
            return held + tableHeld;
        }

        public int toWork() {
            return work + tableWork;
        }
    }

    private EventFigures() {
    }

    /** Events whose day falls in the period, the most recent first. */
    public static List<Line> read(Connection c, Period p) throws SQLException {
        return Queries.all(c, "SELECT e.name, substr(e.starts_at, 1, 10), e.status = 'cancelled', "
                + "(SELECT COUNT(*) FROM event_guest g WHERE g.event_id = e.id AND g.answer = 'going'), "
                + "(SELECT COUNT(*) FROM event_guest g WHERE g.event_id = e.id AND g.checked_in_at IS NOT NULL), "
                + "(SELECT COUNT(*) FROM event_outcome o WHERE o.event_id = e.id AND o.appointment IS NOT NULL "
                + "AND o.appointment <> 'none'), "
                + "(SELECT COUNT(*) FROM event_outcome o WHERE o.event_id = e.id AND o.result IS NOT NULL "
                + "AND o.result <> 'not_held'), "
                + "(SELECT COUNT(*) FROM event_outcome o WHERE o.event_id = e.id AND o.result IN ('work', 'placement', "
                + "'study')), "
                + "(SELECT COUNT(*) FROM appointment a JOIN stand s ON s.id = a.stand_id WHERE s.event_id = e.id), "
                + "(SELECT COUNT(*) FROM appointment a JOIN stand s ON s.id = a.stand_id WHERE s.event_id = e.id "
                + "AND a.status <> 'left'), "
                + "(SELECT COUNT(*) FROM appointment a JOIN stand s ON s.id = a.stand_id WHERE s.event_id = e.id "
                + "AND a.status IN ('confirmed', 'held', 'not_held')), "
                + "(SELECT COUNT(*) FROM appointment a JOIN stand s ON s.id = a.stand_id WHERE s.event_id = e.id "
                + "AND a.status = 'held'), "
                + "(SELECT COUNT(*) FROM appointment a JOIN stand s ON s.id = a.stand_id WHERE s.event_id = e.id "
                + "AND a.result IN ('work', 'placement', 'study')) "
                + "FROM event e WHERE substr(e.starts_at, 1, 10) >= ? AND substr(e.starts_at, 1, 10) <= ? "
                + "ORDER BY e.starts_at DESC", r -> new Line(r.getString(1), LocalDate.parse(r.getString(2)),
                r.getBoolean(3), r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8), r.getInt(9),
                r.getInt(10), r.getInt(11), r.getInt(12), r.getInt(13)), p.from().toString(), p.lastDay().toString());
    }

    /** The events part of the statistics message ("" when there were none). */
    public static String text(List<Line> events, Texts t) {
        if (events.isEmpty()) {
            return "";
        }
        int came = events.stream().mapToInt(Line::came).sum();
        int appointments = events.stream().mapToInt(Line::appointments).sum();
        int held = events.stream().mapToInt(Line::tookPlace).sum();
        int work = events.stream().mapToInt(Line::toWork).sum();
        StringBuilder out = new StringBuilder("\n\n").append(t.t("stats.events", "count", events.size(), "came", came,
                "appointments", appointments, "held", held, "work", work));
        for (Line e : events.subList(0, Math.min(TOP, events.size()))) {
            out.append('\n').append(t.t(e.cancelled() ? "stats.event_cancelled" : "stats.event", "name", e.name(),
                    "day", Labels.day(e.day(), t), "going", e.going(), "came", e.came()));
            if (!e.cancelled()) {
                out.append('\n').append(t.t("stats.event_after", "made", e.made(), "held", e.held(), "work", e.work()));
                if (e.left() > 0) {
                    out.append('\n').append(t.t("stats.event_tables", "left", e.left(), "asked", e.asked(),
                            "planned", e.planned(), "held", e.tableHeld(), "work", e.tableWork()));
                }
            }
        }
        if (events.size() > TOP) {
            out.append('\n').append(t.t("stats.more", "count", events.size() - TOP));
        }
        return out.toString();
    }
}
