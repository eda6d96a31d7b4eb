package org.koppel.flow;

import java.util.ArrayList;
import java.util.List;

/** The outcome of one step: the next state, the data so far and the effects to carry out. */
public record Step<D>(String state, D data, List<Effect> effects) {

    public static <D> Step<D> of(String state, D data, Effect... effects) {
        return new Step<>(state, data, List.of(effects));
    }

    /** The same step with more effects after the ones it has. */
    public Step<D> then(List<? extends Effect> more) {
        List<Effect> all = new ArrayList<>(effects);
        all.addAll(more);
        return new Step<>(state, data, List.copyOf(all));
    }

    /** The same step with effects before the ones it has. */
    public Step<D> after(List<? extends Effect> first) {
        List<Effect> all = new ArrayList<>(first);
        all.addAll(effects);
        return new Step<>(state, data, List.copyOf(all));
    }
}
