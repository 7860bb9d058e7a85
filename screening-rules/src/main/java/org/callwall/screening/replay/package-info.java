/** Replaying recorded calls (a time-ordered CSV) through one engine: what the tables would have done. */
package org.callwall.screening.replay;
