package org.koppel.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.event.NewEventConversation.Data;
import org.koppel.meeting.When;

/** The when, where and how many of /newevent: a day of the next two weeks, a start time, a place or video, a capacity. */
final class EventForm {
    static final int DAYS = 14;
    private static final List<String> TIMES = List.of("10:00", "14:00", "17:00", "19:00");
    private static final List<Integer> CAPACITIES = List.of(20, 50, 100);

    private EventForm() {
    }

    static Say askDay(Context ctx) {
        var t = ctx.texts();
        LocalDate today = ctx.now().atZone(ctx.config().settings().zone()).toLocalDate();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 1; i <= DAYS; i += 2) {
            List<Button> row = new ArrayList<>();
            for (int j = i; j < i + 2 && j <= DAYS; j++) {
                LocalDate day = today.plusDays(j);
                row.add(new Button(When.brief(day.atTime(12, 0), t.language()).split(" · ")[0], "day:" + day));
            }
            rows.add(row);
        }
        return new Say(t.t("event.ask_day"), rows);
    }

    static Step<Data> day(Data d, NewEventView v, Input in, Context ctx) {
        String a = in instanceof Input.Choice c ? c.action() : "";
        if (!a.matches("day:\\d{4}-\\d{2}-\\d{2}")) {
            return NewEventConversation.stopped(in, ctx);
        }
        return Step.of(NewEventConversation.TIME, d.with("day", a.substring(4)), askTime(ctx));
    }

    static Say askTime(Context ctx) {
        return new Say(ctx.texts().t("event.ask_time"), List.of(TIMES.stream().map(x -> new Button(x, "time:" + x)).toList()));
    }

    static Step<Data> time(Data d, NewEventView v, Input in, Context ctx) {
        String typed = in instanceof Input.Text x ? x.text().strip().replace('.', ':')
                : in instanceof Input.Choice c && c.action().startsWith("time:") ? c.action().substring(5) : null;
        if (typed == null) {
            return NewEventConversation.stopped(in, ctx);
        }
        if (!typed.matches("([01]?\\d|2[0-3]):[0-5]\\d")) {
            return Step.of(NewEventConversation.TIME, d, new Say(ctx.texts().t("event.bad_time")), askTime(ctx));
        }
        String time = LocalTime.parse(typed.length() == 4 ? "0" + typed : typed).toString();
        return Step.of(NewEventConversation.PLACE, d.with("time", time), askPlace(ctx));
    }

    static Say askPlace(Context ctx) {
        var t = ctx.texts();
        return new Say(t.t("event.ask_place"), List.of(List.of(new Button(t.t("button.video_call"), "video"))));
    }

    static Step<Data> place(Data d, NewEventView v, Input in, Context ctx) {
        if (in instanceof Input.Choice c && c.action().equals("video")) {
            return Step.of(NewEventConversation.CAPACITY, d.with("place", null).with("video", true), askCapacity(ctx));
        }
        if (!(in instanceof Input.Text text)) {
            return NewEventConversation.stopped(in, ctx);
        }
        String place = text.text().strip();
        if (place.isEmpty() || place.length() > 200) {
            return Step.of(NewEventConversation.PLACE, d, askPlace(ctx));
        }
        return Step.of(NewEventConversation.CAPACITY, d.with("place", place).with("video", false), askCapacity(ctx));
    }

    static Say askCapacity(Context ctx) {
        var t = ctx.texts();
        List<Button> row = new ArrayList<>(CAPACITIES.stream().map(n -> new Button(n.toString(), "cap:" + n)).toList());
        row.add(new Button(t.t("button.no_limit"), "cap:0"));
        return new Say(t.t("event.ask_capacity"), List.of(row));
    }

    static Step<Data> capacity(Data d, NewEventView v, Input in, Context ctx) {
        String typed = in instanceof Input.Text x ? x.text().strip()
                : in instanceof Input.Choice c && c.action().startsWith("cap:") ? c.action().substring(4) : null;
        if (typed == null) {
            return NewEventConversation.stopped(in, ctx);
        }
        if (!typed.matches("\\d{1,5}")) {
            return Step.of(NewEventConversation.CAPACITY, d, new Say(ctx.texts().t("event.bad_capacity")), askCapacity(ctx));
        }
        int n = Integer.parseInt(typed);
        Data next = d.with("capacity", n == 0 ? null : n);
        return Step.of(NewEventConversation.LANGUAGES, next, EventLanguages.ask(next, ctx));
    }
}
