package org.koppel.start;

/** The role chosen, whose consent is asked: "newcomer" or "volunteer"; null before the choice. */
public record StartData(String role) {
}
