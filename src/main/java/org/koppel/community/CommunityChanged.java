package org.koppel.community;

import org.koppel.flow.Effect;

/** Changes to communities and memberships, each written by the lane of the person it is about. */
public sealed interface CommunityChanged extends Effect {

    /** A coordinator made a community; its join link carries the token. */
    record Created(String name, String language, String region, String joinToken) implements CommunityChanged {
    }

    /** A coordinator made a single-use link that appoints a key person. */
    record Invited(long community, String token) implements CommunityChanged {
    }

    /** This person joins, as a member or (appointed, or through an unused invite) as a key person. */
    record Joined(long community, boolean keyPerson, String invite) implements CommunityChanged {
    }

    /** This person leaves; the row stays so a running broadcast knows not to send. */
    record Left(long community) implements CommunityChanged {
    }

    /** /pause and /resume: no broadcasts (and for volunteers no requests) while paused. */
    record Paused(boolean paused) implements CommunityChanged {
    }
}
