package org.koppel.introduction;

import org.koppel.conversation.Effect;

/** Changes to introductions; the writer tells the newcomer of a new one. */
public interface IntroductionChange extends Effect {
    /** The volunteer records one for the newcomer of their meeting. */
    record Recorded(long id, long meeting, String kind, String organisation) implements IntroductionChange {
    }

    /** The newcomer: right (confirmed) or not right. */
    record Confirmed(long id, boolean right) implements IntroductionChange {
    }

    /** Two weeks on: did they talk (yes, not yet, no). */
    record Talked(long id, String talked) implements IntroductionChange {
    }

    /** Six weeks on: what came of it. */
    record Result(long id, String result) implements IntroductionChange {
    }
}
