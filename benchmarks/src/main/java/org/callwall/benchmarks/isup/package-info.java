/** ISUP codec benchmarks: IAM decode, REL encode and divert rewrite, callwall against jSS7 on the same bytes. */
package org.callwall.benchmarks.isup;
