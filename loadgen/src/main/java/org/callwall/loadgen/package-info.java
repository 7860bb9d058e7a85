/** The ISUP load generator and the bare M3UA relay it is measured against. */
package org.callwall.loadgen;
