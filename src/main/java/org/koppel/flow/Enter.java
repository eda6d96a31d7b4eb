package org.koppel.flow;

/** Leave this flow and begin another, such as the volunteer questions after choosing that role. */
public record Enter(String flow) implements Effect {
}
