package org.koppel.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.meeting.When;

/** /events ("events"): the events someone organises (a coordinator: all), each opening its card. */
public final class EventsConversation implements Conversation<EventsConversation.Data, EventsConversation.View> {
    public static final String KIND = "events";

    /** Nothing is kept: the list answers at once. */
    public record Data() {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public boolean withoutConsent() {
        return true;
    }

    @Override
    public View view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        String today = ctx.now().atZone(ctx.config().settings().zone()).toLocalDate().atStartOfDay().toString();
        return new View(EventStore.mine(c, ctx.personId(), ctx.coordinator(), today),
                !EventStore.communities(c, ctx.personId(), ctx.coordinator()).isEmpty());
    }

    /** Their events, and whether they may make one (a coordinator, or a key person of an open community). */
    public record View(List<Event> events, boolean organiser) {
    }

    @Override
    public Step<Data> begin(View v, Input input, Context ctx) {
        if (!(input instanceof Input.Command)) {
            return null;
        }
        var t = ctx.texts();
        if (v.events().isEmpty()) {
            // someone who cannot make one is not sent to /newevent
            return Step.end(new Say(t.t(v.organiser() ? "event.none" : "event.organisers_only")));
        }
        List<List<Button>> rows = v.events().stream().map(e -> List.of(Button.to(Keys.of(OrganiserConversation.KIND, e.id()),
                (e.cancelled() ? "✖ " : "") + When.brief(e.start(), t.language()) + " · " + e.name(), "view"))).toList();
        return Step.end(new Say(t.t("event.list_title"), rows));
    }
}
