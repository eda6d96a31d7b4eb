package org.koppel.relay;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.conversation.Tell;

/**
 * /message ("relay"): whom to write to, when there are several, then the text, which goes to them
 * with the sender's first name and a Report button.
 * <pre>
 * PICK   buttons  one of the people the person is meeting → WRITE
 * WRITE  typing   the text → passed on, ends; /cancel → nothing sent, ends
 * </pre>
 * The other side is read again before every step: someone who left or whose meeting ended can
 * no longer be written to, whatever was chosen before.
 */
public final class RelayConversation implements Conversation<RelayData, RelayView> {
    public static final String KIND = "relay";
    public static final String COMMAND = "message";
    static final String PICK = "PICK";
    static final String WRITE = "WRITE";

    private static final States<RelayData, RelayView> STATES = States.of(
            State.of(PICK, Expects.CHOICE, RelayConversation::askWhom, RelayConversation::pick),
            State.of(WRITE, Expects.TEXT, RelayConversation::askText, RelayConversation::write));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<RelayData> dataType() {
        return RelayData.class;
    }

    @Override
    public States<RelayData, RelayView> states() {
        return STATES;
    }

    @Override
    public RelayView view(Connection c, String key, RelayData data, Input input, Context ctx) throws SQLException {
        return new RelayView(Partners.of(c, ctx.personId()), Partners.name(c, ctx.personId()));
    }

    /** Its messages name the people offered, or the one chosen. */
    @Override
    public Set<Long> about(RelayData data, RelayView view, Context ctx) {
        if (view == null) {
            return Set.of();
        }
        if (data != null && data.chosen() >= 0) {
            Partner p = chosen(data, view);
            return p == null ? Set.of() : Set.of(p.person());
        }
        return view.partners().stream().map(Partner::person).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public Step<RelayData> begin(RelayView view, Input input, Context ctx) {
        return input instanceof Input.Command ? start(view, ctx) : null;
    }

    private static Step<RelayData> start(RelayView view, Context ctx) {
        List<Partner> partners = view.partners();
        if (partners.isEmpty()) {
            return Step.end(new Say(ctx.texts().t("relay.nobody")));
        }
        RelayData d = new RelayData(partners.stream().map(Partner::meeting).toList(), partners.size() == 1 ? 0 : -1);
        String state = partners.size() == 1 ? WRITE : PICK;
        return new Step<>(state, d, STATES.get(state).prompt().ask(d, view, ctx));
    }

    private static Partner chosen(RelayData d, RelayView view) {
        return d.chosen() < 0 || d.chosen() >= d.meetings().size() ? null : view.find(d.meetings().get(d.chosen()));
    }

    private static List<Effect> askWhom(RelayData d, RelayView view, Context ctx) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < d.meetings().size(); i++) {
            Partner p = view.find(d.meetings().get(i));
            if (p != null) {
                rows.add(List.of(new Button(p.name(), "to:" + i)));
            }
        }
        return List.of(new Say(ctx.texts().t("relay.to_whom"), rows));
    }

    private static List<Effect> askText(RelayData d, RelayView view, Context ctx) {
        Partner p = chosen(d, view);
        return p == null ? List.of() : List.of(new Say(ctx.texts().t("relay.write", "name", p.name())));
    }

    private static Step<RelayData> pick(RelayData d, RelayView view, Input in, Context ctx) {
        if (in instanceof Input.Cancel) {
            return Step.end(new Say(ctx.texts().t("relay.dropped")));
        }
        if (in instanceof Input.Command) {
            return start(view, ctx);
        }
        if (in instanceof Input.Choice c && c.action().matches("to:\\d{1,2}")) {
            int i = Integer.parseInt(c.action().substring(3));
            if (i < d.meetings().size() && view.find(d.meetings().get(i)) != null) {
                RelayData next = new RelayData(d.meetings(), i);
                return new Step<>(WRITE, next, askText(next, view, ctx));
            }
        }
        return null;
    }

    private static Step<RelayData> write(RelayData d, RelayView view, Input in, Context ctx) {
        var t = ctx.texts();
        Partner to = chosen(d, view);
        if (in instanceof Input.Cancel) {
            return Step.end(new Say(t.t("relay.dropped")));
        }
        if (in instanceof Input.Command || to == null) {
            return start(view, ctx);
        }
        if (!(in instanceof Input.Text text)) {
            return null;
        }
        int max = ctx.config().settings().maxTextLength();
        if (text.text().isBlank()) {
            return Step.of(WRITE, d, new Say(t.t("input.text_empty")));
        }
        if (text.text().length() > max) {
            return Step.of(WRITE, d, new Say(t.t("input.too_long", "max", max)));
        }
        String from = view.me() == null ? ctx.senderFirstName() : view.me();
        String body = text.text();
        String report = ReportConversation.key(ctx.personId(), ctx.now().toEpochMilli());
        return Step.end(new Relayed(to.person(), to.meeting(), from, body),
                new Tell(to.person(), report, o -> new Say(o.t("relay.received", "name", from, "text", body),
                        List.of(List.of(new Button(o.t("button.report"), "report")))), null, Set.of(ctx.personId())),
                new Say(t.t("relay.sent", "name", to.name())));
    }
}
