package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;
import org.koppel.community.CommunityChanged;
import org.koppel.community.CommunityLookup;
import org.koppel.core.Json;
import org.koppel.flow.Ask;
import org.koppel.flow.Button;
import org.koppel.flow.CommunityActions;
import org.koppel.flow.EditPressed;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.MeetingActions;
import org.koppel.flow.Say;
import org.koppel.flow.Step;
import org.koppel.flow.Tell;
import org.koppel.i18n.Texts;

/**
 * Communities for everyone, whatever else they are doing: /communities with Leave buttons, join
 * and key-person links (each with its own consent), /pause and /resume of broadcasts. The key
 * person's /broadcast and the coordinators' steps live in {@link BroadcastSteps} and
 * {@link CommunityAdmin}; all of them keep their place in {@link Draft#side}, beside the flow's state.
 */
final class CommunitySteps {
    static final String LIST = "communities";
    static final String APPOINTED = "community.appointed";
    private static final java.util.Set<String> TYPED = java.util.Set.of("new.name", "appoint", "bc.write", "bc.preview");

    private CommunitySteps() {
    }

    /** Whether this input belongs to the community steps rather than the flow's own state. */
    static boolean takes(Draft d, Input input) {
        if (input instanceof Input.Event e) {
            return e.name().equals(CommunityActions.LINK_EVENT) || e.name().startsWith("community.")
                    || e.name().equals(MeetingActions.OWN_EVENT) && CommunityActions.own(e.value());
        }
        if (input instanceof Input.Command c) {
            return List.of(LIST, "broadcast", "newcommunity", "pause", "resume").contains(c.name());
        }
        if (input instanceof Input.Choice c) {
            return c.action().startsWith("cm:");
        }
        if (input instanceof Input.Cancel) {
            // the overview only offers buttons: /cancel there is meant for the flow
            return d.side != null && !d.side.equals("admin");
        }
        // only steps waiting for something typed take text; elsewhere typing goes on with the flow
        return d.side != null && TYPED.contains(d.side) && (input instanceof Input.Text || input instanceof Input.Photo);
    }

    static Step<Draft> handle(String state, Draft d, Input input, FlowContext ctx) {
        var t = ctx.texts();
        if (input instanceof Input.Cancel) {
            return Step.of(state, cleared(d), new Say(t.t(d.side.startsWith("bc") ? "broadcast.cancelled" : "cancel.nothing")));
        }
        if (input instanceof Input.Command c) {
            return switch (c.name()) {
                case LIST -> ctx.coordinators().contains(ctx.personId()) ? asking(state, d, "admin", CommunityLookup.ALL)
                        : asking(state, d, "list", CommunityLookup.MINE);
                case "broadcast" -> asking(state, d, "bc.list", ctx.coordinators().contains(ctx.personId())
                        ? CommunityLookup.ALL : CommunityLookup.MINE);
                case "pause" -> Step.of(state, d, new CommunityChanged.Paused(true), new Say(t.t("paused.on")));
                case "resume" -> Step.of(state, d, new CommunityChanged.Paused(false), new Say(t.t("paused.off")));
                default -> CommunityAdmin.start(state, d, ctx);
            };
        }
        if (input instanceof Input.Event e) {
            return event(state, d, e, ctx);
        }
        if (d.side == null) {
            return Step.of(state, d, new Say(t.t("callback.expired")));
        }
        if (d.side.startsWith("bc")) {
            return BroadcastSteps.handle(state, d, input, ctx);
        }
        return CommunityAdmin.handle(state, d, input, ctx);
    }

    static Step<Draft> asking(String state, Draft d, String side, String what) {
        Draft next = d.copy();
        next.side = "ask." + side;
        return Step.of(state, next, new Ask(what));
    }

    static Draft cleared(Draft d) {
        Draft next = d.copy();
        next.side = null;
        next.broadcast = null;
        return next;
    }

