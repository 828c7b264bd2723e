package org.oicc.relations.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.InetAddressSet;

import java.net.InetAddress;
import java.util.List;

/**
 * {@code Forwarded} / {@code X-Forwarded-*} headers honoured only when the connection comes from a
 * proxy the operator named. Jetty's own customizer believes any client, so anyone could claim
 * {@code https} or another address; wrapped here, an untrusted client's headers change nothing: its
 * own address is what login throttling and rate limiting count, and its cookie is {@code Secure}
 * only over real TLS.
 */
final class TrustedProxies implements HttpConfiguration.Customizer {

    private final InetAddressSet trusted = new InetAddressSet();
    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();

    /** @param patterns addresses or CIDR blocks ({@code 10.0.0.1}, {@code 10.0.0.0/8}, {@code ::1}) */
    TrustedProxies(List<String> patterns) {
        for (String p : patterns) {
            try {
                trusted.add(p);
            } catch (IllegalArgumentException e) {
                throw new CliError("--trusted-proxy must be an address or address/bits, found '" + p + "'", 2);
            }
        }
    }

    boolean isEmpty() {
        return trusted.isEmpty();
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        String remote = Request.getRemoteAddr(request);
        InetAddress address = literal(remote);
        if (address == null || !trusted.test(address)) {
            return request;
        }
        return forwarded.customize(request, responseHeaders);
    }

    /** The connection's address as Jetty reports it (a literal, never a name to resolve). */
    private static InetAddress literal(String remote) {
        if (remote == null || remote.isEmpty()) {
            return null;
        }
        try {
            String bare = remote.startsWith("[") && remote.endsWith("]") ? remote.substring(1, remote.length() - 1) : remote;
            // only literal addresses reach here, so no DNS look-up can happen
            return InetAddress.getByName(bare);
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }
}
