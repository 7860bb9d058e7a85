/** The whole gateway (M3UA associations, routing, screening pipeline) over EmbeddedChannels, and its JMH benchmark. */
package org.callwall.benchmarks.pipeline;
