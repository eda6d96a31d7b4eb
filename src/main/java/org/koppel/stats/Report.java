package org.koppel.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a period.
 *
 * @param total          the funnel of everyone who started in the period
 * @param outcomes       follow-up outcome code (as the follow-up stores it) to the number of the
 *                       cohort's meetings for which either side reported it, every known code present
 * @param meetings       meetings in the period (by their day, or the day they were asked for)
 * @param noShows        of those, meetings where either side said the other did not come
 * @param disagreements  of those, meetings whose two sides answered "did it take place" differently
 * @param breakdowns     the funnel per value of each dimension, most started first
 */
public record Report(Period period, Funnel total, Map<String, Integer> outcomes, int meetings, int noShows,
                     int disagreements, Map<Dimension, List<Row>> breakdowns) {
    /** The code of a row for people without a value in that dimension (no profile, no community). */
    public static final String NONE = "-";

    public Report {
        // kept in order: outcomes as the follow-up asks them, dimensions as declared
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        Map<Dimension, List<Row>> ordered = new EnumMap<>(Dimension.class);
        breakdowns.forEach((d, rows) -> ordered.put(d, List.copyOf(rows)));
        breakdowns = Collections.unmodifiableMap(ordered);
    }

    /** What the cohort is broken down by; a person with two sectors counts in both. */
    public enum Dimension {
        LANGUAGE, REGION, SECTOR, COMMUNITY;

        public String labelKey() {
            return "stats.by." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One value of a dimension: a language, region or sector code, a community's id, or {@link #NONE}.
     * name is the community's name, null in the other dimensions.
     */
    public record Row(String code, String name, Funnel funnel) {
    }

    public List<Row> rows(Dimension d) {
        return breakdowns.getOrDefault(d, List.of());
    }
}
