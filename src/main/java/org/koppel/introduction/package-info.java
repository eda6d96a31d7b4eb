/**
 * Introductions: after a coffee meeting the volunteer records an introduction they made or will
 * make for the newcomer (a colleague, an employer, a training provider, someone else); the
 * newcomer confirms it, and is asked two and six weeks later whether they talked and what came
 * of it. The measure of a network that opens, counted in the coordinators' statistics.
 */
package org.koppel.introduction;
