/**
 * After a meeting: both people are asked whether it took place, how useful it was, what came of
 * it and whether they want to add anything, each answer kept at once, with one nudge; weeks
 * later the newcomer is asked whether they found work, a placement or study.
 */
package org.koppel.followup;
