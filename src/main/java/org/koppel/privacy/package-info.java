/**
 * A person's own data: /mydata sends everything stored about them as a file, each feature giving
 * its part; /delete erases it after a confirmation, each feature removing its part and telling
 * the people it concerns; /pause and /resume stop and restart requests and broadcasts.
 */
package org.koppel.privacy;
