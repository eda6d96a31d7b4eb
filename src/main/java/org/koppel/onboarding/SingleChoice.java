package org.koppel.onboarding;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.Say;

/** A question answered with one button; optional ones also have Skip. */
record SingleChoice(String state, String promptKey, int columns, boolean optional,
                    BiFunction<Draft, FlowContext, List<Option>> options,
                    BiConsumer<Draft, String> set) implements Question {

    static final String PICK = "p:";

    @Override
    public List<Effect> ask(Draft draft, FlowContext ctx) {
        List<Button> buttons = options.apply(draft, ctx).stream()
                .map(o -> new Button(o.label(), PICK + o.code())).toList();
        var rows = Keyboards.rows(buttons, columns);
        if (optional) {
            rows = Keyboards.plus(rows, new Button(ctx.texts().t("button.skip"), "skip"));
        }
        return List.of(new Say(ctx.texts().t(promptKey), rows));
    }

    @Override
    public Answer answer(Draft draft, Input input, FlowContext ctx) {
        if (input instanceof Input.Choice c) {
            if (optional && c.action().equals("skip")) {
                Draft next = draft.copy();
                set.accept(next, null);
                return new Accepted(next);
            }
            if (c.action().startsWith(PICK)) {
                String code = c.action().substring(PICK.length());
                if (options.apply(draft, ctx).stream().anyMatch(o -> o.code().equals(code))) {
                    Draft next = draft.copy();
                    set.accept(next, code);
                    return new Accepted(next);
                }
            }
        }
        return new Rejected(List.of(new Say(ctx.texts().t("input.use_buttons"))));
    }
}
