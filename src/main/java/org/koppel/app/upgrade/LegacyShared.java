package org.koppel.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Keys;
import org.koppel.followup.Feedback;
import org.koppel.followup.FollowUpConversation;
import org.koppel.relay.RelayConversation;
import org.koppel.relay.RelayData;

/** What both 0.1 flows held beside their state: follow-ups being answered and a /message being written. */
final class LegacyShared {
    private LegacyShared() {
    }

    /** Each follow-up being answered becomes the person's follow-up conversation of that meeting, where it was. */
    static void followUps(Upgrade.Legacy r, Written out) throws SQLException {
        for (JsonNode f : r.data().path("feedback")) {
            List<String> outcomes = new ArrayList<>();
            f.path("outcomes").forEach(o -> outcomes.add(o.asText()));
            String took = f.path("tookPlace").isNull() ? null : f.path("tookPlace").asText(null);
            Integer useful = f.path("usefulness").isNumber() ? f.path("usefulness").asInt() : null;
            boolean commenting = f.path("commenting").asBoolean(false);
            String state = took == null ? "HELD" : useful == null ? "USEFUL" : commenting ? "COMMENT" : "OUTCOMES";
            out.conversation(r.person(), Keys.of(FollowUpConversation.KIND, f.path("meeting").asLong()), state,
                    new Feedback(f.path("role").asText(), took, useful, outcomes), 0,
                    state.equals("COMMENT") ? Written.WAITING : 0);
        }
    }

    /** A message being written after /message: the next text still goes to that person. */
    static void compose(Upgrade.Legacy r, Written out) throws SQLException {
        JsonNode to = r.data().path("compose");
        if (to.isObject()) {
            out.conversation(r.person(), RelayConversation.KIND, "WRITE", new RelayData(
                    List.of(to.path("meeting").asLong()), 0), 0, Written.LIVE + 1);
        }
    }
}
