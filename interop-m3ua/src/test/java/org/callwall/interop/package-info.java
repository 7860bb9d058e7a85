/** Interop scenarios: RestComm jSS7 talking to itself and to the callwall gateway over M3UA/TCP. */
package org.callwall.interop;
