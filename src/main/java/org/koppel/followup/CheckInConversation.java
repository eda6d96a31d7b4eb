package org.koppel.followup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.meeting.Meeting;
import org.koppel.meeting.MeetingStore;
import org.koppel.profile.ProfileData;
import org.koppel.profile.ProfileStore;

/**
 * Weeks after a meeting the newcomer is asked where they stand ("checkin:&lt;id&gt;", begun by the
 * job the follow-up set); the answer is counted, not chased.
 * <pre>
 * ASKED  nothing  work, placement, study or not yet → thanks, ends
 * </pre>
 */
public final class CheckInConversation implements Conversation<CheckInConversation.Data, CheckInConversation.View> {
    public static final String KIND = "checkin";
    static final String ASK = "ask";
    static final String ASKED = "ASKED";
    static final List<String> OUTCOMES = List.of("work", "placement", "study", "none");

    /** Nothing to keep but the question being open. */
    public record Data() {
    }

    /** The newcomer's profile, and whether the meeting took place (or nobody said it did not). */
    public record View(ProfileData me, boolean met) {
    }

    private static final States<Data, View> STATES = States.of(State.idle(ASKED, CheckInConversation::answer));

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
        Meeting m = MeetingStore.load(c, Keys.number(key));
        boolean met = m != null && (m.status() == Meeting.Status.HELD || m.status() == Meeting.Status.CONFIRMED);
        return new View(ProfileStore.read(c, ctx.personId()), met);
    }

    @Override
    public Step<Data> begin(View v, Input input, Context ctx) {
        // work found "since the meeting" means nothing when it did not take place
        if (!(input instanceof Input.Job j) || !j.name().equals(ASK) || v.me() == null || !v.met()) {
            return null;
        }
        ProfileData me = v.me();
        var t = ctx.texts();
        return Step.of(ASKED, new Data(), new Say(t.t("checkin.ask", "name", me.firstName),
                OUTCOMES.stream().map(o -> List.of(new Button(t.t("checkin." + o), o))).toList()).lasting());
    }

    private static Step<Data> answer(Data d, View v, Input in, Context ctx) {
        if (!(in instanceof Input.Choice c) || !OUTCOMES.contains(c.action())) {
            return null;
        }
        var t = ctx.texts();
        String name = v.me() == null ? "" : v.me().firstName;
        String o = c.action();
        return Step.end(new CheckedIn(Keys.number(ctx.key()), o),
                new Edit(t.t("checkin.ask", "name", name) + "\n\n✓ " + t.t("checkin." + o), List.of(), true),
                new Say(t.t(o.equals("none") ? "checkin.thanks_none" : "checkin.thanks")));
    }
}
