package org.koppel.followup;

import java.util.ArrayList;
import java.util.List;

/** One side's answers about one meeting while they give them; role is "newcomer" or "volunteer". */
public record Feedback(String role, String tookPlace, Integer usefulness, List<String> outcomes) {
    public Feedback {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    Feedback held(String took) {
        return new Feedback(role, took, null, List.of());
    }

    Feedback useful(int score) {
        return new Feedback(role, tookPlace, score, outcomes);
    }

    Feedback toggled(String code) {
        List<String> out = new ArrayList<>(outcomes);
        if (!out.remove(code)) {
            out.add(code);
        }
        return new Feedback(role, tookPlace, usefulness, out);
    }
}
