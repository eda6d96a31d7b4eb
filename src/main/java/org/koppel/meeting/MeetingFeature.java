package org.koppel.meeting;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Event;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.core.Route;

/** Coffee meetings: the newcomer's search, both sides of every meeting, and the meeting records. */
public final class MeetingFeature implements Feature {
    private final ZoneId zone;
    private final String followUpKind;

    public MeetingFeature(ZoneId zone, String followUpKind) {
        this.zone = zone;
        this.followUpKind = followUpKind;
    }

    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new SearchConversation(), new MeetingConversation(followUpKind));
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("meet", SearchConversation.KIND));
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new MeetingWriter(zone));
    }

    @Override
    public Map<String, Class<? extends Event>> events() {
        return Map.of("meeting.changed", MeetingEvent.class);
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("meetings", MeetingFeature::export, this::erase);
    }

    private static Object export(Connection c, long person) throws SQLException {
        return MeetingExport.of(c, person);
    }

    /**
     * Meetings still ahead are called off with a word to the other side; one that has
     * already taken place stays what it was. The rows stay for the counts, without the person.
     */
    private void erase(Connection c, long person, long now, Events events) throws SQLException {
        for (Meeting m : MeetingStore.open(c, person)) {
            boolean past = m.status() == Meeting.Status.CONFIRMED
                    && m.startTime().atZone(m.zoneId()).toInstant().toEpochMilli() <= now;
            if (!past) {
                MeetingWriter.change(c, m.id(), new MeetingCommand.Cancel(person, "left", -1), null, now, events,
                        zone);
            }
        }
        MeetingStore.forget(c, person);
    }
}
