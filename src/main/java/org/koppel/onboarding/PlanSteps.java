package org.koppel.onboarding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.core.Json;
import org.koppel.flow.Button;
import org.koppel.flow.EditPressed;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.MeetingActions;
import org.koppel.flow.Say;
import org.koppel.flow.Signal;
import org.koppel.flow.Step;
import org.koppel.flow.Toast;
import org.koppel.meeting.PlanRequest;
import org.koppel.meeting.Slots;
import org.koppel.meeting.Times;
import org.koppel.meeting.When;

/**
 * A volunteer proposing times: up to three from the slots both can meet in over the coming days,
 * a week per page, then where (a place, or a video call when both can do video). Meetings that
 * need times while one is being planned wait their turn.
 */
final class PlanSteps {
    static final String TIMES = "PLAN_TIMES";
    static final String PLACE = "PLAN_PLACE";
    static final int MAX = 3;

    private PlanSteps() {
    }

    static boolean concerns(Input.Event e) {
        return e.name().equals(PlanRequest.EVENT) || e.name().equals(MeetingTimes.CLOSED);
    }

    static boolean planning(String state) {
        return state.equals(TIMES) || state.equals(PLACE);
    }

    static Step<Draft> event(String state, Draft d, Input.Event e, FlowContext ctx) {
        Draft next = d.copy();
        if (e.name().equals(MeetingTimes.CLOSED)) {
            long meeting = Long.parseLong(e.value());
            next.partners.removeIf(p -> p.meeting() == meeting);
            next.plans.removeIf(r -> r.meeting() == meeting);
            if (next.compose != null && next.compose.meeting() == meeting) {
                next.compose = null;
            }
            if (planning(state) && d.plan.request().meeting() == meeting) {
                return following(next, ctx, List.of());
            }
            return Step.of(state, next);
        }
        PlanRequest r = Json.read(e.value(), PlanRequest.class);
        if (r.newcomer() != e.from()) {
            return Step.of(state, d);
        }
        next.partners.removeIf(p -> p.meeting() == r.meeting());
        next.partners.add(new Partner(r.meeting(), r.newcomer(), r.name()));
        next.plans.removeIf(q -> q.meeting() == r.meeting());
        if (planning(state)) {
            next.plans.add(r);
            return Step.of(state, next);
        }
        return begin(state, next, r, ctx);
    }

    private static Step<Draft> begin(String state, Draft d, PlanRequest r, FlowContext ctx) {
        var settings = ctx.config().settings();
        LocalDate today = ctx.now().atZone(settings.zone()).toLocalDate();
        List<String> offered = Slots.offer(today, settings.planningDays(), d.availability, r.availability(),
                settings::slotTime, settings.zone()).stream().map(LocalDateTime::toString).toList();
        Draft next = d.copy();
        next.plan = new Plan(r, offered, List.of(), 0);
        return new Step<>(TIMES, next, prompt(TIMES, next, ctx));
    }

    /** On to the next meeting waiting for times, or back to waiting for requests. */
    private static Step<Draft> following(Draft d, FlowContext ctx, List<Effect> before) {
        Draft next = d.copy();
        next.plan = null;
        if (next.plans.isEmpty()) {
            return new Step<>(VolunteerFlow.ACTIVE, next, List.copyOf(before));
        }
        PlanRequest r = next.plans.remove(0);
        return begin(VolunteerFlow.ACTIVE, next, r, ctx).after(before);
    }

    static List<Effect> prompt(String state, Draft d, FlowContext ctx) {
        var t = ctx.texts();
        PlanRequest r = d.plan.request();
        if (state.equals(PLACE)) {
            boolean video = !"in_person".equals(r.mode()) && !"in_person".equals(d.mode);
            return List.of(new Say(t.t(video ? "plan.place" : "plan.place_in_person", "name", r.name()),
                    video ? List.of(List.of(new Button(t.t("button.video_call"), "video"))) : List.of()));
        }
        String intro = t.t("plan.intro." + r.why(), "name", r.name());
        String zone = d.plan.offered().isEmpty() ? ""
                : When.zoneName(LocalDateTime.parse(d.plan.offered().get(0)), ctx.config().settings().zone(), t.language());
        return List.of(new Say(intro + "\n\n" + t.t("plan.pick", "max", MAX, "zone", zone), keyboard(d.plan, ctx)));
    }

