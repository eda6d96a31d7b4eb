package org.koppel.salon;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Attachment;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.conversation.Step;
import org.koppel.i18n.Texts;
import org.koppel.meeting.Ics;
import org.koppel.meeting.SideData;
import org.koppel.meeting.When;

/**
 * The newcomer's choice of a time, the confirmed card both sides hold (with a calendar file and a
 * call-off button), the reminder the day before, and the newcomer's answers afterwards.
 */
final class AppointmentCard {
    static final String CANCEL = "call_off";
    static final String REMIND = "remind";
    static final String AFTER = "after";
    static final List<String> RESULTS = List.of("work", "placement", "study", "other", "nothing");
    private static final LocalTime ASK_AT = LocalTime.of(10, 0);

    private AppointmentCard() {
    }

    static Say choose(AppointmentView v, Context ctx) {
        var t = ctx.texts();
        Appointment a = v.appointment();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < a.proposed().size(); i++) {
            rows.add(List.of(new Button(When.brief(LocalDateTime.parse(a.proposed().get(i)), t.language()), "pick:" + i)));
        }
        rows.add(List.of(new Button(t.t("button.other_times"), "other")));
        rows.add(List.of(new Button(t.t("button.salon_call_off"), CANCEL)));
        String zone = a.proposed().isEmpty() ? "" : When.zoneName(LocalDateTime.parse(a.proposed().get(0)),
                ctx.config().settings().zone(), t.language());
        return new Say(t.t("salon.choose", "org", v.stand().name(), "place", where(v, ctx), "zone", zone), rows);
    }

    static Step<SideData> chosen(String state, SideData d, AppointmentView v, Input in, Context ctx) {
        if (!(in instanceof Input.Choice c)) {
            return null;
        }
        Appointment a = v.appointment();
        if (c.action().equals("other")) {
            return Step.of(AppointmentConversation.WAITING, d, Edit.clearButtons(), new SalonChange.OtherTimes(a.id()),
                    new Say(ctx.texts().t("salon.other_times_sent", "org", v.stand().name())));
        }
        int i = c.action().startsWith("pick:") ? index(c.action().substring(5)) : -1;
        if (i < 0 || i >= a.proposed().size()) {
            return null;
        }
        var zone = ctx.config().settings().zone();
        String time = a.proposed().get(i);
        if (!LocalDateTime.parse(time).atZone(zone).toInstant().isAfter(ctx.now())) {
            return Step.of(state, d, new Say(ctx.texts().t("meet.slot_passed")), choose(v, ctx));
        }
        return Step.of(AppointmentConversation.WAITING, d, Edit.clearButtons(),
                new SalonChange.Chosen(a.id(), time, zone.getId()));
    }

    /** The card, the reminder a day ahead, and for the newcomer the question the day after. */
    static List<Effect> confirmed(AppointmentView v, Context ctx) {
        Appointment a = v.appointment();
        List<Effect> out = new ArrayList<>();
        out.add(card(v, ctx, "salon.card"));
        Instant start = a.startTime().atZone(a.zoneId()).toInstant();
        if (start.minus(Duration.ofDays(1)).isAfter(ctx.now())) {
            out.add(Schedule.here(REMIND, "", start.minus(Duration.ofDays(1))));
        }
        if (a.isNewcomer(ctx.personId())) {
            Instant ask = a.startTime().toLocalDate().plusDays(1).atTime(ASK_AT).atZone(a.zoneId()).toInstant();
            out.add(Schedule.here(AFTER, "", ask));
        }
        return out;
    }

    static Step<SideData> job(String state, SideData d, AppointmentView v, String name, Context ctx) {
        var t = ctx.texts();
        Appointment a = v.appointment();
        if (a.status() != Appointment.Status.CONFIRMED) {
            return Step.of(state, d);
        }
        if (REMIND.equals(name)) {
            // a reminder that only runs on the day itself (the bot was down) says "today"; after the start, nothing
            var start = a.startTime().atZone(a.zoneId());
            if (!start.toInstant().isAfter(ctx.now())) {
                return Step.of(state, d);
            }
            boolean today = ctx.now().atZone(a.zoneId()).toLocalDate().equals(start.toLocalDate());
            return Step.of(state, d, card(v, ctx, today ? "salon.reminder_today" : "salon.reminder"));
        }
        if (AFTER.equals(name) && a.isNewcomer(ctx.personId())) {
            return Step.of(state, d, new Say(t.t("salon.ask_held", "org", v.stand().name()), List.of(List.of(
                    new Button(t.t("button.salon_held"), "held:yes"), new Button(t.t("button.salon_not_held"), "held:no"))))
                    .lasting());
        }
        return Step.of(state, d);
    }

    /** Took place → what came of it → thanks; did not → thanks. Only the newcomer answers. */
    static Step<SideData> after(String state, SideData d, AppointmentView v, String action, Context ctx) {
        var t = ctx.texts();
        Appointment a = v.appointment();
        if (!a.isNewcomer(ctx.personId())) {
            return null;
        }
        if (action.equals("held:yes") && a.status() == Appointment.Status.CONFIRMED) {
            List<List<Button>> rows = new ArrayList<>();
            for (String r : RESULTS) {
                rows.add(List.of(new Button(t.t("event.result." + r), "res:" + r)));
            }
            return Step.of(state, d, Edit.clearButtons(), new SalonChange.Held(a.id(), true),
                    new Say(t.t("salon.ask_result", "org", v.stand().name()), rows).lasting());
        }
        if (action.equals("held:no") && a.status() == Appointment.Status.CONFIRMED) {
            return Step.end(Edit.clearButtons(), new SalonChange.Held(a.id(), false), new Say(t.t("salon.thanks_not_held")));
        }
        String result = action.startsWith("res:") ? action.substring(4) : "";
        if (RESULTS.contains(result) && a.status() == Appointment.Status.HELD) {
            return Step.end(Edit.clearButtons(), new SalonChange.Result(a.id(), result),
                    new Say(t.t("event.thanks_result")));
        }
        return Step.of(state, d, Edit.clearButtons());
    }

    private static Say card(AppointmentView v, Context ctx, String key) {
        Texts t = ctx.texts();
        Appointment a = v.appointment();
        boolean contact = v.contactSide(ctx.personId());
        String with = contact ? t.t("salon.with_newcomer", "name", AppointmentSteps.name(v, t), "org", v.stand().name())
                : v.stand().name();
        LocalDateTime start = a.startTime();
        String lang = t.language();
        String text = t.t(key, "with", with, "day", When.day(start, lang), "time", When.time(start, lang),
                "zone", When.zoneName(start, a.zoneId(), lang), "place", where(v, ctx));
        Ics.Event event = new Ics.Event("koppel-appointment-" + Long.toString(a.id(), 36) + "@koppel", 0, start,
                Duration.ofMinutes(ctx.config().settings().meetingMinutes()), a.zoneId(),
                t.t("salon.ics_summary", "with", with), link(v, ctx) != null ? link(v, ctx) : where(v, ctx),
                t.t("salon.ics_description", "event", v.event().name()),
                Duration.ofMinutes(ctx.config().settings().alarmMinutes()), ctx.now(), link(v, ctx));
        return new Say(text, List.of(List.of(new Button(t.t("button.salon_call_off"), CANCEL))),
                new Attachment("koppel-appointment.ics", Ics.of(event))).lasting();
    }

    private static String where(AppointmentView v, Context ctx) {
        String place = v.appointment().place();
        return place != null ? place : ctx.texts().t("meet.video_link", "link", link(v, ctx));
    }

    private static String link(AppointmentView v, Context ctx) {
        return v.appointment().place() != null || v.room() == null ? null : ctx.config().settings().videoBase() + v.room();
    }

    private static int index(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
