package org.koppel.language;

import java.util.List;
import org.koppel.conversation.Conversation;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.core.Route;

/** /language: the person's language is stored with them; this feature keeps nothing of its own. */
public final class LanguageFeature implements Feature {
    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new LanguageConversation());
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("language", LanguageConversation.KIND));
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.NONE;
    }
}
