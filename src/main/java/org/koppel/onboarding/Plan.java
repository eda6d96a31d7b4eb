package org.koppel.onboarding;

import java.util.List;
import org.koppel.meeting.PlanRequest;

/** A volunteer choosing times for one meeting: the times offered (local, ISO), those ticked, the week shown. */
public record Plan(PlanRequest request, List<String> offered, List<String> chosen, int page) {
    public Plan {
        offered = List.copyOf(offered);
        chosen = List.copyOf(chosen);
    }
}
