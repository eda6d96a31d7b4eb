/**
 * Communities reached through their key persons: join links and single-use key-person invites
 * (each asking its own consent), /communities with a Leave button per community, and the
 * coordinators' /newcommunity and overview with invite links and appointments.
 */
package org.koppel.community;
