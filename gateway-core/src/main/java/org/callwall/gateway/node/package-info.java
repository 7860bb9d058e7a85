/** The running gateway: configured M3UA associations wired into a node with its transfer hook. */
package org.callwall.gateway.node;
