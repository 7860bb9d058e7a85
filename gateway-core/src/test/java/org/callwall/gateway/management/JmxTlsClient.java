package org.callwall.gateway.management;

import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A JMX client in a JVM of its own, started by {@link JmxRemoteServerTlsTest} with the trust store in
 * {@code javax.net.ssl.*} properties (the default SSL context reads them once per JVM, so the test's
 * own JVM cannot play this part). Prints the Gateway bean's name.
 */
public final class JmxTlsClient {

    private JmxTlsClient() {
    }

    public static void main(String[] args) throws Exception {
        JMXServiceURL url = new JMXServiceURL(args[0]);
        try (JMXConnector connector = JMXConnectorFactory.connect(url,
                Map.of(JMXConnector.CREDENTIALS, new String[] {args[1], args[2]}))) {
            MBeanServerConnection connection = connector.getMBeanServerConnection();
            System.out.println("name=" + connection.getAttribute(CallwallObjectNames.of("Gateway", args[3]), "Name"));
        }
    }
}
