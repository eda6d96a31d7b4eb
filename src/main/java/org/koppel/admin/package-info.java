/**
 * The coordinators' work: /admin and its screens (pending and approved volunteers, newcomers,
 * reports, matching on or off, statistics, exports, backups), the handling of a report, the
 * suspension of a person, appointing another coordinator, and the alerts and weekly digest.
 * Every action is logged with who took it and when.
 */
package org.koppel.admin;
