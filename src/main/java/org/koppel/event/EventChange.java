package org.koppel.event;

import java.util.List;
import org.koppel.conversation.Effect;

/** Changes to events and guests; the writer tells those they concern. */
public interface EventChange extends Effect {
    /** A new event, with the communities it invites (their invitations are queued beside it). */
    record Created(long id, String name, String kind, String startsAt, String zone, String place, Integer capacity,
                   List<String> languages, String token, List<Long> communities) implements EventChange {
    }

    /** The person's answer to the invitation; going is refused (and they are told) when the event is full. */
    record Answered(long event, boolean going) implements EventChange {
    }

    /** The person came: scanned the code at the door. */
    record CheckedIn(long event) implements EventChange {
    }

    /** Checked in, then the day after: an appointment made, and with whom ("none": no appointment). */
    record Appointment(long event, String with) implements EventChange {
    }

    /** Weeks later: what came of the appointment ("not_held" when it did not take place). */
    record Result(long event, String result) implements EventChange {
    }

    /** The organiser's news for everyone going. */
    record Updated(long event, String text) implements EventChange {
    }

    /** The organiser calls it off: everyone going is told, invitations not yet sent stay unsent. */
    record Cancelled(long event) implements EventChange {
    }
}
