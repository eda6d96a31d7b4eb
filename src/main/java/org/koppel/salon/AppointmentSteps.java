package org.koppel.salon;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.conversation.Toast;
import org.koppel.i18n.Texts;
import org.koppel.meeting.SideData;
import org.koppel.meeting.Slots;
import org.koppel.meeting.TimePicker;
import org.koppel.meeting.When;

/** The organisation's contact: the request, then times and a place proposed as a volunteer proposes them. */
final class AppointmentSteps {
    private static final int MAX_PLACE = 200;

    private AppointmentSteps() {
    }

    static String name(AppointmentView v, Texts t) {
        String n = v.newcomerName();
        return n == null ? t.t("meet.someone") : n;
    }

    /** The newcomer's short profile, where they met, and what they ask. */
    static Say request(AppointmentView v, Context ctx) {
        var t = ctx.texts();
        Appointment a = v.appointment();
        String text = t.t("salon.request", "name", name(v, t), "org", v.stand().name(), "event", v.event().name())
                + "\n\n" + ShortProfile.text(v.profile(), a.name(), a.note(), t);
        return new Say(text, List.of(List.of(new Button(t.t("button.salon_propose"), "propose")),
                List.of(new Button(t.t("button.salon_decline"), "decline")))).lasting();
    }

    /** Times from tomorrow over the planning days, in the parts of the week the newcomer said they are free. */
    static Step<SideData> begin(AppointmentView v, Context ctx, String intro) {
        var settings = ctx.config().settings();
        LocalDate today = ctx.now().atZone(settings.zone()).toLocalDate();
        List<String> theirs = v.profile() == null ? List.of() : v.profile().availability;
        List<String> offered = Slots.offer(today, settings.planningDays(), theirs, theirs, settings::slotTime,
                settings.zone()).stream().map(LocalDateTime::toString).toList();
        SideData d = new SideData(offered, List.of(), 0);
        Say ask = askTimes(d, v, ctx);
        return Step.of(AppointmentConversation.TIMES, d, intro == null ? ask : new Say(intro + "\n\n" + ask.text(),
                ask.buttons()));
    }

    static Say askTimes(SideData d, AppointmentView v, Context ctx) {
        var t = ctx.texts();
        String zone = d.offered().isEmpty() ? "" : When.zoneName(LocalDateTime.parse(d.offered().get(0)),
                ctx.config().settings().zone(), t.language());
        return new Say(t.t("salon.pick", "name", name(v, t), "max", TimePicker.MAX, "zone", zone),
                TimePicker.keyboard(d, t));
    }

    static Say askPlace(AppointmentView v, Context ctx) {
        var t = ctx.texts();
        return new Say(t.t("salon.place", "name", name(v, t)),
                List.of(List.of(new Button(t.t("button.video_call"), "video"))));
    }

    static Step<SideData> contact(String state, SideData d, AppointmentView v, Input in, Context ctx) {
        var t = ctx.texts();
        long id = v.appointment().id();
        String action = in instanceof Input.Choice c ? c.action() : null;
        if ("decline".equals(action) || "cannot".equals(action)) {
            return v.appointment().status().open() ? Step.end(Edit.clearButtons(), new SalonChange.Declined(id),
                    new Say(t.t("salon.declined_sent", "name", name(v, t)))) : null;
        }
        if (state.equals(AppointmentConversation.ASKED) && "propose".equals(action)) {
            return begin(v, ctx, null).after(List.of(Edit.clearButtons()));
        }
        if (state.equals(AppointmentConversation.TIMES) && action != null) {
            if (action.equals("done")) {
                return d.chosen().isEmpty() ? Step.of(state, d, new Toast(t.t("plan.pick_one")))
                        : Step.of(AppointmentConversation.PLACE, d, askPlace(v, ctx));
            }
            return TimePicker.press(state, d, action, t);
        }
        if (state.equals(AppointmentConversation.PLACE)) {
            if (in instanceof Input.Cancel) {
                return Step.of(state, d, new Say(t.t("plan.finish_first")), askPlace(v, ctx));
            }
            if ("video".equals(action)) {
                return propose(d, v, null, ctx);
            }
            if (in instanceof Input.Text text && !text.text().isBlank()) {
                return text.text().length() > MAX_PLACE ? Step.of(state, d, new Say(t.t("input.too_long", "max", MAX_PLACE)))
                        : propose(d, v, text.text().strip(), ctx);
            }
        }
        return null;
    }

    private static Step<SideData> propose(SideData d, AppointmentView v, String place, Context ctx) {
        return Step.of(AppointmentConversation.WAITING, SideData.NONE,
                new SalonChange.Proposed(v.appointment().id(), d.chosen(), place),
                new Say(ctx.texts().t("salon.proposed_sent", "name", name(v, ctx.texts()))));
    }
}
