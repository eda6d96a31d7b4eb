package org.koppel.app;

import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;
import org.koppel.core.Views;
import org.koppel.store.Database;

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
}
