package org.koppel.questions;

import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Say;
import org.koppel.i18n.Texts;

/** A profile shown as one message, with a change button per field and a confirm button. */
public final class Summary {
    public static final String EDIT = "edit:";
    public static final String CONFIRM = "confirm";

    private Summary() {
    }

    public static <D extends Answers<D>> Say render(String titleKey, D answers, Context ctx, List<Question<D>> order) {
        Texts t = ctx.texts();
        List<Button> edits = new ArrayList<>();
        for (Question<D> q : order) {
            edits.add(new Button(t.t("button.change", "field", t.t(q.fieldKey())), EDIT + q.state()));
        }
        var rows = Keyboards.plus(Keyboards.rows(edits, 2), new Button(t.t("button.confirm"), CONFIRM));
        return new Say(t.t(titleKey) + "\n" + lines(answers, t, order), rows);
    }

    /** The profile as text only, for someone who reads it rather than changes it. */
    public static <D extends Answers<D>> String lines(D answers, Texts t, List<Question<D>> order) {
        StringBuilder text = new StringBuilder();
        for (Question<D> q : order) {
            text.append("\n• ").append(t.t(q.fieldKey())).append(": ").append(q.value(answers, t));
        }
        return text.toString();
    }

    /**
     * The answers as someone else reads them: what the person typed in their own words is marked
     * as such, with the language they use the bot in, since it may not be the reader's.
     */
    public static <D extends Answers<D>> String linesFor(D answers, Texts t, List<Question<D>> order, String language) {
        StringBuilder text = new StringBuilder();
        for (Question<D> q : order) {
            String value = q.value(answers, t);
            boolean typed = q instanceof FreeText && !value.equals(Question.typed(null, t));
            text.append("\n• ").append(t.t(q.fieldKey())).append(": ").append(value);
            if (typed && language != null) {
                text.append(' ').append(t.t("summary.own_words", "language", language));
            }
        }
        return text.toString();
    }

    /** The question of this order asked in a state, or null. */
    public static <D extends Answers<D>> Question<D> question(List<Question<D>> order, String state) {
        return order.stream().filter(q -> q.state().equals(state)).findFirst().orElse(null);
    }

    /** The state after this one in the order, or null after the last. */
    public static <D extends Answers<D>> String after(List<Question<D>> order, String state) {
        for (int i = 0; i < order.size() - 1; i++) {
            if (order.get(i).state().equals(state)) {
                return order.get(i + 1).state();
            }
        }
        return null;
    }
}