    private static List<List<Button>> keyboard(Plan p, FlowContext ctx) {
        var t = ctx.texts();
        List<String> shown = page(p, p.page());
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (String slot : shown) {
            String label = (p.chosen().contains(slot) ? "✓ " : "") + When.brief(LocalDateTime.parse(slot), t.language());
            row.add(new Button(label, "slot:" + p.offered().indexOf(slot)));
            if (row.size() == 2) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        if (!page(p, 1).isEmpty()) {
            rows.add(List.of(p.page() == 0 ? new Button(t.t("button.next_week"), "page:1")
                    : new Button(t.t("button.first_week"), "page:0")));
        }
        rows.add(List.of(new Button(t.t("button.send_times", "count", p.chosen().size()), "done")));
        rows.add(List.of(new Button(t.t("button.cannot_meet"), "cannot")));
        return rows;
    }

    /** The first week's slots, or the rest. */
    private static List<String> page(Plan p, int page) {
        if (p.offered().isEmpty()) {
            return List.of();
        }
        LocalDate weekEnd = LocalDateTime.parse(p.offered().get(0)).toLocalDate().plusDays(7);
        return p.offered().stream().filter(s -> LocalDateTime.parse(s).toLocalDate().isBefore(weekEnd) == (page == 0))
                .toList();
    }

    static Step<Draft> times(Draft d, Input input, FlowContext ctx) {
        var t = ctx.texts();
        Plan p = d.plan;
        if (!(input instanceof Input.Choice c)) {
            return new Step<>(TIMES, d, prompt(TIMES, d, ctx)).after(List.of(new Say(t.t("input.use_buttons"))));
        }
        String a = c.action();
        Draft next = d.copy();
        if (a.startsWith("slot:")) {
            int i = Integer.parseInt(a.substring(5));
            if (i < 0 || i >= p.offered().size()) {
                return Step.of(TIMES, d);
            }
            String slot = p.offered().get(i);
            List<String> chosen = new ArrayList<>(p.chosen());
            if (!chosen.remove(slot)) {
                if (chosen.size() >= MAX) {
                    return Step.of(TIMES, d, new Toast(t.t("input.too_many", "max", MAX)));
                }
                chosen.add(slot);
                chosen.sort(null);
            }
            next.plan = new Plan(p.request(), p.offered(), chosen, p.page());
            return Step.of(TIMES, next, new EditPressed(null, keyboard(next.plan, ctx)));
        }
        if (a.startsWith("page:")) {
            next.plan = new Plan(p.request(), p.offered(), p.chosen(), a.equals("page:1") ? 1 : 0);
            return Step.of(TIMES, next, new EditPressed(null, keyboard(next.plan, ctx)));
        }
        if (a.equals("done")) {
            if (p.chosen().isEmpty()) {
                return Step.of(TIMES, d, new Toast(t.t("plan.pick_one")));
            }
            PlanRequest r = p.request();
            if ("video".equals(r.mode()) || "video".equals(d.mode)) {
                return send(d, null, ctx);
            }
            return new Step<>(PLACE, d, prompt(PLACE, d, ctx));
        }
        if (a.equals("cannot")) {
            PlanRequest r = p.request();
            Signal cancel = new Signal(r.newcomer(), MeetingActions.CARD_EVENT,
                    Long.toString(r.meeting(), 36) + ":" + MeetingActions.CANCEL + ":" + ctx.personId());
            return following(d, ctx, List.of(cancel));
        }
        return Step.of(TIMES, d);
    }

    static Step<Draft> place(Draft d, Input input, FlowContext ctx) {
        var t = ctx.texts();
        boolean video = !"in_person".equals(d.plan.request().mode()) && !"in_person".equals(d.mode);
        if (input instanceof Input.Choice c && c.action().equals("video") && video) {
            return send(d, null, ctx);
        }
        if (input instanceof Input.Text text && !text.text().isBlank()) {
            if (text.text().length() > 200) {
                return Step.of(PLACE, d, new Say(t.t("input.too_long", "max", 200)));
            }
            return send(d, text.text().strip(), ctx);
        }
        return new Step<>(PLACE, d, prompt(PLACE, d, ctx));
    }

    private static Step<Draft> send(Draft d, String place, FlowContext ctx) {
        PlanRequest r = d.plan.request();
        Times times = new Times(r.meeting(), d.plan.chosen(), place);
        return following(d, ctx, List.of(new Signal(r.newcomer(), Times.EVENT, Json.write(times)),
                new Say(ctx.texts().t("plan.sent", "name", r.name()))));
    }
}
