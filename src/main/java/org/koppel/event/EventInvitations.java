package org.koppel.event;

import java.util.List;
import org.koppel.broadcast.Invitations;
import org.koppel.community.CommunityConversation;
import org.koppel.conversation.Keys;
import org.koppel.core.ButtonSigner;
import org.koppel.core.OutButton;
import org.koppel.core.Outgoing;
import org.koppel.i18n.Messages;
import org.koppel.i18n.Texts;
import org.koppel.meeting.VideoRoom;
import org.koppel.store.Database;

/** The invitation a community's members get: the event, who invites, Going / Not going, and Leave. */
public final class EventInvitations implements Invitations {
    private final Database db;
    private final Messages messages;

    public EventInvitations(Database db, Messages messages) {
        this.db = db;
        this.messages = messages;
    }

    @Override
    public Outgoing copy(long event, long person, String language, String sender, long community, String communityName,
                         ButtonSigner signer) {
        Event e = db.read(c -> EventStore.load(c, event));
        if (e == null || e.cancelled()) {
            return null;
        }
        String room = e.video() ? db.read(c -> VideoRoom.ofEvent(c, event)) : null;
        Texts t = messages.of(language);
        String text = t.message(t.t("event.invitation", "community", communityName, "name", sender)
                + "\n\n" + EventText.details(e, room, t));
        String key = Keys.of(GuestConversation.KIND, event);
        return new Outgoing.Send(text, List.of(
                List.of(new OutButton(t.t("button.event_going"), signer.sign(person, key, ButtonSigner.STANDING,
                                GuestConversation.GOING), null),
                        new OutButton(t.t("button.event_not_going"), signer.sign(person, key, ButtonSigner.STANDING,
                                GuestConversation.NOT_GOING), null)),
                List.of(new OutButton(t.t("button.leave", "community", communityName), signer.sign(person,
                        Keys.of(CommunityConversation.KIND, community), ButtonSigner.STANDING, CommunityConversation.LEAVE),
                        null))));
    }
}
