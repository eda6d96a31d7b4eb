package org.koppel.community;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;

/**
 * /communities ("communities"). For a member, the list with a Leave button each (then it ends);
 * for a coordinator, every community with its join link and what they can do:
 * <pre>
 * ADMIN    nothing  invite a key person → a single-use link; appoint one → APPOINT
 * APPOINT  typing   a Telegram user id (in the terminal: a name) → made key person and told; → ADMIN
 * </pre>
 */
public final class CommunitiesConversation implements Conversation<CommunitiesConversation.Data, CommunitiesConversation.View> {
    public static final String KIND = "communities";
    static final String ADMIN = "ADMIN";
    static final String APPOINT = "APPOINT";

    /** The communities the overview showed, in its order, and the one being given a key person. */
    public record Data(List<Long> ids, List<String> names, int chosen) {
    }

    /** The communities as the reader may see them, where links start, and whom typed text names. */
    public record View(List<Info> communities, String base, Long person) {
    }

    private final Links links;
    private final States<Data, View> states = States.of(
            State.idle(ADMIN, CommunitiesConversation::admin),
            State.of(APPOINT, Expects.TEXT, (d, v, ctx) -> List.of(new Say(ctx.texts().t("community.appoint_ask",
                    "community", d.names().get(d.chosen())))), CommunitiesConversation::appoint));

    public CommunitiesConversation(Links links) {
        this.links = links;
    }

    /** Coordinators work here whatever they answered to the consent; a member only sees their (no) communities. */
    @Override
    public boolean withoutConsent() {
        return true;
    }

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
        return states;
    }

    @Override
    public View view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        Long person = input instanceof Input.Text t ? CommunityStore.person(c, t.text().strip()) : null;
        return new View(CommunityStore.list(c, ctx.personId(), ctx.coordinator(), links.base()), links.base(), person);
    }

    @Override
    public Step<Data> begin(View view, Input input, Context ctx) {
        return input instanceof Input.Command ? overview(view, ctx) : null;
    }

    private static Step<Data> overview(View view, Context ctx) {
        var t = ctx.texts();
        List<Info> infos = view.communities();
        if (!ctx.coordinator()) {
            return Step.end(list(infos, ctx));
        }
        StringBuilder text = new StringBuilder(t.t("community.all_title"));
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < infos.size(); i++) {
            Info c = infos.get(i);
            // a language by its own name ("ትግርኛ"), never its code ("ti")
            String language = ctx.config().settings().language(c.language()).map(l -> l.name()).orElse(c.language());
            text.append("\n\n").append(t.t("community.admin_line", "community", c.name(), "language", language,
                    "members", c.members(), "link", c.joinLink()));
            rows.add(List.of(new Button(t.t("button.invite_key", "community", c.name()), "inv:" + i)));
            rows.add(List.of(Button.to(Keys.of(ManageConversation.KIND, c.id()), t.t("manage.button_manage", "community",
                    c.name()), "view")));
        }
        text.append("\n\n").append(t.t("community.new_hint"));
        Data d = new Data(infos.stream().map(Info::id).toList(), infos.stream().map(Info::name).toList(), -1);
        return Step.of(ADMIN, d, new Say(text.toString(), rows).lasting());
    }

    private static Say list(List<Info> infos, Context ctx) {
        var t = ctx.texts();
        if (infos.isEmpty()) {
            return new Say(t.t("community.none"));
        }
        StringBuilder text = new StringBuilder(t.t("community.list_title"));
        List<List<Button>> rows = new ArrayList<>();
        for (Info c : infos) {
            text.append('\n').append(t.t("key_person".equals(c.role()) ? "community.line_key" : "community.line",
                    "community", c.name(), "members", c.members()));
            if ("key_person".equals(c.role())) {
                rows.add(List.of(Button.to(Keys.of(FiguresConversation.KIND, c.id()),
                        t.t("button.figures", "community", c.name()), "show")));
            }
            rows.add(List.of(Button.to(Keys.of(CommunityConversation.KIND, c.id()),
                    t.t("button.leave", "community", c.name()), CommunityConversation.LEAVE)));
        }
        return new Say(text.toString(), rows);
    }

    private static Step<Data> admin(Data d, View view, Input in, Context ctx) {
        if (in instanceof Input.Command) {
            return overview(view, ctx);
        }
        String action = in instanceof Input.Choice c ? c.action() : "";
        int i = action.matches("(inv|app):\\d{1,3}") ? Integer.parseInt(action.substring(4)) : -1;
        if (i < 0 || i >= d.ids().size() || !ctx.coordinator()) {
            return null;
        }
        if (action.startsWith("inv:")) {
            String token = CommunityStore.token(ctx.random());
            return Step.of(ADMIN, d, new CommunityChange.Invited(d.ids().get(i), token), new Say(ctx.texts().t(
                    "community.invite", "community", d.names().get(i), "link", view.base() + "k" + token)));
        }
        Data next = new Data(d.ids(), d.names(), i);
        return new Step<>(APPOINT, next, List.of(new Say(ctx.texts().t("community.appoint_ask", "community",
                d.names().get(i)))));
    }

    private static Step<Data> appoint(Data d, View view, Input in, Context ctx) {
        var t = ctx.texts();
        Data back = new Data(d.ids(), d.names(), -1);
        if (in instanceof Input.Cancel) {
            return Step.of(ADMIN, back, new Say(t.t("cancel.stopped")));
        }
        if (!(in instanceof Input.Text)) {
            return null;
        }
        if (view.person() == null) {
            return Step.of(ADMIN, back, new Say(t.t("community.appoint_unknown")));
        }
        List<Effect> effects = List.of(new CommunityChange.Appoint(d.ids().get(d.chosen()), view.person()),
                new Say(t.t("community.appointed_done", "community", d.names().get(d.chosen()))));
        return new Step<>(ADMIN, back, effects);
    }
}
