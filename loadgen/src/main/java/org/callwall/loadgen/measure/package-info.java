/** What a run measures: outcome counters, latency histograms, progress lines and the result file. */
package org.callwall.loadgen.measure;
