package org.koppel.stats;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One newcomer as the statistics see them, living or erased: codes and how far they came, never
 * who they are. communities holds community ids; outcomes counts their meetings per outcome code.
 */
record Member(String language, String region, List<String> sectors, List<String> communities, Set<Stage> reached,
              Map<String, Integer> outcomes) {
    Member {
        sectors = List.copyOf(sectors);
        communities = List.copyOf(communities);
        reached = Set.copyOf(reached);
        outcomes = Map.copyOf(outcomes);
    }
}
