package org.koppel.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.koppel.core.DeliveryException;
import org.koppel.core.Gateway;
import org.koppel.core.OutButton;
import org.koppel.core.Outgoing;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Sends, edits and answers through the Bot API, and sorts failures into retry or give up. */
final class TelegramGateway implements Gateway {
    private final OkHttpTelegramClient client;

    TelegramGateway(OkHttpTelegramClient client) {
        this.client = client;
    }

    /** A coordinator's own menu, for their chat only (everyone else keeps the default one). */
    @Override
    public void menu(long chatId, List<Map.Entry<String, String>> commands) {
        List<BotCommand> list = commands.stream().map(e -> new BotCommand(e.getKey(), e.getValue())).toList();
        BotCommandScopeChat scope = BotCommandScopeChat.builder().chatId(chatId).build();
        try {
            if (list.isEmpty()) {
                // their role ended: the chat falls back to the menu everyone has
                client.execute(DeleteMyCommands.builder().scope(scope).build());
            } else {
                client.execute(SetMyCommands.builder().commands(list).scope(scope).build());
            }
        } catch (TelegramApiException e) {
            org.slf4j.LoggerFactory.getLogger(TelegramGateway.class).warn("menu for chat {} not set: {}", chatId,
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public long deliver(long chatId, Outgoing message, long outboxId) throws DeliveryException {
        try {
            if (message instanceof Outgoing.Send s) {
                SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chatId).text(s.text());
                if (!s.buttons().isEmpty()) {
                    b.replyMarkup(keyboard(s.buttons()));
                }
                Message sent = client.execute(b.build());
                return sent.getMessageId();
            }
            if (message instanceof Outgoing.Document d) {
                SendDocument.SendDocumentBuilder<?, ?> b = SendDocument.builder().chatId(chatId).caption(d.caption())
                        .document(new InputFile(new ByteArrayInputStream(d.content().getBytes(StandardCharsets.UTF_8)),
                                d.fileName()));
                if (!d.buttons().isEmpty()) {
                    b.replyMarkup(keyboard(d.buttons()));
                }
                return client.execute(b.build()).getMessageId();
            }
            if (message instanceof Outgoing.Photo p) {
                SendPhoto.SendPhotoBuilder<?, ?> b = SendPhoto.builder().chatId(chatId).photo(new InputFile(p.fileId()))
                        .caption(p.caption());
                if (!p.buttons().isEmpty()) {
                    b.replyMarkup(keyboard(p.buttons()));
                }
                return client.execute(b.build()).getMessageId();
            }
            if (message instanceof Outgoing.Image i) {
                SendPhoto.SendPhotoBuilder<?, ?> b = SendPhoto.builder().chatId(chatId).caption(i.caption())
                        .photo(new InputFile(new ByteArrayInputStream(i.bytes()), i.fileName()));
                if (!i.buttons().isEmpty()) {
                    b.replyMarkup(keyboard(i.buttons()));
                }
                return client.execute(b.build()).getMessageId();
            }
            if (message instanceof Outgoing.Edit e && e.text() == null) {
                // only the buttons change, as when a decision has been taken on them
                client.execute(EditMessageReplyMarkup.builder().chatId(chatId).messageId((int) e.messageRef())
                        .replyMarkup(e.buttons().isEmpty() ? null : keyboard(e.buttons())).build());
                return e.messageRef();
            }
            if (message instanceof Outgoing.Edit e) {
                EditMessageText.EditMessageTextBuilder<?, ?> b = EditMessageText.builder().chatId(chatId)
                        .messageId((int) e.messageRef()).text(e.text());
                if (!e.buttons().isEmpty()) {
                    b.replyMarkup(keyboard(e.buttons()));
                }
                Serializable ignored = client.execute(b.build());
                return e.messageRef();
            }
            Outgoing.Answer a = (Outgoing.Answer) message;
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(a.pressId()).text(a.text()).build());
            return 0;
        } catch (TelegramApiRequestException e) {
            throw classify(e, message);
        } catch (TelegramApiException e) {
            throw DeliveryException.retry("Bot API unreachable: " + e.getClass().getSimpleName(), 0);
        }
    }

    private static DeliveryException classify(TelegramApiRequestException e, Outgoing message) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        if (code == 429) {
            Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return DeliveryException.retry("429", after == null ? 1_000 : after * 1_000L);
        }
        if (code == 0 || code >= 500) {
            return DeliveryException.retry("server error " + code, 0);
        }
        String why = e.getApiResponse() == null ? "" : e.getApiResponse();
        if (message instanceof Outgoing.Edit && why.contains("message is not modified")) {
            return DeliveryException.permanent("not modified");
        }
        if (code == 403 || code == 400 && why.toLowerCase(java.util.Locale.ROOT).contains("chat not found")) {
            // blocked, deactivated or gone: nothing sent to this chat will arrive
            return DeliveryException.unreachable("refused " + code);
        }
        return DeliveryException.permanent("refused " + code);
    }

    private static InlineKeyboardMarkup keyboard(List<List<OutButton>> rows) {
        List<InlineKeyboardRow> keyboard = new ArrayList<>(rows.size());
        for (List<OutButton> row : rows) {
            InlineKeyboardRow r = new InlineKeyboardRow();
            for (OutButton b : row) {
                r.add(b.url() != null ? InlineKeyboardButton.builder().text(b.label()).url(b.url()).build()
                        : InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build());
            }
            keyboard.add(r);
        }
        return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }
}
