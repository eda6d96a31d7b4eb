package org.koppel.community;

/**
 * A community as conversations see it: role is the reader's ("member", "key_person", or null),
 * members everyone whose membership is active (the one count every list shows, whoever reads it),
 * reach those of them a broadcast from the reader would go to (not paused, not the reader), invite
 * an unused single-use key-person token when the reader came through one.
 */
public record Info(long id, String name, String language, String region, String role, int members, int reach,
                   String joinLink, String invite) {
}
