package org.koppel.broadcast;

/** A broadcast being written: to which community (its language and how many will get it), and what. */
public record BroadcastDraft(long community, String name, String language, int members, String text, String photo) {
    BroadcastDraft with(String newText, String newPhoto) {
        return new BroadcastDraft(community, name, language, members, newText, newPhoto);
    }
}
