/** Screening benchmarks: the 10M-number list load and its heap footprint. */
package org.callwall.benchmarks.screening;
