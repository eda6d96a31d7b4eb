package org.koppel.relay;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koppel.conversation.Conversation;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.core.Route;
import org.koppel.store.Rows;
import org.koppel.store.Statements;

/** /message through the bot, and reports on what was written. */
public final class RelayFeature implements Feature {
    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new RelayConversation(), new ReportConversation());
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RelayConversation.COMMAND, RelayConversation.KIND));
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new RelayWriter());
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("messages", RelayFeature::export, RelayFeature::erase);
    }

    private static Object export(Connection c, long person) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("you_wrote", Rows.all(c, "SELECT meeting_id, sent_at, text FROM relay WHERE from_id = ? "
                + "ORDER BY sent_at", person));
        out.put("you_reported", Rows.all(c, "SELECT meeting_id, relay_sent_at, reported_at FROM report "
                + "WHERE reporter_id = ? ORDER BY reported_at", person));
        return out;
    }

    /** Messages to or from the person go; a report stays as a count, without either side. */
    private static void erase(Connection c, long person, long now, Events events) throws SQLException {
        Statements.update(c, "DELETE FROM relay WHERE from_id = ? OR to_id = ?", person, person);
        Statements.update(c, "UPDATE report SET text = NULL WHERE reporter_id = ? OR reported_id = ?", person, person);
        // 0 stands for someone erased, so the report is still counted
        Statements.update(c, "UPDATE report SET reporter_id = 0 WHERE reporter_id = ?", person);
        Statements.update(c, "UPDATE report SET reported_id = 0 WHERE reported_id = ?", person);
    }
}
