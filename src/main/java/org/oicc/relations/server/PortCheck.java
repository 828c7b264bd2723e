package org.oicc.relations.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Whether a port can be listened on, asked before anything else starts: opening the repositories
 * bootstraps a new data folder and writes the first admin, which a port clash found only at
 * {@link HttpServer#start} would leave behind. Another process may still take the port in the
 * moment between; Jetty's own bind then reports it the same way.
 */
final class PortCheck {

    private PortCheck() {
    }

    /** @throws CliError exit 3 when the port is taken (port 0 is always free: Jetty picks one) */
    static void free(String host, int port, String option) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as Jetty binds: a port in TIME_WAIT is free
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (BindException e) {
            throw new CliError("cannot listen on " + host + ":" + port + ": address already in use (choose another "
                    + option + ")", 3);
        } catch (IOException e) {
            throw new CliError("cannot listen on " + host + ":" + port + ": " + e.getMessage(), 3);
        }
    }
}
