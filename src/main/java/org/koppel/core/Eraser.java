package org.koppel.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.koppel.store.Statements;

/**
 * Erases a person in one transaction: every feature removes its part (telling whom it concerns),
 * then the messages the bot keeps that went to them or carry their details, their inbox rows,
 * their jobs, and the person with their conversations. Freed space is overwritten (secure_delete)
 * and the log is truncated right after the commit, so the words are gone from the file too.
 */
public final class Eraser {
    private final List<PersonalData> parts;

    public Eraser(List<PersonalData> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Returns the ids of the stored messages it erased, which must not be sent if still waiting to be. */
    List<Long> erase(Connection c, long person, long now, Events events) throws SQLException {
        for (PersonalData part : parts) {
            part.erase(c, person, now, events);
        }
        List<Long> messages = OutboxStore.erase(c, person);
        InboxStore.erase(c, person);
        JobStore.erase(c, person);
        Statements.update(c, "DELETE FROM person WHERE id = ?", person);
        return messages;
    }
}
