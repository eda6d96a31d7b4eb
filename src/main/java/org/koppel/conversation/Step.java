package org.koppel.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one step: the next state, the data so far and the effects to carry out. A step
 * whose state is {@link #END} ends the conversation: its row goes, and so do its pending jobs.
 */
public record Step<D>(String state, D data, List<Effect> effects) {
    public static final String END = "";

    public Step {
        effects = List.copyOf(effects);
    }

    public static <D> Step<D> of(String state, D data, Effect... effects) {
        return new Step<>(state, data, List.of(effects));
    }

    public static <D> Step<D> end(Effect... effects) {
        return new Step<>(END, null, List.of(effects));
    }

    public static <D> Step<D> end(List<? extends Effect> effects) {
        return new Step<>(END, null, List.copyOf(effects));
    }

    public boolean ended() {
        return END.equals(state);
    }

    /** The same step with more effects after its own. */
    public Step<D> then(List<? extends Effect> more) {
        List<Effect> all = new ArrayList<>(effects);
        all.addAll(more);
        return new Step<>(state, data, all);
    }

    /** The same step with effects before its own. */
    public Step<D> after(List<? extends Effect> first) {
        List<Effect> all = new ArrayList<>(first);
        all.addAll(effects);
        return new Step<>(state, data, all);
    }
}
