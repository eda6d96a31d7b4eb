package org.koppel.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.koppel.config.Config;
import org.koppel.core.Json;
import org.koppel.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what Koppel 0.1 stored per person into this release's conversations, once, in one
 * transaction, right after the schema migrations. A database without 0.1 rows is left alone.
 */
public final class Upgrade {
    private static final Logger log = LoggerFactory.getLogger(Upgrade.class);

    private Upgrade() {
    }

    public static void run(Database db, Config config, Clock clock) {
        int people = db.write(c -> {
            if (!exists(c)) {
                return -1;
            }
            long now = clock.millis();
            List<Legacy> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT person_id, flow, state, data, seq FROM legacy_conversation")) {
                while (r.next()) {
                    rows.add(new Legacy(r.getLong(1), r.getString(2), r.getString(3), Json.tree(r.getString(4)),
                            r.getLong(5)));
                }
            }
            Written out = new Written(c, now);
            for (Legacy row : rows) {
                if (row.flow().equals("volunteer")) {
                    LegacyVolunteer.convert(row, out, config, clock);
                } else {
                    LegacyNewcomer.convert(row, out);
                }
            }
            LegacyMeetings.orphaned(out);
            LegacyMeetings.requested(out);
            LegacyJobs.convert(c);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE legacy_conversation");
            }
            return rows.size();
        });
        if (people > 0) {
            log.info("upgraded the conversations of {} people from Koppel 0.1", people);
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'legacy_conversation'")) {
            return r.next();
        }
    }

    /** One 0.1 conversation row: the person, the flow and its state, the Draft as JSON, the live keyboard's seq. */
    record Legacy(long person, String flow, String state, JsonNode data, long seq) {
        String text(String field) {
            JsonNode n = data.path(field);
            return n.isNull() || n.isMissingNode() ? null : n.asText();
        }

        List<String> list(String field) {
            List<String> out = new ArrayList<>();
            data.path(field).forEach(n -> out.add(n.asText()));
            return out;
        }

        Long number(String field) {
            JsonNode n = data.path(field);
            return n.isNumber() ? n.asLong() : null;
        }
    }
}
