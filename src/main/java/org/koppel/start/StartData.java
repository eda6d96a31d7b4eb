package org.koppel.start;

/**
 * The role chosen, whose consent is asked: "newcomer" or "volunteer"; null before the choice.
 * link is the payload of the link the person opened with /start (a community to join), offered
 * again once they have chosen their language; null without one.
 */
public record StartData(String role, String link) {
    public StartData(String role) {
        this(role, null);
    }
}
