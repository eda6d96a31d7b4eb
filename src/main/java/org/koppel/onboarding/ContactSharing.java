package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Say;
import org.koppel.flow.Step;
import org.koppel.flow.Tell;
import org.koppel.meeting.MeetingChanged;

/**
 * Contact details are shared only when both sides chose to: each choice is recorded, and only
 * the second one sends each the other's Telegram link. Until then /message goes through the bot.
 */
final class ContactSharing {
    private ContactSharing() {
    }

    static Step<Draft> share(String state, Draft d, long by, FlowContext ctx) {
        boolean volunteerSide = by != ctx.personId();
        if (volunteerSide ? d.shareTheirs : d.shareMine) {
            return Step.of(state, d, new Tell(by, t -> new Say(t.t("contact.already"))));
        }
        Draft next = d.copy();
        if (volunteerSide) {
            next.shareTheirs = true;
        } else {
            next.shareMine = true;
        }
        long newcomer = ctx.personId();
        long volunteer = d.matchId;
        String newcomerName = d.firstName;
        String volunteerName = d.matchName;
        List<Effect> effects = new ArrayList<>();
        effects.add(new MeetingChanged.ContactShared(d.meetingId, volunteerSide));
        if (next.shareMine && next.shareTheirs) {
            effects.add(new Tell(newcomer, t -> link(t, volunteerName, volunteer)));
            effects.add(new Tell(volunteer, t -> link(t, newcomerName, newcomer)));
        } else {
            long other = volunteerSide ? newcomer : volunteer;
            String otherName = volunteerSide ? newcomerName : volunteerName;
            String byName = volunteerSide ? volunteerName : newcomerName;
            effects.add(new Tell(by, t -> new Say(t.t("contact.waiting", "name", otherName))));
            effects.add(new Tell(other, t -> new Say(t.t("contact.offered", "name", byName))));
        }
        return new Step<>(state, next, List.copyOf(effects));
    }

    private static Say link(org.koppel.i18n.Texts t, String name, long person) {
        return new Say(t.t("contact.both", "name", name),
                List.of(List.of(Button.link(t.t("button.open_chat", "name", name), "tg://user?id=" + person))));
    }
}
