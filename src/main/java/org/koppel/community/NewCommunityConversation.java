package org.koppel.community;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
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

/**
 * A coordinator's /newcommunity ("newcommunity"):
 * <pre>
 * NAME      typing   the community's name → LANGUAGE
 * LANGUAGE  buttons  the language its members read → REGION
 * REGION    buttons  a region or none → created, with its join link; ends
 * </pre>
 */
public final class NewCommunityConversation implements Conversation<NewCommunityConversation.Data, String> {
    public static final String KIND = "newcommunity";
    static final String NAME = "NAME";
    static final String LANGUAGE = "LANGUAGE";
    static final String REGION = "REGION";

    /** What has been answered so far. */
    public record Data(String name, String language) {
    }

    private final Links links;
    private final States<Data, String> states = States.of(
            State.of(NAME, Expects.TEXT, (d, v, ctx) -> List.of(new Say(ctx.texts().t("community.ask_name"))),
                    NewCommunityConversation::name),
            State.of(LANGUAGE, Expects.CHOICE, NewCommunityConversation::askLanguage, NewCommunityConversation::language),
            State.of(REGION, Expects.CHOICE, NewCommunityConversation::askRegion, NewCommunityConversation::region));

    public NewCommunityConversation(Links links) {
        this.links = links;
    }

    /** Coordinators work here whatever they answered to the consent a newcomer or volunteer gets. */
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
    public States<Data, String> states() {
        return states;
    }

    /** The view is where join links start, so the created one can be shown. */
    @Override
    public String view(Connection c, String key, Data data, Input input, Context ctx) {
        return links.base();
    }

    @Override
    public Step<Data> begin(String base, Input input, Context ctx) {
        if (!(input instanceof Input.Command)) {
            return null;
        }
        if (!ctx.coordinator()) {
            return Step.end(new Say(ctx.texts().t("community.coordinators_only")));
        }
        return Step.of(NAME, new Data(null, null), new Say(ctx.texts().t("community.ask_name")));
    }

    private static Step<Data> stopped(Input in, Context ctx) {
        return in instanceof Input.Cancel ? Step.end(new Say(ctx.texts().t("cancel.stopped"))) : null;
    }

    private static Step<Data> name(Data d, String base, Input in, Context ctx) {
        if (!(in instanceof Input.Text text)) {
            return stopped(in, ctx);
        }
        String name = text.text().strip();
        if (name.isEmpty() || name.length() > 80) {
            return Step.of(NAME, d, new Say(ctx.texts().t("community.ask_name")));
        }
        Data next = new Data(name, null);
        return new Step<>(LANGUAGE, next, askLanguage(next, base, ctx));
    }

    private static List<Effect> askLanguage(Data d, String base, Context ctx) {
        List<List<Button>> rows = ctx.config().settings().languages().stream()
                .map(l -> List.of(new Button(l.name(), "lang:" + l.code()))).toList();
        return List.of(new Say(ctx.texts().t("community.ask_language"), rows));
    }

    private static Step<Data> language(Data d, String base, Input in, Context ctx) {
        String action = in instanceof Input.Choice c ? c.action() : "";
        if (!action.startsWith("lang:") || !ctx.config().settings().supports(action.substring(5))) {
            return stopped(in, ctx);
        }
        Data next = new Data(d.name(), action.substring(5));
        return new Step<>(REGION, next, askRegion(next, base, ctx));
    }

    private static List<Effect> askRegion(Data d, String base, Context ctx) {
        var t = ctx.texts();
        List<List<Button>> rows = new ArrayList<>();
        ctx.config().regions().regions().forEach(r -> rows.add(List.of(new Button(t.t("region." + r.code()),
                "region:" + r.code()))));
        rows.add(List.of(new Button(t.t("button.no_region"), "region:-")));
        return List.of(new Say(t.t("community.ask_region"), rows));
    }

    private static Step<Data> region(Data d, String base, Input in, Context ctx) {
        String action = in instanceof Input.Choice c ? c.action() : "";
        String region = action.startsWith("region:") ? action.substring(7) : null;
        if (region == null || !region.equals("-") && ctx.config().regions().region(region).isEmpty()) {
            return stopped(in, ctx);
        }
        String token = CommunityStore.token(ctx.random());
        return Step.end(new CommunityChange.Created(d.name(), d.language(), region.equals("-") ? null : region, token),
                new Say(ctx.texts().t("community.created", "community", d.name(), "link", base + "j" + token)));
    }
}
