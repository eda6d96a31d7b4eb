/**
 * The coordinators' statistics: the newcomer funnel of a period as a cohort (those who first
 * wrote in it, and how far each came), what came of their meetings, no-shows and disagreements,
 * broken down by language, region, sector and community; as a text, a chart and CSV files.
 * Erased people still count through the row {@link org.koppel.stats.ErasedPeople} keeps for them.
 */
package org.koppel.stats;
