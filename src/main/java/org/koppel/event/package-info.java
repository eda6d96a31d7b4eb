/**
 * Events: salons, meet-and-greets and information sessions that coordinators, or key persons for
 * their own communities, run. An event is a record of its own (like a meeting); invitations go
 * out through the broadcast sender with Going / Not going; each guest's "event:&lt;id&gt;"
 * conversation holds their answer, the calendar file and the reminder; the organiser's
 * "organise:&lt;id&gt;" shows the count and sends updates or calls it off; the QR code at the door
 * opens the check-in link.
 */
package org.koppel.event;
