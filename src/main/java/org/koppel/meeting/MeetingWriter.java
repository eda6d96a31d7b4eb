package org.koppel.meeting;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Keys;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.vetting.VolunteerStore;

/**
 * Applies meeting commands where they are stored: the meeting is read in the write transaction,
 * changed by {@link Meetings} and written over the version it was read at, so of two changes
 * only the first applies and the second is refused. Both people's conversations are told.
 */
public final class MeetingWriter implements EffectWriter {
    private final ZoneId zone;

    MeetingWriter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public boolean write(Connection c, long person, Effect effect, long now, Events events) throws SQLException {
        if (effect instanceof MeetingChange ch) {
            change(c, ch.meeting(), ch.command(), ch.replyKey(), now, events);
            return true;
        }
        return false;
    }

    /** Applies one command; the asker hears of a refusal at replyKey (nobody when null). */
    static void change(Connection c, long id, MeetingCommand command, String replyKey, long now, Events events,
                       ZoneId zone) throws SQLException {
        Meeting before = MeetingStore.load(c, id);
        // matching chose from the last commit; the volunteer may have paused or left since
        Meetings.Result r = command instanceof MeetingCommand.Request q && !VolunteerStore.available(c, q.volunteer())
                ? new Meetings.Result(null, Change.REJECTED, "unavailable")
                : Meetings.apply(before, id, command, Instant.ofEpochMilli(now), zone);
        if (r.applied() && (r.after() == before || MeetingStore.save(c, before, r.after(), now))) {
            tell(r.after(), before, r.change(), command.by(), events);
        } else if (replyKey != null && command.by() != 0) {
            events.send(command.by(), replyKey, new MeetingEvent(id, Change.REJECTED, command.by(),
                    r.refused() == null ? "changed" : r.refused(), 0));
        }
    }

    /**
     * A new meeting for a pair that met, when both said they want to meet again and nothing is open
     * between them yet; the volunteer goes straight to proposing times.
     */
    public static void again(Connection c, long id, long newcomer, long volunteer, long by, long now, Events events,
                             ZoneId zone) throws SQLException {
        for (Meeting m : MeetingStore.open(c, newcomer)) {
            if (m.volunteer() != null && m.volunteer() == volunteer) {
                return;
            }
        }
        change(c, id, new MeetingCommand.Again(by, newcomer, volunteer), null, now, events, zone);
    }

    private void change(Connection c, long id, MeetingCommand command, String replyKey, long now, Events events)
            throws SQLException {
        change(c, id, command, replyKey, now, events, zone);
    }

    /**
     * Who hears of a change, and in which conversation: while a request is open the newcomer's
     * side is their search ("meet"), afterwards their own "meeting:&lt;id&gt;"; the volunteer's is
     * always "meeting:&lt;id&gt;". An erased person hears nothing.
     */
    private static void tell(Meeting m, Meeting before, Change change, long by, Events events) {
        MeetingEvent e = new MeetingEvent(m.id(), change, by, m.why(), m.plan());
        String side = Keys.of(MeetingConversation.KIND, m.id());
        boolean asked = before == null ? m.status() == Meeting.Status.REQUESTED
                : before.status() == Meeting.Status.REQUESTED;
        if (m.newcomer() != null && change != Change.REQUESTED) {
            events.send(m.newcomer(), asked ? SearchConversation.KIND : side, e);
        }
        if (m.volunteer() != null) {
            events.send(m.volunteer(), side, e);
        }
    }
}
