package org.koppel.flow;

import java.time.Instant;
import java.util.Set;
import org.koppel.config.Config;
import org.koppel.i18n.Texts;

/**
 * What a step may know besides its state and data: the person's texts, the configuration, the
 * time of the update and the first name Telegram reports for the sender (never stored unless
 * the person chooses it), and who the coordinators are.
 */
public record FlowContext(long personId, Texts texts, Config config, Instant now, String senderFirstName,
                          Set<Long> coordinators) {

    public FlowContext(long personId, Texts texts, Config config, Instant now, String senderFirstName) {
        this(personId, texts, config, now, senderFirstName, Set.of());
    }

    public FlowContext withTexts(Texts other) {
        return new FlowContext(personId, other, config, now, senderFirstName, coordinators);
    }
}
