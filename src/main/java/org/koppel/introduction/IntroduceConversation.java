package org.koppel.introduction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.meeting.SearchConversation;
import org.koppel.vetting.VolunteerStore;

/**
 * A volunteer recording an introduction ("introduce"), from the button at the end of their
 * follow-up or /introduce:
 * <pre>
 * PICK  buttons  which of their recent meetings (only when /introduce finds more than one) → KIND
 * KIND  buttons  colleague, employer, training, other → ORG
 * ORG   typing   the organisation's name, or Skip → recorded; the newcomer is asked to confirm
 * </pre>
 */
public final class IntroduceConversation implements Conversation<IntroduceConversation.Data, IntroduceConversation.View> {
    public static final String KIND = "introduce";
    static final String PICK = "PICK";
    static final String TYPE = "KIND";
    static final String ORG = "ORG";
    private static final int MAX_ORG = 80;

    /** The meeting chosen and the kind of introduction. */
    public record Data(long meeting, String kind) {
    }

    /** The volunteer's recent meetings that took place: ids and the newcomers' first names. */
    public record View(List<Long> ids, List<String> names, boolean volunteer) {
        String name(long meeting) {
            int i = ids.indexOf(meeting);
            return i < 0 ? null : names.get(i);
        }
    }

    private static final States<Data, View> STATES = States.of(
            State.of(PICK, Expects.CHOICE, (d, v, ctx) -> List.of(askMeeting(v, ctx)), IntroduceConversation::pick),
            State.of(TYPE, Expects.CHOICE, (d, v, ctx) -> List.of(askKind(d, v, ctx)), IntroduceConversation::kind),
            State.of(ORG, Expects.TEXT, (d, v, ctx) -> List.of(askOrg(ctx)), IntroduceConversation::org));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, View> states() {
        return STATES;
    }

    @Override
    public View view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        String now = ctx.now().atZone(ctx.config().settings().zone()).toLocalDateTime().toString();
        List<Object[]> rows = IntroductionStore.meetings(c, ctx.personId(), now);
        return new View(rows.stream().map(r -> (Long) r[0]).toList(), rows.stream().map(r -> (String) r[1]).toList(),
                VolunteerStore.isVolunteer(c, ctx.personId()));
    }

    @Override
    public Step<Data> begin(View v, Input input, Context ctx) {
        var t = ctx.texts();
        if (input instanceof Input.Choice c) {
            return pick(new Data(0, null), v, c, ctx);
        }
        if (!(input instanceof Input.Command)) {
            return null;
        }
        if (v.ids().isEmpty()) {
            return Step.end(new Say(t.t(v.volunteer() ? "intro.no_meetings" : "intro.volunteers_only")));
        }
        if (v.ids().size() == 1) {
            Data d = new Data(v.ids().get(0), null);
            return Step.of(TYPE, d, askKind(d, v, ctx));
        }
        return Step.of(PICK, new Data(0, null), askMeeting(v, ctx));
    }

    private static Say askMeeting(View v, Context ctx) {
        var t = ctx.texts();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < v.ids().size(); i++) {
            rows.add(List.of(new Button(SearchConversation.name(v.names().get(i), t), "m:" + Long.toString(v.ids().get(i), 36))));
        }
        return new Say(t.t("intro.ask_meeting"), rows);
    }

    private static Step<Data> pick(Data d, View v, Input in, Context ctx) {
        var t = ctx.texts();
        String a = in instanceof Input.Choice c ? c.action() : "";
        Long meeting = a.startsWith("m:") ? Keys.base36(a.substring(2)) : null;
        if (meeting == null) {
            return in instanceof Input.Cancel ? Step.end(new Say(t.t("cancel.stopped"))) : null;
        }
        if (!v.ids().contains(meeting)) {
            // not theirs, not held, or the newcomer has gone
            return Step.end(new Say(t.t("intro.not_possible")));
        }
        Data next = new Data(meeting, null);
        return Step.of(TYPE, next, Edit.clearButtons(), askKind(next, v, ctx));
    }

    private static Say askKind(Data d, View v, Context ctx) {
        var t = ctx.texts();
        List<List<Button>> rows = new ArrayList<>();
        for (String k : Introduction.KINDS) {
            rows.add(List.of(new Button(t.t("intro.kind." + k), "k:" + k)));
        }
        String name = SearchConversation.name(v == null ? null : v.name(d.meeting()), t);
        return new Say(t.t("intro.ask_kind", "name", name), rows);
    }

    private static Step<Data> kind(Data d, View v, Input in, Context ctx) {
        String a = in instanceof Input.Choice c ? c.action() : "";
        if (a.startsWith("k:") && Introduction.KINDS.contains(a.substring(2))) {
            return Step.of(ORG, new Data(d.meeting(), a.substring(2)), Edit.clearButtons(), askOrg(ctx));
        }
        return in instanceof Input.Cancel ? Step.end(new Say(ctx.texts().t("cancel.stopped"))) : null;
    }

    private static Say askOrg(Context ctx) {
        var t = ctx.texts();
        return new Say(t.t("intro.ask_org"), List.of(List.of(new Button(t.t("button.skip"), "skip"))));
    }

    private static Step<Data> org(Data d, View v, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel) {
            return Step.end(new Say(t.t("cancel.stopped")));
        }
        String org;
        if (in instanceof Input.Choice c && c.action().equals("skip")) {
            org = null;
        } else if (in instanceof Input.Text text && !text.text().isBlank()) {
            org = text.text().strip();
            if (org.length() > MAX_ORG) {
                return Step.of(ORG, d, new Say(t.t("input.too_long", "max", MAX_ORG)));
            }
        } else {
            return null;
        }
        if (!v.ids().contains(d.meeting())) {
            return Step.end(new Say(t.t("intro.not_possible")));
        }
        long id = 1 + (ctx.random().nextLong() >>> 24);
        IntroductionChange.Recorded recorded = new IntroductionChange.Recorded(id, d.meeting(), d.kind(), org);
        Say thanks = new Say(t.t("intro.recorded", "name", SearchConversation.name(v.name(d.meeting()), t)));
        // a typed name leaves the Skip button; a press on it is answered where it was
        return org == null ? Step.end(Edit.clearButtons(), recorded, thanks) : Step.end(recorded, thanks);
    }
}
