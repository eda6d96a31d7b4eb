package org.koppel.onboarding;

import java.util.List;

/** One person's follow-up on one meeting while they answer it. */
public record Feedback(long meeting, String role, String other, String tookPlace, Integer usefulness,
                       List<String> outcomes, boolean commenting) {
    public Feedback {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    Feedback with(String took, Integer useful, List<String> chosen, boolean comment) {
        return new Feedback(meeting, role, other, took, useful, chosen, comment);
    }
}
