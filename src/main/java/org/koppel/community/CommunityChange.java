package org.koppel.community;

import org.koppel.conversation.Effect;

/** Changes to communities and memberships; the writer tells those they concern. */
public sealed interface CommunityChange extends Effect {

    /** A coordinator made a community; its join link carries the token. */
    record Created(String name, String language, String region, String joinToken) implements CommunityChange {
    }

    /** A coordinator made a single-use link that appoints a key person. */
    record Invited(long community, String token) implements CommunityChange {
    }

    /** This person joins, as a member or through an invite (used at most once) as a key person. */
    record Join(long community, String invite) implements CommunityChange {
    }

    /** This person leaves; the row stays so a running broadcast knows not to send. */
    record Left(long community) implements CommunityChange {
    }

    /** A coordinator makes someone the bot knows a key person. */
    record Appoint(long community, long person) implements CommunityChange {
    }

    /** A coordinator takes the key-person role from someone; they stay a member. */
    record RemoveKey(long community, long person) implements CommunityChange {
    }

    /** A coordinator gives the community another name. */
    record Rename(long community, String name) implements CommunityChange {
    }

    /** A coordinator archives the community: no joins, no broadcasts, out of every list. */
    record Archive(long community) implements CommunityChange {
    }
}
