package org.koppel.privacy;

import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Forget;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;

/**
 * /delete ("delete"):
 * <pre>
 * CONFIRM  buttons  yes → everything about the person is erased; no (or /cancel) → nothing is
 * </pre>
 */
public final class DeleteConversation implements Conversation<DeleteConversation.Data, Void> {
    public static final String KIND = "delete";
    static final String CONFIRM = "CONFIRM";

    /** Nothing to keep but the question. */
    public record Data() {
    }

    private static final States<Data, Void> STATES = States.of(
            State.of(CONFIRM, Expects.CHOICE, (d, v, ctx) -> List.of(ask(ctx)), DeleteConversation::confirm));

    @Override
    public boolean whileSuspended() {
        return true;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, Void> states() {
        return STATES;
    }

    @Override
    public Step<Data> begin(Void view, Input input, Context ctx) {
        return input instanceof Input.Command ? Step.of(CONFIRM, new Data(), ask(ctx)) : null;
    }

    private static Say ask(Context ctx) {
        var t = ctx.texts();
        return new Say(t.t("delete.confirm"), List.of(List.of(new Button(t.t("button.delete_yes"), "yes"),
                new Button(t.t("button.delete_no"), "no"))));
    }

    private static Step<Data> confirm(Data d, Void v, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Choice c && c.action().equals("yes")) {
            return Step.end(new Say(t.t("delete.done")), new Forget());
        }
        if (in instanceof Input.Choice c && c.action().equals("no") || in instanceof Input.Cancel) {
            return Step.end(new Say(t.t("delete.kept")));
        }
        return in instanceof Input.Command ? Step.of(CONFIRM, d, ask(ctx)) : null;
    }
}
