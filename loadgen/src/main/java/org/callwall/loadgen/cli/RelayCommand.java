package org.callwall.loadgen.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.callwall.loadgen.exchange.SideAddress;
import org.callwall.loadgen.relay.BareRelay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code loadgen relay}: the bare M3UA relay baseline, until stopped (SIGTERM or Ctrl-C). */
@Command(name = "relay", mixinStandardHelpOptions = true,
        description = "Bare Netty M3UA relay: frame, forward TRANSFER octets unchanged, answer ASPSM/ASPTM minimally.")
public final class RelayCommand implements Callable<Integer> {

    @Option(names = "--a", defaultValue = "listen:127.0.0.1:2915",
            description = "Side A: listen:HOST:PORT or connect:HOST:PORT (default: ${DEFAULT-VALUE}).")
    String a;

    @Option(names = "--b", defaultValue = "connect:127.0.0.1:2916",
            description = "Side B, same forms (default: ${DEFAULT-VALUE}).")
    String b;

    @Option(names = "--rc", description = "Routing context sent in ASP Active on a side the relay connects.")
    int[] routingContexts = new int[0];

    @Override
    public Integer call() throws Exception {
        BareRelay relay = new BareRelay(SideAddress.parse(a), SideAddress.parse(b), routingContexts).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            relay.close();
            stopped.countDown();
        }, "relay-stop"));
        System.out.println("bare relay running: A " + a + ", B " + b);
        stopped.await();
        return 0;
    }
}
