package org.koppel.introduction;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.i18n.Texts;
import org.koppel.meeting.SearchConversation;

/**
 * The newcomer's side of one introduction ("introduction:&lt;id&gt;"), begun when the volunteer
 * records it:
 * <pre>
 * OPEN  nothing  is it right? yes → confirmed, asked in two and six weeks; not right → noted, ends;
 *                two weeks: did you talk (yes, not yet, no: no ends); six weeks: what came of it → ends
 * </pre>
 * The questions keep their buttons while the newcomer does other things.
 */
public final class IntroductionConversation implements Conversation<IntroductionConversation.Data, IntroductionView> {
    public static final String KIND = "introduction";
    static final String OPEN = "OPEN";
    static final String WEEKS_2 = "w2";
    static final String WEEKS_6 = "w6";

    /** Nothing beyond the key. */
    public record Data() {
    }

    private static final States<Data, IntroductionView> STATES = States.of(State.idle(OPEN, IntroductionConversation::on));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, IntroductionView> states() {
        return STATES;
    }

    @Override
    public IntroductionView view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        return IntroductionView.read(c, Keys.number(key));
    }

    /** The questions name the volunteer. */
    @Override
    public Set<Long> about(Data data, IntroductionView v, Context ctx) {
        return v == null || v.introduction().volunteer() == null ? Set.of() : Set.of(v.introduction().volunteer());
    }

    @Override
    public Step<Data> begin(IntroductionView v, Input input, Context ctx) {
        if (v == null || !(input instanceof Input.Event e && e.event() instanceof IntroductionNotice)) {
            return null;
        }
        var t = ctx.texts();
        return Step.of(OPEN, new Data(), new Say(t.t("intro.confirm", "name", name(v, t), "whom", whom(v, t)),
                List.of(List.of(new Button(t.t("button.intro_right"), "right"),
                        new Button(t.t("button.intro_not_right"), "not_right")))).lasting());
    }

    private static Step<Data> on(Data d, IntroductionView v, Input in, Context ctx) {
        var t = ctx.texts();
        if (v == null || !v.introduction().isNewcomer(ctx.personId())) {
            return Step.end(new Say(t.t("intro.gone")));
        }
        Introduction i = v.introduction();
        if (in instanceof Input.Job j) {
            return i.confirmed() ? Step.of(OPEN, d, ask(j.name(), v, t)) : Step.of(OPEN, d);
        }
        String a = in instanceof Input.Choice c ? c.action() : "";
        long id = i.id();
        if (a.equals("right") && "recorded".equals(i.status())) {
            return Step.of(OPEN, d, Edit.clearButtons(), new IntroductionChange.Confirmed(id, true),
                    new Say(t.t("intro.confirmed", "whom", whom(v, t))),
                    Schedule.here(WEEKS_2, "", ctx.now().plus(Duration.ofDays(14))),
                    Schedule.here(WEEKS_6, "", ctx.now().plus(Duration.ofDays(42))));
        }
        if (a.equals("not_right") && "recorded".equals(i.status())) {
            return Step.end(Edit.clearButtons(), new IntroductionChange.Confirmed(id, false), new Say(t.t("intro.not_right")));
        }
        if (a.startsWith("t:") && Introduction.TALKED.contains(a.substring(2)) && i.confirmed()) {
            String talked = a.substring(2);
            List<org.koppel.conversation.Effect> out = new ArrayList<>(List.of(Edit.clearButtons(),
                    new IntroductionChange.Talked(id, talked), new Say(t.t("intro.thanks_talked." + talked))));
            // "no": nothing more to ask; the six-week question goes with the conversation
            return talked.equals("no") ? Step.end(out) : new Step<>(OPEN, d, out);
        }
        if (a.startsWith("r:") && Introduction.RESULTS.contains(a.substring(2)) && i.confirmed()) {
            return Step.end(Edit.clearButtons(), new IntroductionChange.Result(id, a.substring(2)),
                    new Say(t.t("intro.thanks_result")));
        }
        // a press that no longer applies (answered already): the buttons go
        return in instanceof Input.Choice ? Step.of(OPEN, d, Edit.clearButtons()) : null;
    }

    private static Say ask(String job, IntroductionView v, Texts t) {
        List<List<Button>> rows = new ArrayList<>();
        if (job.equals(WEEKS_2)) {
            for (String talked : Introduction.TALKED) {
                rows.add(List.of(new Button(t.t("intro.talked." + talked), "t:" + talked)));
            }
            return new Say(t.t("intro.ask_talked", "name", name(v, t), "whom", whom(v, t)), rows).lasting();
        }
        for (String r : Introduction.RESULTS) {
            rows.add(List.of(new Button(t.t("event.result." + r), "r:" + r)));
        }
        return new Say(t.t("intro.ask_result", "whom", whom(v, t)), rows).lasting();
    }

    private static String name(IntroductionView v, Texts t) {
        return SearchConversation.name(v.volunteerName(), t);
    }

    /** "an employer (Zorggroep Tilburg)" or "a colleague". */
    static String whom(IntroductionView v, Texts t) {
        Introduction i = v.introduction();
        String kind = t.t("intro.whom." + i.kind());
        return i.organisation() == null ? kind : t.t("intro.whom_at", "whom", kind, "organisation", i.organisation());
    }
}
