/** The calls a run draws from: CSV rows and the IAM octets built for each. */
package org.callwall.loadgen.mix;
