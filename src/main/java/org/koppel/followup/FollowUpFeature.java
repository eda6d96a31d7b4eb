package org.koppel.followup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koppel.conversation.Conversation;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.store.Rows;
import org.koppel.store.Statements;

/** Follow-ups after meetings and check-ins weeks later. Answers stay for the counts, without the person. */
public final class FollowUpFeature implements Feature {
    private final ZoneId zone;

    public FollowUpFeature(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new FollowUpConversation(), new CheckInConversation());
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new FollowUpWriter(zone));
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("follow_up", FollowUpFeature::export, FollowUpFeature::erase);
    }

    private static Object export(Connection c, long person) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answers", Rows.all(c, "SELECT meeting_id, role, took_place, usefulness, outcomes, comment, "
                + "again, answered_at FROM meeting_feedback WHERE person_id = ? ORDER BY answered_at", person));
        out.put("check_ins", Rows.all(c, "SELECT meeting_id, outcome, answered_at FROM checkin "
                + "WHERE person_id = ? ORDER BY answered_at", person));
        return out;
    }

    /** The counts stay (took place, how useful, outcomes); who answered and their words go. */
    private static void erase(Connection c, long person, long now, Events events) throws SQLException {
        Statements.update(c, "UPDATE meeting_feedback SET person_id = NULL, comment = NULL WHERE person_id = ?",
                person);
        Statements.update(c, "UPDATE checkin SET person_id = NULL WHERE person_id = ?", person);
    }
}
