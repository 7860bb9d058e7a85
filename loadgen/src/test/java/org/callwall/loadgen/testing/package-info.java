/** Test support: the shared conformance folder and tshark as the independent decoder. */
package org.callwall.loadgen.testing;
