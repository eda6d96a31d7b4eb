package org.koppel.language;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.koppel.conversation.Say;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;

/**
 * /language at any moment: the picker, then everything in the chosen language. When it ends,
 * whatever the person was asked before is asked again, already in the new language; when
 * nothing was, they are told what they can do next. The view says whether something waits.
 */
public final class LanguageConversation implements Conversation<LanguageConversation.Data, Boolean> {
    public static final String KIND = "language";
    static final String PICK = "PICK";

    /** Nothing to keep: the choice is the person's language itself. */
    public record Data() {
    }

    private static final States<Data, Boolean> STATES = States.of(
            State.of(PICK, Expects.CHOICE, (d, v, ctx) -> List.of(LanguagePicker.say(ctx)), LanguageConversation::pick));

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
    public States<Data, Boolean> states() {
        return STATES;
    }

    /** Whether another conversation of the person waits for an answer, and will ask it again. */
    @Override
    public Boolean view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM conversation WHERE person_id = ? AND asked > 0 "
                + "AND key <> ?")) {
            s.setLong(1, ctx.personId());
            s.setString(2, KIND);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    @Override
    public Step<Data> begin(Boolean view, Input input, Context ctx) {
        return input instanceof Input.Command ? Step.of(PICK, new Data(), LanguagePicker.say(ctx)) : null;
    }

    private static Step<Data> pick(Data d, Boolean waiting, Input input, Context ctx) {
        if (input instanceof Input.Cancel) {
            return Step.end();
        }
        if (input instanceof Input.Command c && c.name().equals(KIND)) {
            return Step.of(PICK, d, LanguagePicker.say(ctx));
        }
        String code = input instanceof Input.Choice c ? LanguagePicker.chosen(c.action(), ctx) : null;
        if (code == null) {
            return null;
        }
        List<Effect> effects = new ArrayList<>(LanguagePicker.choose(code, ctx));
        if (!Boolean.TRUE.equals(waiting)) {
            // a coordinator has no profile to go back to: their way on is /admin
            effects.add(new Say(ctx.speaking(code).texts().t(ctx.coordinator() ? "language.next_coordinator"
                    : "language.next")));
        }
        return Step.end(effects);
    }
}
