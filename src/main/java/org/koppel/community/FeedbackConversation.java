package org.koppel.community;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.koppel.conversation.Tell;

/**
 * A key person's /feedback ("feedback"): their community's questions and needs, to the coordinators.
 * <pre>
 * PICK   buttons  which community (only when they are key person of more than one) → WRITE
 * WRITE  typing   the message → every coordinator gets it with the community and the sender's first name; ends
 * </pre>
 */
public final class FeedbackConversation implements Conversation<FeedbackConversation.Data, List<Info>> {
    public static final String KIND = "feedback";
    static final String PICK = "PICK";
    static final String WRITE = "WRITE";
    private static final int MAX = 2000;

    /** The community chosen (an index into the view's list), -1 before. */
    public record Data(int community) {
    }

    private static final States<Data, List<Info>> STATES = States.of(
            State.of(PICK, Expects.CHOICE, (d, v, ctx) -> List.of(askPick(v, ctx)), FeedbackConversation::pick),
            State.of(WRITE, Expects.TEXT, (d, v, ctx) -> List.of(askWrite(d, v, ctx)), FeedbackConversation::write));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, List<Info>> states() {
        return STATES;
    }

    /** The communities the person is key person of, in a fixed order. */
    @Override
    public List<Info> view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        return CommunityStore.list(c, ctx.personId(), false, "").stream().filter(i -> "key_person".equals(i.role())).toList();
    }

    @Override
    public Step<Data> begin(List<Info> mine, Input input, Context ctx) {
        if (!(input instanceof Input.Command)) {
            return null;
        }
        if (mine.isEmpty()) {
            return Step.end(new Say(ctx.texts().t("feedback.key_only")));
        }
        if (mine.size() == 1) {
            Data d = new Data(0);
            return Step.of(WRITE, d, askWrite(d, mine, ctx));
        }
        return Step.of(PICK, new Data(-1), askPick(mine, ctx));
    }

    private static Say askPick(List<Info> mine, Context ctx) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            rows.add(List.of(new Button(mine.get(i).name(), "c:" + i)));
        }
        return new Say(ctx.texts().t("feedback.pick"), rows);
    }

    private static Say askWrite(Data d, List<Info> mine, Context ctx) {
        return new Say(ctx.texts().t("feedback.write", "community", mine.get(d.community()).name()));
    }

    private static Step<Data> pick(Data d, List<Info> mine, Input in, Context ctx) {
        String a = in instanceof Input.Choice c ? c.action() : "";
        if (in instanceof Input.Cancel) {
            return Step.end(new Say(ctx.texts().t("cancel.stopped")));
        }
        if (!a.matches("c:\\d{1,2}") || Integer.parseInt(a.substring(2)) >= mine.size()) {
            return null;
        }
        Data next = new Data(Integer.parseInt(a.substring(2)));
        return Step.of(WRITE, next, Edit.clearButtons(), askWrite(next, mine, ctx));
    }

    private static Step<Data> write(Data d, List<Info> mine, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel) {
            return Step.end(new Say(t.t("cancel.stopped")));
        }
        if (!(in instanceof Input.Text text) || text.text().isBlank()) {
            return null;
        }
        if (text.text().length() > MAX) {
            return Step.of(WRITE, d, new Say(t.t("input.too_long", "max", MAX)));
        }
        if (d.community() >= mine.size()) {
            // no longer their key person since they began: nothing goes out in their community's name
            return Step.end(new Say(t.t("feedback.key_only")));
        }
        String community = mine.get(d.community()).name();
        String name = ctx.senderFirstName() == null ? "" : ctx.senderFirstName();
        String body = text.text().strip();
        List<Effect> effects = new ArrayList<>();
        for (long coordinator : ctx.coordinators()) {
            effects.add(new Tell(coordinator, null, o -> new Say(o.t("feedback.to_coordinators", "name", name,
                    "community", community, "text", body)), null, Set.of(ctx.personId())));
        }
        effects.add(new Say(t.t("feedback.sent", "community", community)));
        return Step.end(effects);
    }
}
