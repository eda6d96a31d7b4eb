/**
 * First contact: the greeting in the person's language (or the picker), the choice between
 * newcomer and volunteer, and the consent for that role. Nothing but the Telegram id and the
 * language is kept before the yes; after it the role's own profile begins.
 */
package org.koppel.start;
