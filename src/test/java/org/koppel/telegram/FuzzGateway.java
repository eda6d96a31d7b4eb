package org.koppel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.koppel.core.Gateway;
import org.koppel.core.OutButton;
import org.koppel.core.Outgoing;

/**
 * A gateway for a long fuzz run that keeps only what the checks need: each chat's newest button
 * data (to press, or to press from someone else's chat), press answers by id, and any message
 * that was the internal-error apology.
 */
final class FuzzGateway implements Gateway {
    private final Set<String> apologies;
    private final Map<Long, String> buttons = new ConcurrentHashMap<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Set<Long> chats = ConcurrentHashMap.newKeySet();
    private final List<String> apologised = new ArrayList<>();
    private final AtomicLong refs = new AtomicLong();

    FuzzGateway(Set<String> apologies) {
        this.apologies = apologies;
    }

    @Override
    public long deliver(long chatId, Outgoing message, long outboxId) {
        chats.add(chatId);
        if (message instanceof Outgoing.Answer a) {
            answers.put(a.pressId(), a.text() == null ? "" : a.text());
            return 0;
        }
        String text = message instanceof Outgoing.Send s ? s.text() : message instanceof Outgoing.Edit e ? e.text() : null;
        if (text != null && apologies.stream().anyMatch(text::contains)) {
            synchronized (apologised) {
                apologised.add(chatId + ": " + text);
            }
        }
        List<List<OutButton>> rows = message instanceof Outgoing.Send s ? s.buttons()
                : message instanceof Outgoing.Edit e ? e.buttons() : List.of();
        for (List<OutButton> row : rows == null ? List.<List<OutButton>>of() : rows) {
            for (OutButton b : row) {
                if (b.data() != null && refs.get() % 3 != 0 || b.data() != null && !buttons.containsKey(chatId)) {
                    buttons.put(chatId, b.data());
                }
            }
        }
        return refs.incrementAndGet();
    }

    String button(long chat) {
        return buttons.get(chat);
    }

    boolean known(long chat) {
        return chats.contains(chat);
    }

    String answer(String pressId) {
        return answers.remove(pressId);
    }

    long delivered() {
        return refs.get();
    }

    List<String> apologised() {
        synchronized (apologised) {
            return List.copyOf(apologised);
        }
    }
}
