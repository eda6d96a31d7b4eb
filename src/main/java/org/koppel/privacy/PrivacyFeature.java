package org.koppel.privacy;

import java.util.List;
import java.util.function.Supplier;
import org.koppel.conversation.Conversation;
import org.koppel.core.EffectWriter;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.core.Route;

/** /mydata, /delete, /pause and /resume; the person's own row and conversations are its part. */
public final class PrivacyFeature implements Feature {
    private final Supplier<List<PersonalData>> parts;

    /** parts: every feature's part, this one's included, for /mydata. */
    public PrivacyFeature(Supplier<List<PersonalData>> parts) {
        this.parts = parts;
    }

    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new DeleteConversation(), new MyDataConversation(parts), new PauseConversation(),
                new RetentionConversation());
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("delete", DeleteConversation.KIND), new Route("mydata", MyDataConversation.KIND),
                new Route("pause", PauseConversation.KIND), new Route("resume", PauseConversation.KIND));
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new PrivacyWriter());
    }

    @Override
    public PersonalData personalData() {
        return new PersonPart();
    }
}
