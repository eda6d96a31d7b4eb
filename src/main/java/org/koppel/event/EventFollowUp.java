package org.koppel.event;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.i18n.Texts;

/**
 * What came of an event, asked of everyone who checked in: the day after (at 10:00), whether they
 * made an appointment and with whom; two and six weeks after the event, whether it took place and
 * what came of it. The answers buttons stay valid while the guest does other things.
 */
final class EventFollowUp {
    static final String AFTER = "after";
    static final String WEEKS_2 = "w2";
    static final String WEEKS_6 = "w6";
    static final List<String> WITH = List.of("employer", "training", "support", "other", "none");
    static final List<String> RESULTS = List.of("work", "placement", "study", "other", "nothing", "not_held");
    private static final LocalTime ASK_AT = LocalTime.of(10, 0);

    private EventFollowUp() {
    }

    /** At check-in: the question the day after, or an hour from now for someone who scans late. */
    static Schedule afterCheckIn(Event e, Context ctx) {
        Instant next = e.start().toLocalDate().plusDays(1).atTime(ASK_AT).atZone(e.zoneId()).toInstant();
        Instant soon = ctx.now().plusSeconds(3600);
        return Schedule.here(AFTER, "", next.isAfter(soon) ? next : soon);
    }

    static Say askAppointment(Event e, Texts t) {
        List<List<Button>> rows = new ArrayList<>();
        for (String w : WITH) {
            rows.add(List.of(new Button(t.t("event.with." + w), "appt:" + w)));
        }
        return new Say(t.t("event.ask_appointment", "name", e.name()), rows).lasting();
    }

    /** The answer, and for an appointment the questions two and six weeks after the event. */
    static List<Effect> appointment(Event e, String with, Context ctx) {
        var t = ctx.texts();
        List<Effect> out = new ArrayList<>(List.of(Edit.clearButtons(), new EventChange.Appointment(e.id(), with)));
        if (with.equals("none")) {
            out.add(new Say(t.t("event.thanks_none")));
            return out;
        }
        out.add(new Say(t.t("event.thanks_appointment")));
        Instant start = e.start().atZone(e.zoneId()).toInstant();
        out.add(Schedule.here(WEEKS_2, with, start.plus(java.time.Duration.ofDays(14))));
        out.add(Schedule.here(WEEKS_6, with, start.plus(java.time.Duration.ofDays(42))));
        return out;
    }

    static Say askResult(Event e, String with, Texts t) {
        List<List<Button>> rows = new ArrayList<>();
        for (String r : RESULTS) {
            rows.add(List.of(new Button(t.t("event.result." + r), "res:" + r)));
        }
        return new Say(t.t("event.ask_result", "name", e.name(), "with", t.t("event.with." + with)), rows).lasting();
    }

    static List<Effect> result(Event e, String result, Context ctx) {
        return List.of(Edit.clearButtons(), new EventChange.Result(e.id(), result),
                new Say(ctx.texts().t("event.thanks_result")));
    }
}
