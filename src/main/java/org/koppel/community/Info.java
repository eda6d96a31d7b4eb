package org.koppel.community;

/**
 * A community as conversations see it: role is the reader's ("member", "key_person", or null),
 * members those who get broadcasts (active, not paused, not the reader), invite an unused
 * single-use key-person token when the reader came through one.
 */
public record Info(long id, String name, String language, String region, String role, int members, String joinLink,
                   String invite) {
}
