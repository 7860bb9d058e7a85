/** The screening gateway assembled and running: tables, pipeline, node, reload triggers and timers. */
package org.callwall.gateway.runtime;
