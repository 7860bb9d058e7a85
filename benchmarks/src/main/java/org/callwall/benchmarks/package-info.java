/** JMH benchmarks of callwall's hot paths, measured side by side with RestComm jSS7 in the same run. */
package org.callwall.benchmarks;
