package org.koppel.start;

import java.util.List;
import org.koppel.conversation.Conversation;
import org.koppel.core.EffectWriter;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;

/**
 * First contact and consent. The consent is kept on the person (with its time and role), so it
 * is exported and erased with the person itself; this feature keeps nothing else.
 */
public final class StartFeature implements Feature {
    private final StartConversation start;

    public StartFeature(String profileKey, String volunteerKey, java.util.function.UnaryOperator<String> linkKey) {
        this.start = new StartConversation(profileKey, volunteerKey, linkKey);
    }

    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(start);
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new ConsentWriter());
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.NONE;
    }
}
