package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.koppel.flow.Button;
import org.koppel.flow.EditPressed;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.Say;
import org.koppel.flow.Toast;

/**
 * A question answered with several buttons: each press toggles a checkmark in place (the message
 * is edited, not sent again) and Done goes on once at least {@code min} are chosen.
 */
record MultiChoice(String state, String promptKey, int columns, int min,
                   Function<FlowContext, Integer> max,
                   BiFunction<Draft, FlowContext, List<Option>> options,
                   Function<Draft, List<String>> chosen) implements Question {

    static final String TOGGLE = "t:";
    static final String CHECK = "✓ ";

    @Override
    public List<Effect> ask(Draft draft, FlowContext ctx) {
        return List.of(new Say(text(ctx), keyboard(draft, ctx)));
    }

    @Override
    public Answer answer(Draft draft, Input input, FlowContext ctx) {
        if (!(input instanceof Input.Choice c)) {
            return new Rejected(List.of(new Say(ctx.texts().t("input.use_buttons"))));
        }
        if (c.action().equals("done")) {
            if (chosen.apply(draft).size() < min) {
                return new Stay(draft, List.of(new Toast(ctx.texts().t("input.choose_one"))));
            }
            return new Accepted(draft.copy());
        }
        if (c.action().startsWith(TOGGLE)) {
            String code = c.action().substring(TOGGLE.length());
            if (options.apply(draft, ctx).stream().anyMatch(o -> o.code().equals(code))) {
                return toggle(draft, code, ctx);
            }
        }
        return new Rejected(List.of(new Say(ctx.texts().t("input.use_buttons"))));
    }

    private Answer toggle(Draft draft, String code, FlowContext ctx) {
        Draft next = draft.copy();
        List<String> list = chosen.apply(next);
        if (list.contains(code)) {
            list.remove(code);
        } else if (list.size() >= max.apply(ctx)) {
            return new Stay(draft, List.of(new Toast(ctx.texts().t("input.too_many", "max", max.apply(ctx)))));
        } else {
            list.add(code);
        }
        return new Stay(next, List.of(new EditPressed(text(ctx), keyboard(next, ctx))));
    }

    private String text(FlowContext ctx) {
        return ctx.texts().t(promptKey, "max", max.apply(ctx));
    }

    private List<List<Button>> keyboard(Draft draft, FlowContext ctx) {
        List<String> selected = chosen.apply(draft);
        List<Button> buttons = new ArrayList<>();
        for (Option o : options.apply(draft, ctx)) {
            String label = selected.contains(o.code()) ? CHECK + o.label() : o.label();
            buttons.add(new Button(label, TOGGLE + o.code()));
        }
        return Keyboards.plus(Keyboards.rows(buttons, columns), new Button(ctx.texts().t("button.done"), "done"));
    }
}
