package org.koppel.core;

import java.util.ArrayList;
import java.util.List;

/** Collects what would go to people; each sent message gets the next ref. */
final class RecordingGateway implements Gateway {
    record Delivered(long chatId, Outgoing message, long ref) {
    }

    private final List<Delivered> delivered = new ArrayList<>();
    private long nextRef = 1;

    @Override
    public synchronized long deliver(long chatId, Outgoing message, long outboxId) {
        long ref = message instanceof Outgoing.Send ? nextRef++
                : message instanceof Outgoing.Edit e ? e.messageRef() : 0;
        delivered.add(new Delivered(chatId, message, ref));
        return ref;
    }

    synchronized List<Delivered> to(long chatId) {
        return delivered.stream().filter(d -> d.chatId() == chatId).toList();
    }

    synchronized List<String> textsTo(long chatId) {
        List<String> texts = new ArrayList<>();
        for (Delivered d : to(chatId)) {
            if (d.message() instanceof Outgoing.Send s) {
                texts.add(s.text());
            }
        }
        return texts;
    }

    synchronized List<Outgoing.Answer> answersTo(long chatId) {
        return to(chatId).stream().map(Delivered::message).filter(m -> m instanceof Outgoing.Answer)
                .map(m -> (Outgoing.Answer) m).toList();
    }

    /** The newest message with buttons sent to the chat, with its ref. */
    synchronized Delivered keyboard(long chatId) {
        List<Delivered> mine = to(chatId);
        for (int i = mine.size() - 1; i >= 0; i--) {
            if (mine.get(i).message() instanceof Outgoing.Send s && !s.buttons().isEmpty()) {
                return mine.get(i);
            }
        }
        throw new AssertionError("no message with buttons to " + chatId);
    }
}
