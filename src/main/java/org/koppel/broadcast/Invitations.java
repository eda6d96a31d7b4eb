package org.koppel.broadcast;

import org.koppel.core.ButtonSigner;
import org.koppel.core.Outgoing;

/**
 * The copy of a broadcast that invites to an event, built by the events feature (it knows the
 * event and its buttons); the broadcast sender only delivers it, at the shared rate.
 */
@FunctionalInterface
public interface Invitations {
    /** The invitation to event for person, in language, from sender of the community; null if it is off or gone. */
    Outgoing copy(long event, long person, String language, String sender, long community, String communityName,
                  ButtonSigner signer);
}
