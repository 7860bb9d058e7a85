/** M3UA (RFC 4666) message flyweights, code tables and encoders over Netty buffers; no network. */
package org.callwall.m3ua.codec;
