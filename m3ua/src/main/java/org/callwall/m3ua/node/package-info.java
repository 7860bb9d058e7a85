/** A running M3UA node: configured associations, their handlers, counters and the transfer hook. */
package org.callwall.m3ua.node;
