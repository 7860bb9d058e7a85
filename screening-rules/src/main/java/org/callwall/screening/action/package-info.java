/** What a rule does to a call: forward, release with a Q.850 cause, divert to an IVR, modify, tag. */
package org.callwall.screening.action;
