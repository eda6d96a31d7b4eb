package org.koppel.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.conversation.Step;
import org.koppel.conversation.Toast;
import org.koppel.conversation.Unschedule;

/**
 * A volunteer proposing times: up to three from the slots both can meet in over the coming days,
 * a week per page, then where (a place, or a video call when both can do video; skipped when
 * either meets only by video). The times go to the meeting, which tells the newcomer.
 */
final class Planning {
    static final int MAX = TimePicker.MAX;
    /** Times not sent by then call the meeting off, so the newcomer is not left waiting for nobody. */
    static final String EXPIRE = "plan.expire";

    private Planning() {
    }

    /** The times on offer, for the reason the meeting gives (first, other times, moved). */
    static Step<SideData> begin(MeetingView v, Context ctx) {
        var settings = ctx.config().settings();
        LocalDate today = ctx.now().atZone(settings.zone()).toLocalDate();
        List<String> mine = v.volunteer() == null ? List.of() : v.volunteer().availability();
        List<String> theirs = v.newcomer() == null ? List.of() : v.newcomer().availability;
        List<String> offered = Slots.offer(today, settings.planningDays(), mine, theirs, settings::slotTime,
                settings.zone()).stream().map(LocalDateTime::toString).toList();
        SideData d = new SideData(offered, List.of(), 0);
        List<Effect> effects = new ArrayList<>(askTimes(d, v, ctx));
        effects.add(Schedule.here(EXPIRE, "", ctx.now().plus(Duration.ofHours(settings.requestExpiryHours()))));
        return new Step<>(MeetingConversation.TIMES, d, effects);
    }

    static List<Effect> askTimes(SideData d, MeetingView v, Context ctx) {
        var t = ctx.texts();
        String why = v.meeting().why() == null ? "first" : v.meeting().why();
        String name = SearchConversation.name(v.otherName(ctx.personId()), t);
        String intro = t.t("plan.intro." + why, "name", name);
        String zone = d.offered().isEmpty() ? ""
                : When.zoneName(LocalDateTime.parse(d.offered().get(0)), ctx.config().settings().zone(), t.language());
        return List.of(new Say(intro + "\n\n" + t.t("plan.pick", "max", MAX, "zone", zone), TimePicker.keyboard(d, ctx.texts())));
    }

    static List<Effect> askPlace(SideData d, MeetingView v, Context ctx) {
        var t = ctx.texts();
        String name = SearchConversation.name(v.otherName(ctx.personId()), t);
        return List.of(new Say(t.t(video(v) ? "plan.place" : "plan.place_in_person", "name", name),
                video(v) ? List.of(List.of(new Button(t.t("button.video_call"), "video"))) : List.of()));
    }

    private static boolean video(MeetingView v) {
        return !"in_person".equals(mode(v, true)) && !"in_person".equals(mode(v, false));
    }

    private static boolean videoOnly(MeetingView v) {
        return "video".equals(mode(v, true)) || "video".equals(mode(v, false));
    }

    private static String mode(MeetingView v, boolean newcomer) {
        if (newcomer) {
            return v.newcomer() == null ? null : v.newcomer().mode;
        }
        return v.volunteer() == null ? null : v.volunteer().meetingMode();
    }

    static Step<SideData> times(String state, SideData d, MeetingView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel) {
            return new Step<>(state, d, askTimes(d, v, ctx)).after(List.of(new Say(t.t("plan.finish_first"))));
        }
        if (!(in instanceof Input.Choice c)) {
            return null;
        }
        String a = c.action();
        Step<SideData> picked = TimePicker.press(state, d, a, ctx.texts());
        if (picked != null) {
            return picked;
        }
        if (a.equals("done")) {
            if (d.chosen().isEmpty()) {
                return Step.of(state, d, new Toast(t.t("plan.pick_one")));
            }
            return videoOnly(v) ? send(d, v, null, ctx) : new Step<>(MeetingConversation.PLACE, d, askPlace(d, v, ctx));
        }
        if (a.equals("cannot")) {
            MeetingCommand cancel = new MeetingCommand.Cancel(ctx.personId(), "cannot", -1);
            return Step.of(MeetingConversation.WAITING, d, new MeetingChange(v.meeting().id(), cancel, ctx.key()));
        }
        return null;
    }

    static Step<SideData> place(String state, SideData d, MeetingView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel) {
            return new Step<>(state, d, askPlace(d, v, ctx)).after(List.of(new Say(t.t("plan.finish_first"))));
        }
        if (in instanceof Input.Choice c && c.action().equals("video") && video(v)) {
            return send(d, v, null, ctx);
        }
        if (in instanceof Input.Text text && !text.text().isBlank()) {
            if (text.text().length() > 200) {
                return Step.of(state, d, new Say(t.t("input.too_long", "max", 200)));
            }
            return send(d, v, text.text().strip(), ctx);
        }
        return null;
    }

    private static Step<SideData> send(SideData d, MeetingView v, String place, Context ctx) {
        MeetingCommand propose = new MeetingCommand.Propose(ctx.personId(), d.chosen(), place);
        return Step.of(MeetingConversation.WAITING, SideData.NONE, new MeetingChange(v.meeting().id(), propose, ctx.key()),
                new Unschedule(EXPIRE));
    }
}
