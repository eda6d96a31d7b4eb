package org.koppel.questions;

import java.util.List;
import java.util.Locale;
import org.koppel.conversation.Context;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.i18n.Texts;

/** One profile question: how it is asked, how an answer changes the answers, how it reads in a summary. */
public interface Question<D extends Answers<D>> {

    /** The state that asks it, also the field it fills ("REGION"). */
    String state();

    List<Effect> ask(D answers, Context ctx);

    /** The outcome of input to this question. */
    Answer<D> answer(D answers, Input input, Context ctx);

    /** The answer as a summary shows it, in the reader's language. */
    String value(D answers, Texts t);

    /** Whether it asks for typing or for a press, which decides where typing goes meanwhile. */
    default Expects expects() {
        return Expects.CHOICE;
    }

    /** The field's label key: "field.region". */
    default String fieldKey() {
        return "field." + state().toLowerCase(Locale.ROOT);
    }

    /** Answered: go on with the new answers. */
    record Accepted<D>(D answers) implements Answer<D> {
    }

    /** Still on this question with changed answers, such as a toggled checkmark. */
    record Stay<D>(D answers, List<Effect> effects) implements Answer<D> {
    }

    /** Not an answer: tell the person why (the question is asked again). */
    record Rejected<D>(List<Effect> effects) implements Answer<D> {
    }

    sealed interface Answer<D> permits Accepted, Stay, Rejected {
    }

    /** An answer a person typed, as a summary shows it: isolated in right-to-left texts. */
    static String typed(String value, Texts t) {
        return value == null ? t.t("field.empty") : t.isolate(value);
    }

    static String label(String prefix, String code, Texts t) {
        return code == null ? t.t("field.empty") : t.t(prefix + code);
    }

    static String labels(String prefix, List<String> codes, Texts t) {
        return codes.isEmpty() ? t.t("field.empty")
                : String.join(t.t("list.separator"), codes.stream().map(c -> t.t(prefix + c)).toList());
    }
}
