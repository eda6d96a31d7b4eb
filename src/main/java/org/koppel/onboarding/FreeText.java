package org.koppel.onboarding;

import java.util.List;
import java.util.function.BiConsumer;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.Say;
import org.koppel.flow.TextInput;

/** A question answered in the person's own words, up to the configured length; optional ones can be skipped. */
record FreeText(String state, String promptKey, boolean optional, BiConsumer<Draft, String> set) implements Question {

    @Override
    public List<Effect> ask(Draft draft, FlowContext ctx) {
        String text = ctx.texts().t(promptKey);
        if (optional) {
            return List.of(new Say(text, List.of(List.of(new Button(ctx.texts().t("button.skip"), "skip")))));
        }
        return List.of(new Say(text));
    }

    @Override
    public Answer answer(Draft draft, Input input, FlowContext ctx) {
        if (optional && input instanceof Input.Choice c && c.action().equals("skip")) {
            Draft next = draft.copy();
            set.accept(next, null);
            return new Accepted(next);
        }
        if (!(input instanceof Input.Text t)) {
            return new Rejected(List.of(new Say(ctx.texts().t("input.text_empty"))));
        }
        String text = TextInput.clean(t.text());
        int max = ctx.config().settings().maxTextLength();
        if (text.isEmpty()) {
            return new Rejected(List.of(new Say(ctx.texts().t("input.text_empty"))));
        }
        if (TextInput.length(text) > max) {
            return new Rejected(List.of(new Say(ctx.texts().t("input.too_long", "max", max))));
        }
        Draft next = draft.copy();
        set.accept(next, text);
        return new Accepted(next);
    }
}
