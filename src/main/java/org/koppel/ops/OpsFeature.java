package org.koppel.ops;

import java.util.List;
import org.koppel.conversation.Conversation;
import org.koppel.core.EffectWriter;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;

/**
 * Running the service: coordinators' requests for a backup now. The conversation that asks is
 * the coordinators' own; this feature only stores the request and names what it keeps about them.
 */
public final class OpsFeature implements Feature {

    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of();
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of((c, person, effect, now, events) -> {
            if (effect instanceof BackupRequested r) {
                BackupRequests.add(c, r.by(), now);
                return true;
            }
            return false;
        });
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("backup_requests", BackupRequests::export, (c, person, now, events) ->
                BackupRequests.erase(c, person));
    }
}
