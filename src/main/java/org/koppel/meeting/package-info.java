/**
 * Coffee meetings. A meeting is a record of its own ({@link org.koppel.meeting.Meeting}), changed
 * only by the pure state machine {@link org.koppel.meeting.Meetings} inside the write that stores
 * it, with a version check; both people's conversations read it and are told of every change.
 * The newcomer's search asks volunteers one at a time; each side's conversation under
 * "meeting:&lt;id&gt;" plans times, shows the card, reminds, and hands over to the follow-up.
 */
package org.koppel.meeting;
