package org.koppel.onboarding;

import java.util.List;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;

/** One profile question: how it is asked and how an answer changes the draft. */
interface Question {

    String state();

    List<Effect> ask(Draft draft, FlowContext ctx);

    /** The outcome of input to this question. */
    Answer answer(Draft draft, Input input, FlowContext ctx);

    /** Answered: go on with the new draft. */
    record Accepted(Draft draft) implements Answer {
    }

    /** Still on this question with a changed draft, such as a toggled checkmark. */
    record Stay(Draft draft, List<Effect> effects) implements Answer {
    }

    /** Not an answer: tell the person why (the question is asked again). */
    record Rejected(List<Effect> effects) implements Answer {
    }

    sealed interface Answer permits Accepted, Stay, Rejected {
    }
}
