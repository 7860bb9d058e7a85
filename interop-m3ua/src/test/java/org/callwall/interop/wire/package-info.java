/** M3UA as it crossed the wire between jSS7 and callwall: a tapping TCP relay, framing, and tshark's view of it. */
package org.callwall.interop.wire;
