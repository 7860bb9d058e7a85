/** The simulated originating and terminating exchanges: M3UA sides, call state and ISUP answers. */
package org.callwall.loadgen.exchange;
