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
        long ref = message instanceof Outgoing.Send || message instanceof Outgoing.Document ? nextRef++
                : message instanceof Outgoing.Edit e ? e.messageRef() : 0;
        delivered.add(new Delivered(chatId, message, ref));
        return ref;
    }

    /** The command menus set per chat, newest last (an empty one takes the chat's own menu away). */
    final java.util.Map<Long, List<List<String>>> menus = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void menu(long chatId, List<java.util.Map.Entry<String, String>> commands) {
        menus.computeIfAbsent(chatId, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(commands.stream().map(java.util.Map.Entry::getKey).toList());
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

    /** Files sent to the chat, such as meeting cards with their calendar file. */
    synchronized List<Outgoing.Document> documentsTo(long chatId) {
        return to(chatId).stream().map(Delivered::message).filter(m -> m instanceof Outgoing.Document)
                .map(m -> (Outgoing.Document) m).toList();
    }

    synchronized List<Outgoing.Answer> answersTo(long chatId) {
        return to(chatId).stream().map(Delivered::message).filter(m -> m instanceof Outgoing.Answer)
                .map(m -> (Outgoing.Answer) m).toList();
    }

    /** The buttons a message shows (none for edits and answers). */
    static List<List<OutButton>> buttons(Outgoing m) {
        if (m instanceof Outgoing.Send s) {
            return s.buttons();
        }
        if (m instanceof Outgoing.Document d) {
            return d.buttons();
        }
        return m instanceof Outgoing.Photo p ? p.buttons() : List.of();
    }

    /** Everything the chat was shown as text: messages, captions and edited texts. */
    synchronized List<String> shownTo(long chatId) {
        List<String> texts = new ArrayList<>();
        for (Delivered d : to(chatId)) {
            Outgoing m = d.message();
            String t = m instanceof Outgoing.Send s ? s.text() : m instanceof Outgoing.Document doc ? doc.caption()
                    : m instanceof Outgoing.Photo p ? p.caption() : m instanceof Outgoing.Edit e ? e.text() : null;
            if (t != null) {
                texts.add(t);
            }
        }
        return texts;
    }

    /** The newest message with buttons sent to the chat, with its ref. */
    synchronized Delivered keyboard(long chatId) {
        List<Delivered> mine = to(chatId);
        for (int i = mine.size() - 1; i >= 0; i--) {
            Outgoing m = mine.get(i).message();
            if ((m instanceof Outgoing.Send || m instanceof Outgoing.Document) && m.hasButtons()) {
                return mine.get(i);
            }
        }
        throw new AssertionError("no message with buttons to " + chatId);
    }
}
