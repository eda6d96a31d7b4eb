package org.koppel.app.upgrade;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Keys;
import org.koppel.core.Inbound;
import org.koppel.core.Json;
import org.koppel.core.Update;
import org.koppel.meeting.Change;
import org.koppel.meeting.MeetingConversation;
import org.koppel.meeting.MeetingEvent;
import org.koppel.meeting.SearchConversation;
import org.koppel.meeting.SideData;
import org.koppel.store.Statements;

/**
 * Gives every open meeting both its sides. In 0.1 only the newcomer's conversation followed a
 * meeting; a volunteer's request, card or queued planning had no state of its own. A volunteer
 * who still has to propose times, and never saw the question (it was queued), is asked now.
 */
final class LegacyMeetings {
    private LegacyMeetings() {
    }

    private record Open(long id, long newcomer, long volunteer, String status, String why) {
    }

    /**
     * 0.1 erased a volunteer without touching their meetings. Such a meeting still open is called
     * off as one whose person left, and whoever is still there hears so as the bot starts.
     */
    static void orphaned(Written out) throws SQLException {
        List<Open> gone = new ArrayList<>();
        try (PreparedStatement s = out.c.prepareStatement("SELECT id, IFNULL(newcomer_id, 0), IFNULL(volunteer_id, 0), "
                + "status, why FROM meeting WHERE status IN ('requested', 'accepted', 'proposed', 'confirmed') AND ("
                + "newcomer_id NOT IN (SELECT id FROM person) OR volunteer_id NOT IN (SELECT id FROM person))");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                gone.add(new Open(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5)));
            }
        }
        for (Open m : gone) {
            Statements.update(out.c, "UPDATE meeting SET status = 'cancelled', why = 'left', version = version + 1, "
                    + "newcomer_id = (SELECT id FROM person WHERE id = newcomer_id), "
                    + "volunteer_id = (SELECT id FROM person WHERE id = volunteer_id), updated_at = ? WHERE id = ?",
                    out.now, m.id());
            for (long survivor : new long[] {m.newcomer(), m.volunteer()}) {
                if (exists(out, survivor)) {
                    String key = survivor == m.newcomer() && m.status().equals("requested") ? SearchConversation.KIND
                            : Keys.of(MeetingConversation.KIND, m.id());
                    inject(out, "left:" + m.id(), survivor, key,
                            new MeetingEvent(m.id(), Change.CANCELLED, 0, "left", 0));
                }
            }
        }
    }

    private static boolean exists(Written out, long person) throws SQLException {
        try (PreparedStatement s = out.c.prepareStatement("SELECT 1 FROM person WHERE id = ?")) {
            s.setLong(1, person);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    static void requested(Written out) throws SQLException {
        List<Open> open = new ArrayList<>();
        try (PreparedStatement s = out.c.prepareStatement("SELECT id, newcomer_id, volunteer_id, status, why FROM meeting "
                + "WHERE status IN ('requested', 'accepted', 'proposed', 'confirmed') AND newcomer_id IS NOT NULL "
                + "AND volunteer_id IS NOT NULL"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                open.add(new Open(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5)));
            }
        }
        for (Open m : open) {
            String key = Keys.of(MeetingConversation.KIND, m.id());
            if (!out.hasSide(m.volunteer(), key)) {
                String state = switch (m.status()) {
                    case "requested", "accepted" -> "ASKED";
                    case "proposed" -> "WAITING";
                    default -> "CONFIRMED";
                };
                out.conversation(m.volunteer(), key, state, SideData.NONE, 0, 0);
                if (m.status().equals("accepted")) {
                    ask(out, m, key);
                }
            }
            if (!m.status().equals("requested") && !out.hasSide(m.newcomer(), key)) {
                String state = switch (m.status()) {
                    case "proposed" -> "CHOOSING";
                    case "confirmed" -> "CONFIRMED";
                    default -> "WAITING";
                };
                out.conversation(m.newcomer(), key, state, SideData.NONE, 0, 0);
            }
        }
    }

    /** The acceptance again, for the volunteer's side alone: it goes on to ask for times. */
    private static void ask(Written out, Open m, String key) throws SQLException {
        inject(out, "upgrade:" + m.id(), m.volunteer(), key,
                new MeetingEvent(m.id(), Change.ACCEPTED, m.volunteer(), m.why(), 0));
    }

    /** An event for one conversation, handled as the bot starts, as if the meeting had just told it. */
    private static void inject(Written out, String source, long to, String key, MeetingEvent e) throws SQLException {
        Update u = new Update(source + ":" + to, to, to, true, null, null,
                new Inbound.Event(key, "meeting.changed", Json.write(e), e.by()));
        Statements.update(out.c, "INSERT OR IGNORE INTO inbox(source_key, chat_id, payload, received_at) "
                + "VALUES (?, ?, ?, ?)", u.sourceKey(), u.chatId(), Json.write(u), out.now);
    }
}
