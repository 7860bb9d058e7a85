/** Gateway counters, gauges and the screening latency histogram, registered once in Micrometer and exported to JMX and Prometheus. */
package org.callwall.gateway.metrics;
