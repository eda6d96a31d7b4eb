package org.koppel.event;

import java.util.List;

/** The communities the organiser may invite (ids and names, in the order shown). */
record NewEventView(List<Long> ids, List<String> names) {
}
