/** Reads a JMH JSON result and prints the callwall/jSS7 comparison table of one run. */
package org.callwall.benchmarks.report;
