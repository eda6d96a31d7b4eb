package org.koppel.meeting;

import java.util.List;

/**
 * What one side of a meeting keeps between steps: only a volunteer choosing times needs anything
 * (the times offered, local ISO, those ticked, the week shown). Names and times live in the
 * meeting and its people's profiles, read afresh each step, so no copy of anyone lingers here.
 */
public record SideData(List<String> offered, List<String> chosen, int page) {
    public static final SideData NONE = new SideData(List.of(), List.of(), 0);

    public SideData {
        offered = offered == null ? List.of() : List.copyOf(offered);
        chosen = chosen == null ? List.of() : List.copyOf(chosen);
    }
}
