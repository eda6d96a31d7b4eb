package org.koppel.flow;

/**
 * Buttons about communities that stay valid outside the conversation and are answered by the
 * presser's own flow: Leave under a broadcast or in /communities, Join after a join link, and
 * Accept after a key-person invite link.
 */
public final class CommunityActions {
    public static final String LEAVE = "lv:";
    public static final String JOIN = "jn:";
    public static final String KEY_PERSON = "kp:";
    /** /start with a link's payload: "j<token>" joins a community, "k<token>" redeems an invite. */
    public static final String LINK_EVENT = "community.link";

    private CommunityActions() {
    }

    public static boolean own(String action) {
        return action.startsWith(LEAVE) || action.startsWith(JOIN) || action.startsWith(KEY_PERSON);
    }
}
