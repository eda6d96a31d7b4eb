/**
 * Profile questions as data, shared by the newcomer's and the volunteer's profile: a first name,
 * free text, one choice, several choices with checkmarks, and the summary with a change button
 * per field. Each works on the data type of the conversation that asks it.
 */
package org.koppel.questions;
