package org.koppel.questions;

/**
 * A conversation's answers so far. Questions never change the answers they are given: they
 * change a {@link #copy()}, so a step that is not taken leaves nothing behind.
 */
public interface Answers<D extends Answers<D>> {
    D copy();
}
