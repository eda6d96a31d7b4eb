package org.koppel.questions;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.TextInput;
import org.koppel.i18n.Texts;

/** A question answered in the person's own words, up to the configured length; optional ones can be skipped. */
public record FreeText<D extends Answers<D>>(String state, String promptKey, boolean optional,
                                             Function<D, String> get, BiConsumer<D, String> set)
        implements Question<D> {

    @Override
    public List<Effect> ask(D answers, Context ctx) {
        String text = ctx.texts().t(promptKey);
        if (optional) {
            return List.of(new Say(text, List.of(List.of(new Button(ctx.texts().t("button.skip"), "skip")))));
        }
        return List.of(new Say(text));
    }

    @Override
    public Answer<D> answer(D answers, Input input, Context ctx) {
        if (optional && input instanceof Input.Choice c && c.action().equals("skip")) {
            D next = answers.copy();
            set.accept(next, null);
            return new Accepted<>(next);
        }
        if (!(input instanceof Input.Text t)) {
            return new Rejected<>(List.of(new Say(ctx.texts().t("input.text_empty"))));
        }
        String text = TextInput.clean(t.text());
        int max = ctx.config().settings().maxTextLength();
        if (text.isEmpty()) {
            return new Rejected<>(List.of(new Say(ctx.texts().t("input.text_empty"))));
        }
        if (TextInput.length(text) > max) {
            return new Rejected<>(List.of(new Say(ctx.texts().t("input.too_long", "max", max))));
        }
        D next = answers.copy();
        set.accept(next, text);
        return new Accepted<>(next);
    }

    @Override
    public Expects expects() {
        return Expects.TEXT;
    }

    @Override
    public String value(D answers, Texts t) {
        return Question.typed(get.apply(answers), t);
    }
}
