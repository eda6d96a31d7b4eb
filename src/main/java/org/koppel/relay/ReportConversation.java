package org.koppel.relay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.admin.CaseConversation;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.conversation.Tell;

/**
 * Report under a relayed message ("report:&lt;sender&gt;.&lt;sent at&gt;"): the message is looked up
 * (only its receiver finds it), the report stored, every coordinator told with what was written,
 * and the reporter thanked. It keeps no state: each press ends where it began.
 */
public final class ReportConversation implements Conversation<ReportConversation.Data, ReportConversation.Found> {
    public static final String KIND = "report";

    /** Nothing is kept. */
    public record Data() {
    }

    /** The reported message as the receiver got it, and the reporter's first name; null when gone. */
    public record Found(long from, String fromName, long meeting, long sentAt, String text, String reporter) {
    }

    static String key(long sender, long sentAt) {
        return Keys.of(KIND, Long.toString(sender, 36) + "." + Long.toString(sentAt, 36));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public Found view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        String[] id = Keys.id(key).split("\\.");
        Long from = Keys.base36(id[0]);
        Long sentAt = id.length == 2 ? Keys.base36(id[1]) : null;
        if (from == null || sentAt == null) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT from_name, meeting_id, text FROM relay "
                + "WHERE from_id = ? AND sent_at = ? AND to_id = ?")) {
            s.setLong(1, from);
            s.setLong(2, sentAt);
            s.setLong(3, ctx.personId());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Found(from, r.getString(1), r.getLong(2), sentAt, r.getString(3),
                        Partners.name(c, ctx.personId())) : null;
            }
        }
    }

    @Override
    public Set<Long> about(Data data, Found found, Context ctx) {
        return found == null ? Set.of() : Set.of(found.from());
    }

    @Override
    public Step<Data> begin(Found m, Input input, Context ctx) {
        if (!(input instanceof Input.Choice)) {
            return null;
        }
        var t = ctx.texts();
        if (m == null) {
            return Step.end(new Say(t.t("report.missing")), Edit.clearButtons());
        }
        String reporter = m.reporter() == null ? ctx.senderFirstName() : m.reporter();
        List<Effect> effects = new ArrayList<>();
        long report = 1 + (ctx.random().nextLong() >>> 24);
        effects.add(new Reported(report, m.from(), m.meeting(), m.sentAt(), m.text()));
        String caseKey = Keys.of(CaseConversation.KIND, report);
        for (long coordinator : ctx.coordinators()) {
            effects.add(new Tell(coordinator, caseKey, o -> CaseConversation.card(reporter, m.fromName(), m.text(), o),
                    null, Set.of(ctx.personId(), m.from())));
        }
        effects.add(Edit.clearButtons());
        effects.add(new Say(t.t("report.thanks", "name", m.fromName())));
        return Step.end(effects);
    }
}
