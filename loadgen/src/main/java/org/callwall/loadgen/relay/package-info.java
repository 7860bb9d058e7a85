/** The bare M3UA relay: framing and forwarding only, the baseline every figure is compared with. */
package org.callwall.loadgen.relay;
