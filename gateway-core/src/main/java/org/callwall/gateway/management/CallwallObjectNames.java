package org.callwall.gateway.management;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * ObjectNames of the gateway's MXBeans: {@code callwall:type=<Type>,name="<name>"}. The name is always
 * quoted so that configured names with commas, colons or equals signs stay legal.
 */
public final class CallwallObjectNames {

    public static final String DOMAIN = "callwall";

    private CallwallObjectNames() {
    }

    public static ObjectName of(String type, String name) {
        try {
            return new ObjectName(DOMAIN + ":type=" + type + ",name=" + ObjectName.quote(name));
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("invalid MBean type: " + type + " (expected: letters only) name=" + name, e);
        }
    }
}
