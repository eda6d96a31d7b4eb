package org.koppel.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * What a state says to input its handler has no use for, so no input goes unanswered: typing
 * where buttons are asked for, a photo where text is, a button of another question, a command
 * this conversation does not take. The question is asked again where that helps.
 */
public final class Fallback {
    private Fallback() {
    }

    public static <D, V> Step<D> step(State<D, V> def, String state, D data, V view, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Text) {
            if (def.expects() == Expects.NOTHING) {
                return Step.of(state, data, new Say(t.t("idle.hint")));
            }
            String why = def.expects() == Expects.CHOICE ? "input.use_buttons" : "input.text_empty";
            return again(def, state, data, view, ctx, new Say(t.t(why)));
        }
        if (in instanceof Input.Photo) {
            return again(def, state, data, view, ctx, new Say(t.t("input.unsupported")));
        }
        if (in instanceof Input.Choice && def.expects() == Expects.CHOICE) {
            return again(def, state, data, view, ctx, new Say(t.t("input.use_buttons")));
        }
        if (in instanceof Input.Choice) {
            return Step.of(state, data, new Toast(t.t("callback.expired")));
        }
        if (in instanceof Input.Cancel && def.expects() == Expects.CHOICE) {
            // a question that does not stop on /cancel has its way out among its buttons
            return again(def, state, data, view, ctx, new Say(t.t("input.use_buttons")));
        }
        if (in instanceof Input.Cancel) {
            return Step.of(state, data, new Say(t.t("cancel.nothing")));
        }
        if (in instanceof Input.Command c) {
            return again(def, state, data, view, ctx, new Say(t.t("input.unknown_command", "command", "/" + c.name())));
        }
        if (in instanceof Input.Restart) {
            return again(def, state, data, view, ctx);
        }
        return Step.of(state, data);
    }

    private static <D, V> Step<D> again(State<D, V> def, String state, D data, V view, Context ctx, Effect... first) {
        List<Effect> all = new ArrayList<>(List.of(first));
        all.addAll(def.prompt().ask(data, view, ctx));
        return new Step<>(state, data, all);
    }
}
