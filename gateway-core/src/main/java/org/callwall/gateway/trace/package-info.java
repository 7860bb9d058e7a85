/** pcap trace of M3UA traffic (Ethernet/IPv4/SCTP framing, PPID 3) that Wireshark decodes as M3UA/ISUP, written off the event loops. */
package org.callwall.gateway.trace;
