/**
 * What a conversation is, with nothing of Telegram, SQLite or any feature in it. A person holds
 * several conversations at once, each under its own key ("profile", "meeting:3f9a2k", ...); a
 * {@link org.koppel.conversation.Conversation} is one kind of them, written as a table of named
 * {@link org.koppel.conversation.State}s whose handlers are pure functions from (data, view,
 * input, context) to a {@link org.koppel.conversation.Step}: the next state, the data and the
 * {@link org.koppel.conversation.Effect}s the engine carries out in one transaction.
 */
package org.koppel.conversation;
