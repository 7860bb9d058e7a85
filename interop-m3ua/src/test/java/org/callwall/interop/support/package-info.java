/** Helpers the interop tests share: free loopback ports, bounded waits, the gateway as a child process. */
package org.callwall.interop.support;
