package org.koppel.ops;

import org.koppel.conversation.Effect;

/** A coordinator asked for a backup now; stored with their step, made by {@link Backups} after the commit. */
public record BackupRequested(long by) implements Effect {
}
