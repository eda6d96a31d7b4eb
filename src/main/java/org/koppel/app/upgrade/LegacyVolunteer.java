package org.koppel.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.koppel.config.Config;
import org.koppel.conversation.Keys;
import org.koppel.meeting.MeetingConversation;
import org.koppel.meeting.SideData;
import org.koppel.start.StartConversation;
import org.koppel.start.StartData;
import org.koppel.store.Statements;
import org.koppel.vetting.VolunteerConversation;
import org.koppel.vetting.VolunteerData;

/** A 0.1 "volunteer" row: the consent, the volunteer's profile and review, and the times being chosen. */
final class LegacyVolunteer {
    private static final List<String> IDLE = List.of("PENDING", "ACTIVE", "REJECTED", "PAUSED");

    private LegacyVolunteer() {
    }

    static void convert(Upgrade.Legacy r, Written out, Config config, Clock clock) throws SQLException {
        long p = r.person();
        String s = r.state();
        if (s.equals("CONSENT") || s.equals("DECLINED")) {
            out.conversation(p, StartConversation.KIND, s, new StartData(StartConversation.VOLUNTEER), r.seq(),
                    s.equals("CONSENT") ? Written.LIVE : 0);
        } else if (s.equals("PLAN_TIMES") || s.equals("PLAN_PLACE")) {
            out.conversation(p, VolunteerConversation.KIND, "ACTIVE", answers(r), 0, 0);
            JsonNode plan = r.data().path("plan");
            long meeting = plan.path("request").path("meeting").asLong();
            why(out, meeting, plan.path("request").path("why").asText("first"));
            SideData side = new SideData(strings(plan.path("offered")), strings(plan.path("chosen")),
                    plan.path("page").asInt(0));
            out.conversation(p, Keys.of(MeetingConversation.KIND, meeting), s.equals("PLAN_TIMES") ? "TIMES" : "PLACE",
                    side, r.seq(), Written.LIVE);
        } else {
            out.conversation(p, VolunteerConversation.KIND, s, answers(r), r.seq(), IDLE.contains(s) ? 0 : Written.LIVE);
        }
        for (JsonNode queued : r.data().path("plans")) {
            why(out, queued.path("meeting").asLong(), queued.path("why").asText("first"));
        }
        LegacyShared.followUps(r, out);
        LegacyShared.compose(r, out);
    }

    private static void why(Written out, long meeting, String why) throws SQLException {
        Statements.update(out.c, "UPDATE meeting SET why = ? WHERE id = ? AND status = 'accepted'", why, meeting);
    }

    private static List<String> strings(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(JsonNode::asText).toList();
    }

    static VolunteerData answers(Upgrade.Legacy r) {
        VolunteerData d = new VolunteerData();
        d.firstName = r.text("firstName");
        d.jobTitle = r.text("jobTitle");
        d.organisation = r.text("organisation");
        d.sectors.addAll(r.list("sectors"));
        d.offers.addAll(r.list("offers"));
        d.languages.addAll(r.list("languages"));
        d.region = r.text("region");
        d.mode = r.text("mode");
        d.capacity = r.text("capacity");
        d.availability.addAll(r.list("availability"));
        d.editing = r.data().path("editing").asBoolean(false);
        d.pausedAt = r.text("pausedAt");
        d.complete = r.data().path("complete").asBoolean(false);
        return d;
    }
}