    private static Step<Draft> event(String state, Draft d, Input.Event e, FlowContext ctx) {
        var t = ctx.texts();
        switch (e.name()) {
            case CommunityActions.LINK_EVENT:
                return asking(state, d, "link", CommunityLookup.LINK + e.value());
            case CommunityLookup.UNKNOWN:
                return Step.of(state, cleared(d), new Say(t.t("community.link_unknown")));
            case CommunityLookup.FOUND:
                CommunityLookup.Info found = Json.read(e.value(), CommunityLookup.Info.class);
                // standing buttons: the answer may come after the person has gone on with the flow
                return Step.of(state, cleared(d), new Tell(ctx.personId(), o -> offer(found, o)));
            case APPOINTED:
                String[] v = e.value().split(":", 2);
                return Step.of(state, d, new CommunityChanged.Joined(Long.parseLong(v[0], 36), true, null),
                        new Say(t.t("community.appointed", "community", v[1])));
            case MeetingActions.OWN_EVENT:
                return own(state, d, e.value(), ctx);
            default:
                break;
        }
        String side = d.side == null ? "" : d.side;
        if (e.name().equals(CommunityLookup.LIST)) {
            List<CommunityLookup.Info> infos = List.of(Json.read(e.value(), CommunityLookup.Info[].class));
            return side.equals("ask.bc.list") ? BroadcastSteps.pick(state, cleared(d), infos, ctx)
                    : side.equals("ask.admin") ? CommunityAdmin.overview(state, cleared(d), infos, ctx)
                    : Step.of(state, cleared(d), new Tell(ctx.personId(), o -> list(infos, o)));
        }
        return CommunityAdmin.answer(state, d, e, ctx);
    }

    /** The consent a link asks for: to join as a member, or to become a key person. */
    private static Say offer(CommunityLookup.Info c, Texts t) {
        String c36 = Long.toString(c.id(), 36);
        if (c.invite() != null) {
            return new Say(t.t("community.key_offer", "community", c.name()), List.of(List.of(
                    new Button(t.t("button.accept_key"), CommunityActions.KEY_PERSON + c36 + ":" + c.invite()),
                    new Button(t.t("button.not_now"), CommunityActions.JOIN + c36 + ":no"))));
        }
        return new Say(t.t("community.join_offer", "community", c.name()), List.of(List.of(
                new Button(t.t("button.join"), CommunityActions.JOIN + c36 + ":yes"),
                new Button(t.t("button.not_now"), CommunityActions.JOIN + c36 + ":no"))));
    }

    /** Join, accept an invite or leave: the press names the community, the lookup already checked the link. */
    private static Step<Draft> own(String state, Draft d, String action, FlowContext ctx) {
        var t = ctx.texts();
        String[] v = action.substring(3).split(":", 2);
        long community = Long.parseLong(v[0], 36);
        if (action.startsWith(CommunityActions.LEAVE)) {
            return Step.of(state, d, new CommunityChanged.Left(community), new EditPressed(null, List.of(), true),
                    new Say(t.t("community.left")));
        }
        if (action.startsWith(CommunityActions.JOIN) && v[1].equals("no")) {
            return Step.of(state, d, new EditPressed(null, List.of(), true), new Say(t.t("community.not_joined")));
        }
        boolean key = action.startsWith(CommunityActions.KEY_PERSON);
        return Step.of(state, d, new CommunityChanged.Joined(community, key, key ? v[1] : null),
                new EditPressed(null, List.of(), true),
                new Say(t.t(key ? "community.key_done" : "community.joined")));
    }

    private static Say list(List<CommunityLookup.Info> infos, Texts t) {
        if (infos.isEmpty()) {
            return new Say(t.t("community.none"));
        }
        StringBuilder text = new StringBuilder(t.t("community.list_title"));
        List<List<Button>> rows = new ArrayList<>();
        for (CommunityLookup.Info c : infos) {
            text.append('\n').append(t.t("key_person".equals(c.role()) ? "community.line_key" : "community.line",
                    "community", c.name(), "members", c.members()));
            rows.add(List.of(new Button(t.t("button.leave", "community", c.name()),
                    CommunityActions.LEAVE + Long.toString(c.id(), 36))));
        }
        return new Say(text.toString(), rows);
    }
}
