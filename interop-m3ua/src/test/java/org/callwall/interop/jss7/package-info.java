/** RestComm jSS7 peers (M3UA nodes and ISUP exchanges) that record what they receive, for interop tests. */
package org.callwall.interop.jss7;
