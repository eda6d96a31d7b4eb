package org.koppel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One method call the bot made to the fake Bot API, with its body. */
record BotCall(String method, JsonNode body) {
    long chatId() {
        return body.path("chat_id").asLong();
    }

    /** A message's text, or a document's caption. */
    String text() {
        return body.has("caption") ? body.path("caption").asText() : body.path("text").asText();
    }

    /** The content of a sent document, such as a calendar file. */
    String document() {
        return body.path("document_content").asText();
    }

    /** The button actions, read from the signed data "conversation|seq|action|mac". */
    List<String> actions() {
        List<String> actions = new ArrayList<>();
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode b : row) {
                actions.add(action(b.path("callback_data").asText()));
            }
        }
        return actions;
    }

    private static String action(String data) {
        String[] parts = data.split("\\|");
        return parts.length < 2 ? "" : parts[parts.length - 2];
    }

    String dataFor(String action) {
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode b : row) {
                String data = b.path("callback_data").asText();
                if (action(data).equals(action)) {
                    return data;
                }
            }
        }
        return null;
    }
}
