/** Operating the gateway: typed MXBeans under {@code callwall:type=...}, the controls they act on, JMX remote access and logging setup. */
package org.callwall.gateway.management;
