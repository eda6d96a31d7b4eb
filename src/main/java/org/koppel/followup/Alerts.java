package org.koppel.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.conversation.Context;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Say;
import org.koppel.conversation.Tell;
import org.koppel.meeting.Meeting;
import org.koppel.meeting.MeetingView;

/**
 * What the coordinators hear of at once from a follow-up answer: someone did not come, or the
 * second side's answer contradicts the first (which settled the meeting's status).
 */
final class Alerts {
    private Alerts() {
    }

    static List<Effect> coordinators(MeetingView v, String tookPlace, Context ctx) {
        Meeting m = v.meeting();
        long me = ctx.personId();
        String settled = m.status() == Meeting.Status.HELD ? "yes" : m.status() == Meeting.Status.NOT_HELD ? "no"
                : m.status() == Meeting.Status.NO_SHOW ? "no_show" : null;
        boolean disagree = settled != null && !settled.equals(tookPlace);
        if (!disagree && !"no_show".equals(tookPlace)) {
            return List.of();
        }
        String newcomer = v.newcomer() == null ? null : v.newcomer().firstName;
        String volunteer = v.volunteer() == null ? null : v.volunteer().firstName();
        String key = disagree ? "alert.disagree" : "alert.no_show";
        String reporter = v.volunteerSide(me) ? "volunteer" : "newcomer";
        Set<Long> about = new java.util.HashSet<>();
        if (m.newcomer() != null) {
            about.add(m.newcomer());
        }
        if (m.volunteer() != null) {
            about.add(m.volunteer());
        }
        List<Effect> out = new ArrayList<>();
        for (long coordinator : ctx.coordinators()) {
            out.add(new Tell(coordinator, null, t -> new Say(t.t(key, "newcomer", name(newcomer, t), "volunteer",
                    name(volunteer, t), "side", t.t("alert.side_" + reporter),
                    "first", disagree ? t.t("alert.took_" + settled) : "", "second", t.t("alert.took_" + tookPlace))),
                    null, about));
        }
        return out;
    }

    private static String name(String name, org.koppel.i18n.Texts t) {
        return name == null ? t.t("admin.someone_erased") : name;
    }
}
