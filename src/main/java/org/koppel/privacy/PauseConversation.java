package org.koppel.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.vetting.PauseRequests;
import org.koppel.vetting.VolunteerStore;

/** /pause and /resume ("pause"), said in the words that fit: a volunteer pauses requests too. */
public final class PauseConversation implements Conversation<PauseConversation.Data, Boolean> {
    public static final String KIND = "pause";

    /** Nothing is kept: it is one step. */
    public record Data() {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    /** Whether the person is an approved volunteer. */
    @Override
    public Boolean view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        return VolunteerStore.approved(c, ctx.personId());
    }

    @Override
    public Step<Data> begin(Boolean volunteer, Input input, Context ctx) {
        if (!(input instanceof Input.Command c)) {
            return null;
        }
        boolean pause = c.name().equals("pause");
        var t = ctx.texts();
        String text = Boolean.TRUE.equals(volunteer) ? t.t(pause ? "volunteer.paused_requests" : "volunteer.resumed")
                : t.t(pause ? "paused.on" : "paused.off");
        return Step.end(new Paused(pause), new PauseRequests(pause), new Say(text));
    }
}
