package org.koppel.broadcast;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.community.CommunityStore;
import org.koppel.community.Info;
import org.koppel.community.Links;
import org.koppel.conversation.Attachment;
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
import org.koppel.conversation.Toast;
import org.koppel.i18n.Texts;
import org.koppel.profile.ProfileStore;
import org.koppel.vetting.VolunteerStore;

/**
 * A key person's /broadcast ("broadcast"); coordinators may write to any community:
 * <pre>
 * PICK     buttons  which community → WRITE
 * WRITE    typing   text, or a photo with a caption → PREVIEW
 * PREVIEW  buttons  the members' copy in the community's language; send → queued, ends; edit → WRITE
 * </pre>
 * Sending is the {@link Broadcaster}'s work.
 */
public final class BroadcastConversation implements Conversation<BroadcastData, BroadcastConversation.View> {
    public static final String KIND = "broadcast";
    static final String PICK = "PICK";
    static final String WRITE = "WRITE";
    static final String PREVIEW = "PREVIEW";
    /** Room left for the header members see above the text (Telegram: 4096 for text, 1024 for a caption). */
    static final int MAX_TEXT = 3_800;
    static final int MAX_CAPTION = 850;

    /** The communities the person may write to, and the first name they sign with. */
    public record View(List<Info> mine, String me) {
        Info find(long id) {
            return mine.stream().filter(i -> i.id() == id).findFirst().orElse(null);
        }
    }

    private final Links links;
    private final States<BroadcastData, View> states = States.of(
            State.of(PICK, Expects.CHOICE, BroadcastConversation::askPick, BroadcastConversation::pick),
            State.of(WRITE, Expects.TEXT, BroadcastConversation::askWrite, BroadcastConversation::write),
            State.of(PREVIEW, Expects.CHOICE, BroadcastConversation::askPreview, BroadcastConversation::preview));

