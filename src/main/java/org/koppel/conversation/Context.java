package org.koppel.conversation;

import java.time.Instant;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.koppel.config.Config;
import org.koppel.i18n.Messages;
import org.koppel.i18n.Texts;

/**
 * What a step may know besides its state, data and view: whose conversation it is and under which
 * key, the person's texts, the configuration, the time of the update, the first name and the
 * supported app language Telegram reports for the sender (null when not one the bot speaks;
 * neither is stored unless the person chooses it), the coordinators, and a source of random
 * numbers for new ids and link tokens (seeded in tests).
 */
public record Context(long personId, String key, Texts texts, Messages messages, Config config, Instant now,
                      String senderFirstName, String senderLanguage, Set<Long> coordinators,
                      RandomGenerator random) {

    public boolean coordinator() {
        return coordinators.contains(personId);
    }

    /** The same context for another conversation of the same person. */
    public Context at(String otherKey) {
        return new Context(personId, otherKey, texts, messages, config, now, senderFirstName, senderLanguage,
                coordinators, random);
    }

    /** The same context in another language, as right after the person picked one. */
    public Context speaking(String language) {
        return new Context(personId, key, messages.of(language), messages, config, now, senderFirstName,
                senderLanguage, coordinators, random);
    }

    /** The part of the key after the kind: "3f9a2k" in "meeting:3f9a2k". */
    public String id() {
        return Keys.id(key);
    }
}
