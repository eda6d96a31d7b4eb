package org.koppel.telegram;

import java.util.Optional;
import org.koppel.core.Inbound;
import org.koppel.core.Update;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Turns Telegram updates into the core's updates; updates the bot has no use for are skipped. */
final class UpdateMapper {
    private UpdateMapper() {
    }

    static Optional<Update> map(org.telegram.telegrambots.meta.api.objects.Update u) {
        String key = "tg:" + u.getUpdateId();
        if (u.hasMessage()) {
            Message m = u.getMessage();
            if (m.getFrom() == null || Boolean.TRUE.equals(m.getFrom().getIsBot())) {
                return Optional.empty();
            }
            Inbound event = m.hasText() ? Update.typed(m.getText())
                    : m.hasPhoto() ? new Inbound.Photo(largest(m), m.getCaption() == null ? "" : m.getCaption())
                    : new Inbound.Unsupported(kind(m));
            return Optional.of(of(key, m.getChatId(), m.getChat().isUserChat(), m.getFrom(), event));
        }
        if (u.hasEditedMessage()) {
            Message m = u.getEditedMessage();
            if (m.getFrom() == null) {
                return Optional.empty();
            }
            return Optional.of(of(key, m.getChatId(), m.getChat().isUserChat(), m.getFrom(), new Inbound.Edited()));
        }
        if (u.hasCallbackQuery()) {
            CallbackQuery q = u.getCallbackQuery();
            if (q.getMessage() == null) {
                return Optional.empty();
            }
            Inbound.Press press = new Inbound.Press(q.getData(), q.getId(), q.getMessage().getMessageId());
            return Optional.of(of(key, q.getMessage().getChatId(), q.getMessage().getChat().isUserChat(), q.getFrom(), press));
        }
        return Optional.empty();
    }

    private static Update of(String key, long chatId, Boolean privateChat, User from, Inbound event) {
        return new Update(key, chatId, from.getId(), Boolean.TRUE.equals(privateChat), from.getFirstName(),
                from.getLanguageCode(), event);
    }

    /** Telegram sends a photo in several sizes, smallest first; the largest is sent on. */
    private static String largest(Message m) {
        return m.getPhoto().get(m.getPhoto().size() - 1).getFileId();
    }

    private static String kind(Message m) {
        if (m.hasSticker()) {
            return "sticker";
        }
        if (m.hasPhoto()) {
            return "photo";
        }
        if (m.hasVoice()) {
            return "voice";
        }
        return "other";
    }
}
