/**
 * Organisations at a salon: each has its own QR code on its table; a newcomer who scans it can
 * leave their short profile there (only after saying yes) and ask for an appointment, which the
 * organisation's contact on Telegram plans with them through the same steps as a coffee meeting:
 * times proposed, one chosen, a card with a calendar file, a reminder, and afterwards the question
 * whether it took place and what came of it.
 */
package org.koppel.salon;
