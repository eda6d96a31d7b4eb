package org.koppel.app;

import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;
import org.koppel.core.Views;
import org.koppel.core.Standing;
import org.koppel.store.Database;
import org.koppel.store.Statements;

/** Conversations' views read from the last commit, on the lane's own reading connection. */
final class DatabaseViews implements Views {
    private final Database db;

    DatabaseViews(Database db) {
        this.db = db;
    }

    @Override
    public Object view(Conversation<Object, Object> kind, String key, Object data, Input input, Context ctx) {
        return db.read(c -> kind.view(c, key, data, input, ctx));
    }

    @Override
    public boolean keyPerson(long person) {
        return db.read(c -> {
            var s = Statements.prepare(c, "SELECT 1 FROM membership WHERE person_id = ? AND role = 'key_person' "
                    + "AND status = 'active'");
            s.setLong(1, person);
            try (var r = s.executeQuery()) {
                return r.next();
            }
        });
    }

    @Override
    public Standing standing(long person) {
        return db.read(c -> {
            var s = Statements.prepare(c, "SELECT suspended = 1, consent = 'no' FROM person WHERE id = ?");
            s.setLong(1, person);
            try (var r = s.executeQuery()) {
                return r.next() ? new Standing(r.getBoolean(1), r.getBoolean(2)) : Standing.NONE;
            }
        });
    }
}
