/** M3UA benchmarks: the receive and relay path of one DATA message, over the octets the load generator sends. */
package org.callwall.benchmarks.m3ua;
