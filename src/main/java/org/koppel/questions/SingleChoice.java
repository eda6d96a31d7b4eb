package org.koppel.questions;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.i18n.Texts;

/** A question answered with one button; optional ones also have Skip. Labels are labelPrefix + code. */
public record SingleChoice<D extends Answers<D>>(String state, String promptKey, int columns, boolean optional,
                                                 String labelPrefix, BiFunction<D, Context, List<Option>> options,
                                                 Function<D, String> get, BiConsumer<D, String> set)
        implements Question<D> {

    static final String PICK = "p:";

    @Override
    public List<Effect> ask(D answers, Context ctx) {
        List<Button> buttons = options.apply(answers, ctx).stream()
                .map(o -> new Button(o.label(), PICK + o.code())).toList();
        var rows = Keyboards.rows(buttons, columns);
        if (optional) {
            rows = Keyboards.plus(rows, new Button(ctx.texts().t("button.skip"), "skip"));
        }
        return List.of(new Say(ctx.texts().t(promptKey), rows));
    }

    @Override
    public Answer<D> answer(D answers, Input input, Context ctx) {
        if (input instanceof Input.Choice c) {
            if (optional && c.action().equals("skip")) {
                D next = answers.copy();
                set.accept(next, null);
                return new Accepted<>(next);
            }
            if (c.action().startsWith(PICK)) {
                String code = c.action().substring(PICK.length());
                if (options.apply(answers, ctx).stream().anyMatch(o -> o.code().equals(code))) {
                    D next = answers.copy();
                    set.accept(next, code);
                    return new Accepted<>(next);
                }
            }
        }
        return new Rejected<>(List.of(new Say(ctx.texts().t("input.use_buttons"))));
    }

    @Override
    public String value(D answers, Texts t) {
        return Question.label(labelPrefix, get.apply(answers), t);
    }
}
