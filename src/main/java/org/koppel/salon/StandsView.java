package org.koppel.salon;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.event.Event;
import org.koppel.event.EventStore;
import org.koppel.store.Statements;

/** An event's stands as its organiser reads them, each with how many left a profile and asked for an appointment. */
record StandsView(Event event, List<Line> stands, String base) {
    record Line(Stand stand, int left, int asked) {
    }

    static StandsView read(Connection c, long event, String base) throws SQLException {
        Event e = EventStore.load(c, event);
        if (e == null) {
            return null;
        }
        List<Line> lines = new ArrayList<>();
        for (Stand s : SalonStore.ofEvent(c, event)) {
            var q = Statements.prepare(c, "SELECT COUNT(*), COALESCE(SUM(status <> 'left'), 0) FROM appointment "
                    + "WHERE stand_id = ?");
            q.setLong(1, s.id());
            try (var r = q.executeQuery()) {
                r.next();
                lines.add(new Line(s, r.getInt(1), r.getInt(2)));
            }
        }
        return new StandsView(e, lines, base);
    }

    Stand stand(long id) {
        return stands.stream().map(Line::stand).filter(s -> s.id() == id).findFirst().orElse(null);
    }
}
