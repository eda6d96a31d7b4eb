package org.koppel.meeting;

import java.util.List;
import org.koppel.matching.Reason;

/** The volunteer matching picked for a newcomer, with the meeting id to ask them under. */
public record Proposal(long meeting, long volunteer, String volunteerName, List<Reason> reasons) {
}
