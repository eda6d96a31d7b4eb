package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;
import org.koppel.broadcast.BroadcastQueued;
import org.koppel.community.CommunityLookup;
import org.koppel.flow.Attachment;
import org.koppel.flow.Button;
import org.koppel.flow.EditPressed;
import org.koppel.flow.Toast;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.Say;
import org.koppel.flow.Step;
import org.koppel.flow.Tell;
import org.koppel.i18n.Texts;

/**
 * A key person's /broadcast: which community (their own; coordinators any), the message (text,
 * or a photo with a caption), a preview exactly as members will get it in the community's
 * language, then Send to N members, Edit or Cancel. Sending is the Broadcaster's work.
 */
final class BroadcastSteps {
    /** Room left for the header members see above the text (Telegram: 4096 for text, 1024 for a caption). */
    static final int MAX_TEXT = 3_800;
    static final int MAX_CAPTION = 850;

    private BroadcastSteps() {
    }

    static Step<Draft> pick(String state, Draft d, List<CommunityLookup.Info> infos, FlowContext ctx) {
        boolean coordinator = ctx.coordinators().contains(ctx.personId());
        List<CommunityLookup.Info> mine = infos.stream().filter(c -> coordinator || "key_person".equals(c.role())).toList();
        var t = ctx.texts();
        if (mine.isEmpty()) {
            return Step.of(state, d, new Say(t.t("broadcast.none")));
        }
        if (mine.size() == 1) {
            return write(state, d, mine.get(0), ctx);
        }
        Draft next = d.copy();
        next.side = "bc.pick";
        next.options = new ArrayList<>(mine);
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            rows.add(List.of(new Button(mine.get(i).name() + " (" + mine.get(i).members() + ")", "cm:bc:" + i)));
        }
        return Step.of(state, next, new Say(t.t("broadcast.pick"), rows));
    }

    private static Step<Draft> write(String state, Draft d, CommunityLookup.Info c, FlowContext ctx) {
        Draft next = d.copy();
        next.side = "bc.write";
        next.options = new ArrayList<>();
        next.broadcast = new BroadcastDraft(c.id(), c.name(), c.language(), c.members(), null, null);
        return Step.of(state, next, new Say(ctx.texts().t("broadcast.write", "community", c.name(), "members", c.members())));
    }

    static Step<Draft> handle(String state, Draft d, Input input, FlowContext ctx) {
        var t = ctx.texts();
        if (d.side.equals("bc.pick") && input instanceof Input.Choice c && c.action().startsWith("cm:bc:")) {
            int i = Integer.parseInt(c.action().substring(6));
            return i >= 0 && i < d.options.size() ? write(state, d, d.options.get(i), ctx) : Step.of(state, d);
        }
        if (input instanceof Input.Text text && !d.side.equals("bc.pick")) {
            if (text.text().length() > MAX_TEXT) {
                return Step.of(state, d, new Say(t.t("broadcast.too_long", "max", MAX_TEXT)));
            }
            return preview(state, d, d.broadcast.with(text.text(), null), ctx);
        }
        if (input instanceof Input.Photo photo && !d.side.equals("bc.pick")) {
            if (photo.caption().length() > MAX_CAPTION) {
                return Step.of(state, d, new Say(t.t("broadcast.too_long", "max", MAX_CAPTION)));
            }
            return preview(state, d, d.broadcast.with(photo.caption(), photo.fileId()), ctx);
        }
        if (d.side.equals("bc.preview") && input instanceof Input.Choice c) {
            switch (c.action()) {
                case "cm:send" -> {
                    BroadcastDraft b = d.broadcast;
                    String from = d.firstName != null ? d.firstName : ctx.senderFirstName();
                    // the status message that follows shows it is under way; a notice is enough here
                    return Step.of(state, CommunitySteps.cleared(d), new BroadcastQueued(b.community(), from, b.text(), b.photo()),
                            new EditPressed(null, List.of()), new Toast(t.t("broadcast.queued")));
                }
                case "cm:edit" -> {
                    return write(state, d, new CommunityLookup.Info(d.broadcast.community(), d.broadcast.name(),
                            d.broadcast.language(), null, null, d.broadcast.members(), null, null), ctx);
                }
                default -> {
                    return Step.of(state, CommunitySteps.cleared(d), new Say(t.t("broadcast.cancelled")));
                }
            }
        }
        return Step.of(state, d, new Say(t.t(d.side.equals("bc.pick") ? "input.use_buttons" : "broadcast.text_or_photo")));
    }

    /** The member's copy, shown to the sender in the community's language, then the choice. */
    private static Step<Draft> preview(String state, Draft d, BroadcastDraft b, FlowContext ctx) {
        var t = ctx.texts();
        Draft next = d.copy();
        next.side = "bc.preview";
        next.broadcast = b;
        String from = d.firstName != null ? d.firstName : ctx.senderFirstName();
        return Step.of(state, next, new Say(t.t("broadcast.preview_title")),
                new Tell(ctx.personId(), o -> copy(o, b, from), b.language()),
                new Say(t.t("broadcast.confirm", "community", b.name(), "members", b.members()), List.of(
                        List.of(new Button(t.t("button.send_to", "members", b.members()), "cm:send")),
                        List.of(new Button(t.t("button.edit"), "cm:edit"), new Button(t.t("button.cancel"), "cm:cancel")))));
    }

    /** What a member sees; the Broadcaster writes the same with a working Leave button. */
    static Say copy(Texts t, BroadcastDraft b, String from) {
        String text = t.t("broadcast.copy", "community", b.name(), "name", from, "text", b.text() == null ? "" : b.text());
        List<List<Button>> leave = List.of(List.of(new Button(t.t("button.leave", "community", b.name()), "cm:preview")));
        return new Say(text, leave, b.photo() == null ? null : Attachment.photo(b.photo()));
    }
}
