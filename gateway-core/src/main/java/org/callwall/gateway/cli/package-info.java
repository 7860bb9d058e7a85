/** The {@code callwall} command line: picocli commands over the gateway's modules. */
package org.callwall.gateway.cli;
