package org.koppel.onboarding;

import java.util.List;
import java.util.Optional;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.Say;
import org.koppel.flow.TextInput;

/** The first name: typed, or the one Telegram reports taken with one tap. */
record FirstName() implements Question {
    static final String FROM_TELEGRAM = "name:tg";

    @Override
    public String state() {
        return OnboardingFlow.FIRST_NAME;
    }

    @Override
    public List<Effect> ask(Draft draft, FlowContext ctx) {
        return valid(ctx.senderFirstName(), ctx)
                .<List<Effect>>map(name -> List.of(new Say(ctx.texts().t("ask.first_name"),
                        List.of(List.of(new Button(name, FROM_TELEGRAM))))))
                .orElseGet(() -> List.of(new Say(ctx.texts().t("ask.first_name_plain"))));
    }

    @Override
    public Answer answer(Draft draft, Input input, FlowContext ctx) {
        String raw;
        if (input instanceof Input.Text t) {
            raw = t.text();
        } else if (input instanceof Input.Choice c && c.action().equals(FROM_TELEGRAM)) {
            raw = ctx.senderFirstName();
        } else {
            return new Rejected(List.of());
        }
        int max = ctx.config().settings().maxNameLength();
        String name = TextInput.cleanName(raw);
        if (TextInput.length(name) > max) {
            return new Rejected(List.of(new Say(ctx.texts().t("input.too_long", "max", max))));
        }
        if (!TextInput.hasLetter(name)) {
            return new Rejected(List.of(new Say(ctx.texts().t("input.name_invalid", "max", max))));
        }
        Draft next = draft.copy();
        next.firstName = name;
        return new Accepted(next);
    }

    private static Optional<String> valid(String raw, FlowContext ctx) {
        String name = TextInput.cleanName(raw);
        boolean ok = TextInput.hasLetter(name) && TextInput.length(name) <= ctx.config().settings().maxNameLength();
        return ok ? Optional.of(name) : Optional.empty();
    }
}
