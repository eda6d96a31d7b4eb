package org.koppel.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.koppel.store.Statements;

/** In a group the bot says once that it only talks privately, and otherwise stays quiet. */
final class GroupNotice {
    private GroupNotice() {
    }

    static List<OutboxRow> answer(Connection c, long inboxId, Update u, Failures failures, long now) throws SQLException {
        InboxStore.finish(c, inboxId, "done");
        if (Statements.update(c, "INSERT INTO group_notice(chat_id, noticed_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                u.chatId(), now) == 0) {
            return List.of();
        }
        var texts = failures.messages().of(u.languageHint());
        Outgoing notice = new Outgoing.Send(texts.message(texts.t("group.private_only")), List.of());
        return OutboxStore.insert(c, u.chatId(), List.of(new Outcome.Reply(notice, Set.of())), now);
    }
}
