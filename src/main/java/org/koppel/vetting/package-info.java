/**
 * Volunteers: their own profile questions, then the coordinators' review. Until a coordinator
 * approves, a volunteer is pending and never offered to a newcomer; the first decision counts.
 */
package org.koppel.vetting;
