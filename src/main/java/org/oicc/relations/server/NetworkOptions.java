package org.oicc.relations.server;

import picocli.CommandLine.Option;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** {@code serve} options for what stands between the server and the clients: proxies, rate limits (a picocli mixin). */
final class NetworkOptions {

    /** Per client address; generous for a person (a page is one request plus cached resources), low for a flood. */
    static final int DEFAULT_RATE = 50;

    @Option(names = "--trusted-proxy", paramLabel = "ADDR[/BITS]", description = "A reverse proxy whose Forwarded / "
            + "X-Forwarded-* headers are believed (repeatable): the client address and https come from them. "
            + "Default: none, the headers are ignored.")
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--rate-limit", paramLabel = "N|off", description = "Requests per second per client address (a burst of N "
            + "is allowed); past it 429. Default: off when listening on a loopback address, " + DEFAULT_RATE + " otherwise.")
    String rateLimit;

    TrustedProxies proxies() {
        return new TrustedProxies(trustedProxies);
    }

    /** @return requests per second per address, 0 for no limit */
    int ratePerSecond(String host) {
        if (rateLimit == null) {
            return isLoopback(host) ? 0 : DEFAULT_RATE;
        }
        if (rateLimit.equalsIgnoreCase("off")) {
            return 0;
        }
        try {
            int n = Integer.parseInt(rateLimit.trim());
            if (n >= 1 && n <= 1_000_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is accepted
        }
        throw new CliError("--rate-limit must be a number of requests per second from 1 to 1000000, or off; found '"
                + rateLimit + "'", 2);
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false; // Jetty reports an unknown host when it binds
        }
    }
}
