package org.koppel.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Toast;
import org.koppel.i18n.Texts;

/**
 * A question answered with several buttons: each press toggles a checkmark in place (the message
 * is edited, not sent again) and Done goes on once at least {@code min} are chosen. chosen gives
 * the answers' own list, which a toggle changes on a copy.
 */
public record MultiChoice<D extends Answers<D>>(String state, String promptKey, int columns, int min,
                                                Function<Context, Integer> max, String labelPrefix,
                                                BiFunction<D, Context, List<Option>> options,
                                                Function<D, List<String>> chosen) implements Question<D> {

    static final String TOGGLE = "t:";
    static final String CHECK = "✓ ";

    @Override
    public List<Effect> ask(D answers, Context ctx) {
        return List.of(new Say(text(ctx), keyboard(answers, ctx)));
    }

    @Override
    public Answer<D> answer(D answers, Input input, Context ctx) {
        if (!(input instanceof Input.Choice c)) {
            return new Rejected<>(List.of(new Say(ctx.texts().t("input.use_buttons"))));
        }
        if (c.action().equals("done")) {
            if (chosen.apply(answers).size() < min) {
                return new Stay<>(answers, List.of(new Toast(ctx.texts().t("input.choose_one"))));
            }
            return new Accepted<>(answers.copy());
        }
        if (c.action().startsWith(TOGGLE)) {
            String code = c.action().substring(TOGGLE.length());
            if (options.apply(answers, ctx).stream().anyMatch(o -> o.code().equals(code))) {
                return toggle(answers, code, ctx);
            }
        }
        return new Rejected<>(List.of(new Say(ctx.texts().t("input.use_buttons"))));
    }

    @Override
    public String value(D answers, Texts t) {
        return Question.labels(labelPrefix, chosen.apply(answers), t);
    }

    private Answer<D> toggle(D answers, String code, Context ctx) {
        D next = answers.copy();
        List<String> list = chosen.apply(next);
        if (list.contains(code)) {
            list.remove(code);
        } else if (list.size() >= max.apply(ctx)) {
            return new Stay<>(answers, List.of(new Toast(ctx.texts().t("input.too_many", "max", max.apply(ctx)))));
        } else {
            list.add(code);
        }
        return new Stay<>(next, List.of(new Edit(text(ctx), keyboard(next, ctx))));
    }

    private String text(Context ctx) {
        return ctx.texts().t(promptKey, "max", max.apply(ctx));
    }

    private List<List<Button>> keyboard(D answers, Context ctx) {
        List<String> selected = chosen.apply(answers);
        List<Button> buttons = new ArrayList<>();
        for (Option o : options.apply(answers, ctx)) {
            String label = selected.contains(o.code()) ? CHECK + o.label() : o.label();
            buttons.add(new Button(label, TOGGLE + o.code()));
        }
        return Keyboards.plus(Keyboards.rows(buttons, columns), new Button(ctx.texts().t("button.done"), "done"));
    }
}
