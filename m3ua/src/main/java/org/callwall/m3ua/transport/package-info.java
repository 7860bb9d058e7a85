/** M3UA framing over TCP (header length delimited) and SCTP (one message per SCTP message, PPID 3). */
package org.callwall.m3ua.transport;
