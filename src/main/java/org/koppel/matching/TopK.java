package org.koppel.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The best {@code limit} candidates seen so far, in a binary heap whose root is the worst kept,
 * so a candidate that cannot enter costs one comparison and nothing is allocated per candidate.
 * Order: higher score, then fewer meetings in the last 90 days, then lower id.
 */
final class TopK {
    private final Volunteer[] volunteers;
    private final double[] scores;
    private int size;

    TopK(int limit) {
        volunteers = new Volunteer[limit];
        scores = new double[limit];
    }

    void offer(Volunteer v, double score) {
        if (size < volunteers.length) {
            volunteers[size] = v;
            scores[size] = score;
            up(size++);
        } else if (size > 0 && better(v, score, volunteers[0], scores[0])) {
            volunteers[0] = v;
            scores[0] = score;
            down(0);
        }
    }

    /** The kept candidates, best first. */
    List<Integer> bestFirst() {
        List<Integer> order = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        order.sort((a, b) -> better(volunteers[a], scores[a], volunteers[b], scores[b]) ? -1
                : better(volunteers[b], scores[b], volunteers[a], scores[a]) ? 1 : 0);
        return order;
    }

    Volunteer volunteer(int slot) {
        return volunteers[slot];
    }

    double score(int slot) {
        return scores[slot];
    }

    static boolean better(Volunteer a, double scoreA, Volunteer b, double scoreB) {
        if (scoreA != scoreB) {
            return scoreA > scoreB;
        }
        if (a.meetingsLast90Days() != b.meetingsLast90Days()) {
            return a.meetingsLast90Days() < b.meetingsLast90Days();
        }
        return a.id() < b.id();
    }

    private boolean worse(int i, int j) {
        return better(volunteers[j], scores[j], volunteers[i], scores[i]);
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int worst = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && worse(left, worst)) {
                worst = left;
            }
            if (right < size && worse(right, worst)) {
                worst = right;
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int i, int j) {
        Volunteer v = volunteers[i];
        volunteers[i] = volunteers[j];
        volunteers[j] = v;
        double s = scores[i];
        scores[i] = scores[j];
        scores[j] = s;
    }
}
