package org.koppel.app;

import java.util.ArrayList;
import java.util.List;
import org.koppel.admin.AdminFeature;
import org.koppel.broadcast.BroadcastFeature;
import org.koppel.community.CommunityFeature;
import org.koppel.community.LinkConversation;
import org.koppel.community.Links;
import org.koppel.config.Config;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.followup.FollowUpConversation;
import org.koppel.followup.FollowUpFeature;
import org.koppel.language.LanguageFeature;
import org.koppel.meeting.MeetingFeature;
import org.koppel.meeting.SearchConversation;
import org.koppel.privacy.PrivacyFeature;
import org.koppel.profile.ProfileConversation;
import org.koppel.profile.ProfileFeature;
import org.koppel.relay.RelayFeature;
import org.koppel.start.StartConversation;
import org.koppel.start.StartFeature;
import org.koppel.vetting.VettingFeature;
import org.koppel.vetting.VolunteerConversation;

/**
 * Every feature of Koppel, wired once. A new feature is one more line here: its conversations,
 * commands, writers, events and its part of a person's data come with it.
 */
public final class Features {
    /** The conversation a person new to the bot begins in. */
    public static final String ENTRY = StartConversation.KIND;

    private Features() {
    }

    public static List<Feature> all(Config config, Links links) {
        List<Feature> all = new ArrayList<>();
        all.add(new PrivacyFeature(() -> parts(all)));
        all.add(new LanguageFeature());
        // a link opened by someone new is offered again once they chose a language, in its own conversation
        all.add(new StartFeature(ProfileConversation.KIND, VolunteerConversation.KIND, Features::linkKind));
        all.add(new ProfileFeature(SearchConversation.KIND));
        all.add(new VettingFeature());
        all.add(new MeetingFeature(config.settings().zone(), FollowUpConversation.KIND));
        all.add(new FollowUpFeature(config.settings().zone()));
        all.add(new org.koppel.introduction.IntroductionFeature());
        all.add(new RelayFeature());
        all.add(new AdminFeature(links));
        // before communities: the first link conversation that takes a /start payload wins ("e…" is an event's)
        all.add(new org.koppel.event.EventFeature(links));
        all.add(new org.koppel.salon.SalonFeature(links));
        all.add(new CommunityFeature(links));
        all.add(new BroadcastFeature(links));
        all.add(new org.koppel.ops.OpsFeature());
        return List.copyOf(all);
    }

    /** The conversation a /start payload belongs to: each kind of link has its own prefix and length. */
    static String linkKind(String payload) {
        if (org.koppel.event.EventLinkConversation.takes(payload)) {
            return org.koppel.event.EventLinkConversation.KIND;
        }
        return org.koppel.salon.StandLinkConversation.takes(payload) ? org.koppel.salon.StandLinkConversation.KIND
                : LinkConversation.KIND;
    }

    /** Every feature's part of what is stored about a person, in the order they are erased and exported. */
    public static List<PersonalData> parts(List<Feature> features) {
        return features.stream().map(Feature::personalData).toList();
    }
}
