package org.koppel.matching;

import java.util.List;
import java.util.Objects;

/**
 * One reason a volunteer was proposed, as a message key and the codes behind it, so the request
 * can say it in each reader's language ("you both work in healthcare").
 *
 * @param key one of the constants below, a key in messages/&lt;lang&gt;.json
 * @param codes the shared codes, sorted; for {@link #OFFER} the volunteer's offers that serve a goal
 */
public record Reason(String key, List<String> codes) {
    public static final String SECTOR = "match.reason.sector";
    public static final String SKILL = "match.reason.skill";
    public static final String OFFER = "match.reason.offer";
    public static final String LANGUAGE = "match.reason.language";
    public static final String REGION = "match.reason.region";
    public static final String TIME = "match.reason.time";
    /** Not a reason but what the match is: codes are the seeker's fields, none of which the volunteer knows. */
    public static final String OTHER_FIELD = "match.other_field";

    public Reason {
        Objects.requireNonNull(key, "key");
        codes = List.copyOf(codes);
    }
}
