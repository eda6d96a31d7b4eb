/**
 * /message between the two sides of a meeting, through the bot, so neither needs the other's
 * contact: the receiver sees the sender's first name and a Report button, and a report reaches
 * the coordinators with the message it is about.
 */
package org.koppel.relay;