    public BroadcastConversation(Links links) {
        this.links = links;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<BroadcastData> dataType() {
        return BroadcastData.class;
    }

    @Override
    public States<BroadcastData, View> states() {
        return states;
    }

    @Override
    public View view(Connection c, String key, BroadcastData data, Input input, Context ctx) throws SQLException {
        List<Info> all = CommunityStore.list(c, ctx.personId(), ctx.coordinator(), links.base());
        List<Info> mine = all.stream().filter(i -> ctx.coordinator() || "key_person".equals(i.role())).toList();
        String me = ProfileStore.firstName(c, ctx.personId());
        me = me != null ? me : VolunteerStore.firstName(c, ctx.personId());
        return new View(mine, me != null ? me : ctx.senderFirstName());
    }

    @Override
    public Step<BroadcastData> begin(View view, Input input, Context ctx) {
        return input instanceof Input.Command ? start(view, ctx) : null;
    }

    private static Step<BroadcastData> start(View view, Context ctx) {
        if (view.mine().isEmpty()) {
            return Step.end(new Say(ctx.texts().t("broadcast.none")));
        }
        if (view.mine().size() == 1) {
            return write(view.mine().get(0), ctx);
        }
        BroadcastData d = new BroadcastData(view.mine().stream().map(Info::id).toList(), null);
        return new Step<>(PICK, d, askPick(d, view, ctx));
    }

    private static Step<BroadcastData> write(Info c, Context ctx) {
        if (c.reach() == 0) {
            // nobody would get it (no members yet, or all left, paused or unreachable): say so before writing
            return Step.end(new Say(ctx.texts().t("broadcast.no_members", "community", c.name())));
        }
        BroadcastData d = new BroadcastData(List.of(), new BroadcastDraft(c.id(), c.name(), c.language(), c.reach(),
                null, null));
        return new Step<>(WRITE, d, askWrite(d, null, ctx));
    }

    private static List<Effect> askPick(BroadcastData d, View view, Context ctx) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < d.options().size(); i++) {
            Info c = view.find(d.options().get(i));
            if (c != null) {
                rows.add(List.of(new Button(c.name() + " (" + c.members() + ")", "c:" + i)));
            }
        }
        return List.of(new Say(ctx.texts().t("broadcast.pick"), rows));
    }

    private static List<Effect> askWrite(BroadcastData d, View view, Context ctx) {
        BroadcastDraft b = d.draft();
        return List.of(new Say(ctx.texts().t("broadcast.write", "community", b.name(), "members", b.members())));
    }

    /** The members' copy, shown to the sender in the community's language, then the choice. */
    private static List<Effect> askPreview(BroadcastData d, View view, Context ctx) {
        var t = ctx.texts();
        BroadcastDraft b = d.draft();
        String from = view == null ? ctx.senderFirstName() : view.me();
        return List.of(new Say(t.t("broadcast.preview_title")),
                new Tell(ctx.personId(), KIND, o -> copy(o, b, from), b.language(), java.util.Set.of()),
                new Say(t.t("broadcast.confirm", "community", b.name(), "members", b.members()), List.of(
                        List.of(new Button(t.t("button.send_to", "members", b.members()), "send")),
                        List.of(new Button(t.t("button.edit"), "edit"), new Button(t.t("button.cancel"), "cancel")))));
    }

    /** What a member sees; the Broadcaster writes the same with a working Leave button. */
    static Say copy(Texts t, BroadcastDraft b, String from) {
        String text = t.t("broadcast.copy", "community", b.name(), "name", from, "text", b.text() == null ? "" : b.text());
        List<List<Button>> leave = List.of(List.of(new Button(t.t("button.leave", "community", b.name()), "preview")));
        return new Say(text, leave, b.photo() == null ? null : Attachment.photo(b.photo()));
    }

    private static Step<BroadcastData> cancelled(Context ctx) {
        return Step.end(new Say(ctx.texts().t("broadcast.cancelled")));
    }

    private static Step<BroadcastData> pick(BroadcastData d, View view, Input in, Context ctx) {
        if (in instanceof Input.Cancel) {
            return cancelled(ctx);
        }
        String a = in instanceof Input.Choice c ? c.action() : "";
        int i = a.matches("c:\\d{1,3}") ? Integer.parseInt(a.substring(2)) : -1;
        Info c = i >= 0 && i < d.options().size() ? view.find(d.options().get(i)) : null;
        return c == null ? null : write(c, ctx);
    }

    private static Step<BroadcastData> write(BroadcastData d, View view, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel) {
            return cancelled(ctx);
        }
        if (in instanceof Input.Text text) {
            if (text.text().length() > MAX_TEXT) {
                return Step.of(WRITE, d, new Say(t.t("broadcast.too_long", "max", MAX_TEXT)));
            }
            return previewed(d, d.draft().with(text.text(), null), view, ctx);
        }
        if (in instanceof Input.Photo photo) {
            if (photo.caption().length() > MAX_CAPTION) {
                return Step.of(WRITE, d, new Say(t.t("broadcast.too_long", "max", MAX_CAPTION)));
            }
            return previewed(d, d.draft().with(photo.caption(), photo.fileId()), view, ctx);
        }
        return in instanceof Input.Choice ? null : Step.of(WRITE, d, new Say(t.t("broadcast.text_or_photo")));
    }

    private static Step<BroadcastData> previewed(BroadcastData d, BroadcastDraft b, View view, Context ctx) {
        BroadcastData next = new BroadcastData(d.options(), b);
        return new Step<>(PREVIEW, next, askPreview(next, view, ctx));
    }

    private static Step<BroadcastData> preview(BroadcastData d, View view, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel || in instanceof Input.Choice c && c.action().equals("cancel")) {
            return cancelled(ctx);
        }
        if (in instanceof Input.Text || in instanceof Input.Photo) {
            return write(d, view, in, ctx);
        }
        if (in instanceof Input.Choice c && c.action().equals("edit")) {
            return new Step<>(WRITE, d, askWrite(d, view, ctx));
        }
        if (in instanceof Input.Choice c && c.action().equals("send")) {
            BroadcastDraft b = d.draft();
            if (view.find(b.community()) == null) {
                // archived, or their key-person role taken back, while they were writing
                return Step.end(Edit.clearButtons(), new Say(t.t("broadcast.gone")));
            }
            // the status message that follows shows it is under way; a notice is enough here
            return Step.end(new BroadcastQueued(b.community(), view.me(), b.text(), b.photo()), Edit.clearButtons(),
                    new Toast(t.t("broadcast.queued")));
        }
        return null;
    }
}
