package org.koppel.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.broadcast.BroadcastQueued;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.meeting.When;

/**
 * /newevent ("newevent"), for coordinators and key persons:
 * <pre>
 * NAME         typing   its name → KIND
 * KIND         buttons  salon, meet-and-greet, information session → DAY
 * DAY          buttons  one of the next 14 days → TIME
 * TIME         both     a start time (buttons or typed 18:30) → PLACE
 * PLACE        both     typed place, or video → CAPACITY
 * CAPACITY     both     20, 50, 100, no limit, or a typed number → LANGUAGES
 * LANGUAGES    buttons  tick the languages spoken there (the organiser's ticked to begin with), Done → COMMUNITIES
 * COMMUNITIES  buttons  tick the communities to invite, Done → CONFIRM
 * CONFIRM      buttons  create → stored, invitations queued, the organiser's card opens; cancel → ends
 * </pre>
 */
public final class NewEventConversation implements Conversation<NewEventConversation.Data, NewEventView> {
    public static final String KIND = "newevent";
    static final String NAME = "NAME";
    static final String TYPE = "KIND";
    static final String DAY = "DAY";
    static final String TIME = "TIME";
    static final String PLACE = "PLACE";
    static final String CAPACITY = "CAPACITY";
    static final String LANGUAGES = "LANGUAGES";
    static final String COMMUNITIES = "COMMUNITIES";
    static final String CONFIRM = "CONFIRM";

    /**
     * What has been answered; picked are community ids, not positions in the list, so a community
     * archived or a key role taken back meanwhile cannot turn a tick into another community.
     */
    public record Data(String name, String kind, String day, String time, String place, boolean video, Integer capacity,
                       List<Long> picked, List<String> languages) {
        public Data {
            picked = picked == null ? List.of() : List.copyOf(picked);
            // a form begun before the languages step has none yet
            languages = languages == null ? List.of() : List.copyOf(languages);
        }

        Data with(String field, Object value) {
            return new Data(field.equals("name") ? (String) value : name, field.equals("kind") ? (String) value : kind,
                    field.equals("day") ? (String) value : day, field.equals("time") ? (String) value : time,
                    field.equals("place") ? (String) value : place, field.equals("video") ? (Boolean) value : video,
                    field.equals("capacity") ? (Integer) value : capacity, picked, languages);
        }

        Data picking(List<Long> ids) {
            return new Data(name, kind, day, time, place, video, capacity, ids, languages);
        }

        Data speaking(List<String> codes) {
            return new Data(name, kind, day, time, place, video, capacity, picked, codes);
        }
    }

    private final States<Data, NewEventView> states = States.of(
            State.of(NAME, Expects.TEXT, (d, v, ctx) -> List.of(new Say(ctx.texts().t("event.ask_name"))),
                    NewEventConversation::name),
            State.of(TYPE, Expects.CHOICE, (d, v, ctx) -> List.of(askKind(ctx)), NewEventConversation::kind),
            State.of(DAY, Expects.CHOICE, (d, v, ctx) -> List.of(EventForm.askDay(ctx)), EventForm::day),
            State.of(TIME, Expects.TEXT, (d, v, ctx) -> List.of(EventForm.askTime(ctx)), EventForm::time),
            State.of(PLACE, Expects.TEXT, (d, v, ctx) -> List.of(EventForm.askPlace(ctx)), EventForm::place),
            State.of(CAPACITY, Expects.TEXT, (d, v, ctx) -> List.of(EventForm.askCapacity(ctx)), EventForm::capacity),
            State.of(LANGUAGES, Expects.CHOICE, (d, v, ctx) -> List.of(EventLanguages.ask(d, ctx)), EventLanguages::pick),
            State.of(COMMUNITIES, Expects.CHOICE, (d, v, ctx) -> List.of(askCommunities(d, v, ctx)),
                    NewEventConversation::communities),
            State.of(CONFIRM, Expects.CHOICE, (d, v, ctx) -> List.of(askConfirm(d, v, ctx)), NewEventConversation::confirm));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, NewEventView> states() {
        return states;
    }

    @Override
    public boolean withoutConsent() {
        return true;
    }

