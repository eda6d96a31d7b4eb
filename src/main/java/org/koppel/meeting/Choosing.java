package org.koppel.meeting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;

/** The newcomer choosing one of the times the volunteer proposed, asking for others, or cancelling. */
final class Choosing {
    private Choosing() {
    }

    static List<Effect> ask(SideData d, MeetingView v, Context ctx) {
        var t = ctx.texts();
        Meeting m = v.meeting();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < m.proposed().size(); i++) {
            rows.add(List.of(new Button(When.brief(LocalDateTime.parse(m.proposed().get(i)), t.language()), "pick:" + i)));
        }
        rows.add(List.of(new Button(t.t("button.other_times"), "other")));
        rows.add(List.of(new Button(t.t("button.cancel_meeting"), "cancel")));
        String zone = m.proposed().isEmpty() ? "" : When.zoneName(LocalDateTime.parse(m.proposed().get(0)),
                ctx.config().settings().zone(), t.language());
        String name = SearchConversation.name(v.otherName(ctx.personId()), t);
        return List.of(new Say(t.t("meet.choose", "name", name, "place", Card.where(v, ctx), "zone", zone), rows));
    }

    static Step<SideData> choose(String state, SideData d, MeetingView v, Input in, Context ctx) {
        if (!(in instanceof Input.Choice c)) {
            return null;
        }
        Meeting m = v.meeting();
        long me = ctx.personId();
        if (c.action().startsWith("pick:")) {
            int i = index(c.action().substring(5));
            if (i < 0 || i >= m.proposed().size()) {
                return null;
            }
            String time = m.proposed().get(i);
            if (!LocalDateTime.parse(time).atZone(ctx.config().settings().zone()).toInstant().isAfter(ctx.now())) {
                return new Step<>(state, d, ask(d, v, ctx)).after(List.of(new Say(ctx.texts().t("meet.slot_passed"))));
            }
            return wait(d, new MeetingChange(m.id(), new MeetingCommand.Choose(me, time), ctx.key()));
        }
        if (c.action().equals("other")) {
            return wait(d, new MeetingChange(m.id(), new MeetingCommand.OtherTimes(me), ctx.key()));
        }
        if (c.action().equals("cancel")) {
            return wait(d, new MeetingChange(m.id(), new MeetingCommand.Cancel(me, "cancelled", -1), ctx.key()));
        }
        return null;
    }

    private static Step<SideData> wait(SideData d, Effect change) {
        return Step.of(MeetingConversation.WAITING, d, change);
    }

    private static int index(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
