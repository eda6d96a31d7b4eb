package org.koppel.questions;

import java.util.List;
import java.util.Optional;
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

/** The first name: typed, or the one Telegram reports taken with one tap. */
public record FirstName<D extends Answers<D>>(Function<D, String> get, BiConsumer<D, String> set)
        implements Question<D> {
    public static final String STATE = "FIRST_NAME";
    static final String FROM_TELEGRAM = "name:tg";

    @Override
    public String state() {
        return STATE;
    }

    @Override
    public List<Effect> ask(D answers, Context ctx) {
        return valid(ctx.senderFirstName(), ctx)
                .<List<Effect>>map(name -> List.of(new Say(ctx.texts().t("ask.first_name"),
                        List.of(List.of(new Button(name, FROM_TELEGRAM))))))
                .orElseGet(() -> List.of(new Say(ctx.texts().t("ask.first_name_plain"))));
    }

    @Override
    public Answer<D> answer(D answers, Input input, Context ctx) {
        String raw;
        if (input instanceof Input.Text t) {
            raw = t.text();
        } else if (input instanceof Input.Choice c && c.action().equals(FROM_TELEGRAM)) {
            raw = ctx.senderFirstName();
        } else {
            return new Rejected<>(List.of());
        }
        int max = ctx.config().settings().maxNameLength();
        String name = TextInput.cleanName(raw);
        if (TextInput.length(name) > max) {
            return new Rejected<>(List.of(new Say(ctx.texts().t("input.too_long", "max", max))));
        }
        if (!TextInput.hasLetter(name)) {
            return new Rejected<>(List.of(new Say(ctx.texts().t("input.name_invalid", "max", max))));
        }
        D next = answers.copy();
        set.accept(next, name);
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

    private static Optional<String> valid(String raw, Context ctx) {
        String name = TextInput.cleanName(raw);
        boolean ok = TextInput.hasLetter(name) && TextInput.length(name) <= ctx.config().settings().maxNameLength();
        return ok ? Optional.of(name) : Optional.empty();
    }
}
