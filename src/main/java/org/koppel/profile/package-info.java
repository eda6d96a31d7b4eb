/**
 * The newcomer's profile: one question at a time with buttons wherever the answer is a choice,
 * every answer kept before the next question, a summary with a change button per field, and
 * /profile to see and change it later.
 */
package org.koppel.profile;
