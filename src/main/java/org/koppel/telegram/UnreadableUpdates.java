package org.koppel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads every update of a getUpdates reply the way the Bot API library will, before it does. The
 * library reads a batch as a whole and, when one update in it cannot be read (a chat without a
 * type, a message_id that is not a number), retries the same batch forever: nobody is served.
 * Here such an update becomes an empty one with the same id, which the library reads, confirms
 * and passes on as nothing; the ids go to the bot, which records them and tells the coordinators.
 */
final class UnreadableUpdates implements Interceptor {
    private static final Logger log = LoggerFactory.getLogger(UnreadableUpdates.class);
    /** Configured as the library's own (TelegramBot gives it ObjectMapper::new), so both read alike. */
    private final ObjectMapper mapper = new ObjectMapper();
    private final Consumer<List<Long>> skipped;

    UnreadableUpdates(Consumer<List<Long>> skipped) {
        this.skipped = skipped;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response r = chain.proceed(chain.request());
        boolean poll = chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
        if (!poll || !r.isSuccessful() || r.body() == null) {
            return r;
        }
        ResponseBody body = r.body();
        String text = body.string();
        String kept = filter(text);
        return r.newBuilder().body(ResponseBody.create(kept, body.contentType())).build();
    }

    /** The reply with unreadable updates emptied; as it came when it is not a list of updates (the library decides then). */
    String filter(String reply) {
        JsonNode root;
        try {
            root = mapper.readTree(reply);
        } catch (IOException e) {
            return reply;
        }
        if (root == null || !root.path("result").isArray()) {
            return reply;
        }
        ArrayNode kept = mapper.createArrayNode();
        List<Long> ids = new ArrayList<>();
        for (JsonNode u : root.path("result")) {
            if (readable(u)) {
                kept.add(u);
            } else if (u.path("update_id").canConvertToLong()) {
                ids.add(u.path("update_id").asLong());
                kept.add(mapper.createObjectNode().put("update_id", u.path("update_id").asLong()));
            }
            // without an id there is nothing to move past: the update is left out
        }
        if (kept.size() == root.path("result").size() && ids.isEmpty()) {
            return reply;
        }
        log.warn("skipped {} update(s) that could not be read: ids {}", ids.size(), ids);
        if (!ids.isEmpty()) {
            skipped.accept(ids);
        }
        ((ObjectNode) root).set("result", kept);
        return root.toString();
    }

    private boolean readable(JsonNode u) {
        try {
            mapper.treeToValue(u, Update.class);
            return u.path("update_id").canConvertToLong();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