    @Override
    public NewEventView view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        List<Object[]> rows = EventStore.communities(c, ctx.personId(), ctx.coordinator());
        return new NewEventView(rows.stream().map(r -> (Long) r[0]).toList(), rows.stream().map(r -> (String) r[1]).toList());
    }

    @Override
    public Step<Data> begin(NewEventView v, Input input, Context ctx) {
        if (!(input instanceof Input.Command)) {
            return null;
        }
        if (v.ids().isEmpty()) {
            // neither a coordinator nor anyone's key person: nobody to invite
            return Step.end(new Say(ctx.texts().t(ctx.coordinator() ? "event.no_communities" : "event.organisers_only")));
        }
        return Step.of(NAME, new Data(null, null, null, null, null, false, null, List.of(), List.of()),
                new Say(ctx.texts().t("event.ask_name")));
    }

    static Step<Data> stopped(Input in, Context ctx) {
        return in instanceof Input.Cancel ? Step.end(new Say(ctx.texts().t("cancel.stopped"))) : null;
    }

    private static Step<Data> name(Data d, NewEventView v, Input in, Context ctx) {
        if (!(in instanceof Input.Text text)) {
            return stopped(in, ctx);
        }
        String name = text.text().strip();
        if (name.isEmpty() || name.length() > 80) {
            return Step.of(NAME, d, new Say(ctx.texts().t("event.ask_name")));
        }
        return Step.of(TYPE, d.with("name", name), askKind(ctx));
    }

    private static Say askKind(Context ctx) {
        var t = ctx.texts();
        return new Say(t.t("event.ask_kind"), Event.KINDS.stream()
                .map(k -> List.of(new Button(t.t("event.kind." + k), "kind:" + k))).toList());
    }

    private static Step<Data> kind(Data d, NewEventView v, Input in, Context ctx) {
        String a = in instanceof Input.Choice c ? c.action() : "";
        if (!a.startsWith("kind:") || !Event.KINDS.contains(a.substring(5))) {
            return stopped(in, ctx);
        }
        return Step.of(DAY, d.with("kind", a.substring(5)), EventForm.askDay(ctx));
    }

    static Say askCommunities(Data d, NewEventView v, Context ctx) {
        var t = ctx.texts();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < v.names().size(); i++) {
            rows.add(List.of(new Button((d.picked().contains(v.ids().get(i)) ? "✓ " : "") + v.names().get(i),
                    "c:" + v.ids().get(i))));
        }
        rows.add(List.of(new Button(t.t("button.done"), "done")));
        return new Say(t.t("event.ask_communities"), rows);
    }

    private static Step<Data> communities(Data d, NewEventView v, Input in, Context ctx) {
        String a = in instanceof Input.Choice c ? c.action() : "";
        if (a.matches("c:\\d{1,19}") && v.ids().contains(Long.parseLong(a.substring(2)))) {
            Long id = Long.parseLong(a.substring(2));
            List<Long> picked = new ArrayList<>(d.picked());
            if (!picked.remove(id)) {
                picked.add(id);
            }
            Data next = d.picking(picked);
            return Step.of(COMMUNITIES, next, new Edit(null, askCommunities(next, v, ctx).buttons(), true));
        }
        if (a.equals("done")) {
            if (d.picked().isEmpty()) {
                return Step.of(COMMUNITIES, d, new Say(ctx.texts().t("event.pick_one")));
            }
            return Step.of(CONFIRM, d, Edit.clearButtons(), askConfirm(d, v, ctx));
        }
        return stopped(in, ctx);
    }

    private static Say askConfirm(Data d, NewEventView v, Context ctx) {
        var t = ctx.texts();
        Event preview = event(0, d, List.of(), "", ctx);
        String names = String.join(t.t("list.separator"), d.picked().stream().filter(v.ids()::contains)
                .map(id -> v.names().get(v.ids().indexOf(id))).toList());
        return new Say(EventText.details(preview, t.t("event.room_later"), t) + "\n"
                + (d.capacity() == null ? "" : t.t("event.capacity", "capacity", d.capacity()) + "\n")
                + t.t("event.invites", "communities", names), List.of(List.of(
                new Button(t.t("button.event_create"), "create"), new Button(t.t("button.cancel"), "stop"))));
    }

    private static Step<Data> confirm(Data d, NewEventView v, Input in, Context ctx) {
        String a = in instanceof Input.Choice c ? c.action() : "";
        if (a.equals("stop")) {
            return Step.end(Edit.clearButtons(), new Say(ctx.texts().t("cancel.stopped")));
        }
        if (!a.equals("create")) {
            return stopped(in, ctx);
        }
        // 40 random bits, as for meetings: short in button data, not guessable from another event's
        long id = 1 + (ctx.random().nextLong() >>> 24);
        String token = EventStore.token(ctx.random());
        // only communities they may still invite: one archived or a key role taken back since drops out
        List<Long> invited = d.picked().stream().filter(v.ids()::contains).toList();
        if (invited.isEmpty()) {
            return Step.end(Edit.clearButtons(), new Say(ctx.texts().t("event.organisers_only")));
        }
        Event e = event(id, d, invited, token, ctx);
        List<Effect> effects = new ArrayList<>(List.of(Edit.clearButtons(), new EventChange.Created(id, e.name(), e.kind(),
                e.startsAt(), e.zone(), e.place(), e.capacity(), e.languages(), token, invited)));
        for (long community : invited) {
            effects.add(new BroadcastQueued(community, ctx.senderFirstName() == null ? "Koppel" : ctx.senderFirstName(),
                    null, null, id));
        }
        effects.add(new Say(ctx.texts().t("event.created", "name", e.name())));
        return Step.end(effects);
    }

    private static Event event(long id, Data d, List<Long> invited, String token, Context ctx) {
        var s = ctx.config().settings();
        return new Event(id, ctx.personId(), d.name(), d.kind(), d.day() + "T" + d.time(), s.zone().getId(),
                d.video() ? null : d.place(), d.capacity(), d.languages().isEmpty() ? List.of(ctx.texts().language()) : d.languages(), "open", token, 1);
    }
}
