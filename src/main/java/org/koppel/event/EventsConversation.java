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
public final class EventsConversation implements Conversation<EventsConversation.Data, List<Event>> {
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
    public List<Event> view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        String today = ctx.now().atZone(ctx.config().settings().zone()).toLocalDate().atStartOfDay().toString();
        return EventStore.mine(c, ctx.personId(), ctx.coordinator(), today);
    }

    @Override
    public Step<Data> begin(List<Event> events, Input input, Context ctx) {
        if (!(input instanceof Input.Command)) {
            return null;
        }
        var t = ctx.texts();
        if (events.isEmpty()) {
            return Step.end(new Say(t.t("event.none")));
        }
        List<List<Button>> rows = events.stream().map(e -> List.of(Button.to(Keys.of(OrganiserConversation.KIND, e.id()),
                (e.cancelled() ? "✖ " : "") + When.brief(e.start(), t.language()) + " · " + e.name(), "view"))).toList();
        return Step.end(new Say(t.t("event.list_title"), rows));
    }
}
