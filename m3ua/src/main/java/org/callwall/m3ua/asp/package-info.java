/** ASP and AS state machines of RFC 4666 section 4.3, including the recovery timer T(r). */
package org.callwall.m3ua.asp;
