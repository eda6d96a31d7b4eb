/**
 * Reading a database written by Koppel 0.1, where each person had one conversation holding
 * everything (a "Draft" with their answers, one meeting's state, a volunteer's plans, follow-ups
 * being answered). At the first start of this release each such row becomes the conversations
 * it held, meetings being planned or chosen get their times in the meeting record, jobs get the
 * conversation they belong to, and buttons people still have in their chats keep working.
 */
package org.koppel.app.upgrade;
