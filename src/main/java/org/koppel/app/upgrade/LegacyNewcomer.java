package org.koppel.app.upgrade;

import java.sql.SQLException;
import java.util.List;
import org.koppel.conversation.Keys;
import org.koppel.meeting.MeetingConversation;
import org.koppel.meeting.SearchConversation;
import org.koppel.meeting.SideData;
import org.koppel.profile.ProfileConversation;
import org.koppel.profile.ProfileData;
import org.koppel.start.StartConversation;
import org.koppel.start.StartData;
import org.koppel.store.Statements;

/** A 0.1 "onboarding" row: first contact, the newcomer's profile, and the one meeting it was following. */
final class LegacyNewcomer {
    private static final List<String> START = List.of("WELCOME", "LANGUAGE", "ROLE");
    private static final List<String> AFTER = List.of("DONE", "MATCHING", "MATCHED", "CHOOSING", "CONFIRMED");

    private LegacyNewcomer() {
    }

    static void convert(Upgrade.Legacy r, Written out) throws SQLException {
        long p = r.person();
        String s = r.state();
        if (START.contains(s)) {
            out.conversation(p, StartConversation.KIND, s, new StartData(null), r.seq(), Written.LIVE);
        } else if (s.equals("CONSENT") || s.equals("DECLINED")) {
            out.conversation(p, StartConversation.KIND, s, new StartData(StartConversation.NEWCOMER), r.seq(),
                    s.equals("CONSENT") ? Written.LIVE : 0);
        } else if (AFTER.contains(s)) {
            out.conversation(p, ProfileConversation.KIND, ProfileConversation.DONE, profile(r), 0, 0);
            meeting(r, out);
        } else if (s.equals("PAUSED")) {
            out.conversation(p, ProfileConversation.KIND, s, profile(r), r.seq(), 0);
        } else {
            out.conversation(p, ProfileConversation.KIND, s, profile(r), r.seq(), Written.LIVE);
        }
        LegacyShared.followUps(r, out);
        LegacyShared.compose(r, out);
    }

    static ProfileData profile(Upgrade.Legacy r) {
        ProfileData d = new ProfileData();
        d.firstName = r.text("firstName");
        d.region = r.text("region");
        d.town = r.text("town");
        d.sectors.addAll(r.list("sectors"));
        d.occupation = r.text("occupation");
        d.experience = r.text("experience");
        d.skills.addAll(r.list("skills"));
        d.skillsOther = r.text("skillsOther");
        d.education = r.text("education");
        d.dutch = r.text("dutch");
        d.languages.addAll(r.list("languages"));
        d.goals.addAll(r.list("goals"));
        d.availability.addAll(r.list("availability"));
        d.mode = r.text("mode");
        d.editing = r.data().path("editing").asBoolean(false);
        d.sectorsBefore = r.data().path("sectorsBefore").isArray() ? r.list("sectorsBefore") : null;
        d.pausedAt = r.text("pausedAt");
        d.complete = r.data().path("complete").asBoolean(false) || AFTER.contains(r.state());
        return d;
    }

    /** The meeting the newcomer's one conversation was following: the search, or the newcomer's side of it. */
    private static void meeting(Upgrade.Legacy r, Written out) throws SQLException {
        Long id = r.number("meetingId");
        if (id == null) {
            return;
        }
        long p = r.person();
        String side = Keys.of(MeetingConversation.KIND, id);
        switch (r.state()) {
            case "MATCHING" -> out.conversation(p, SearchConversation.KIND, "WAITING",
                    new SearchConversation.Data(id, r.data().path("declines").asInt(0), false), 0, 0);
            case "MATCHED" -> out.conversation(p, side, "WAITING", SideData.NONE, 0, 0);
            case "CHOOSING" -> {
                Statements.update(out.c, "UPDATE meeting SET status = 'proposed', proposed = ?, place = ? "
                        + "WHERE id = ? AND status = 'accepted'", org.koppel.core.Json.write(r.list("slots")),
                        r.text("place"), id);
                out.conversation(p, side, "CHOOSING", SideData.NONE, r.seq(), Written.LIVE);
            }
            case "CONFIRMED" -> {
                Statements.update(out.c, "UPDATE meeting SET round = ? WHERE id = ?",
                        Math.max(1, r.data().path("round").asInt(1)), id);
                out.conversation(p, side, "CONFIRMED", SideData.NONE, 0, 0);
            }
            default -> {
            }
        }
    }
}
