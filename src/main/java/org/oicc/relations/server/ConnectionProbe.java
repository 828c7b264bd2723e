package org.oicc.relations.server;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.Request;
import org.oicc.relations.http.ClientPresence;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * Finds out, without consuming a byte, whether the client of an HTTP/1.1 request closed its
 * connection while the request is being handled.
 *
 * <p>Why not just Jetty: Jetty 12 learns of a close only through I/O. Its HTTP/1.1 connection stops
 * reading once a request without a body is parsed (it must not read the next, pipelined request
 * before this one is answered), so {@link Request#addFailureListener} hears of a client that left
 * only at the first write of the answer, or at the idle timeout; and the connection may not be
 * made fill-interested by anyone else meanwhile (it aborts the connection when a read is pending
 * at the end of the request). That listener is still registered: it covers what Jetty does see
 * (the idle timeout, a connector stopping, a reset HTTP/2 stream).
 *
 * <p>For the gap: the connection's socket is also registered, for reading, with a selector of this
 * probe's own (a channel may be registered with several selectors; nothing is read, so Jetty's own
 * selector and parser see every byte as before). The socket is readable while the request is
 * handled either because the client pipelined another request (bytes wait: still there) or because
 * it closed or reset the connection (nothing waits: gone), which {@code available()} tells apart.
 *
 * <p>Cost: nothing for a request answered within {@link #FIRST_CHECK_NANOS}; after that one
 * selector, and two system calls at most every {@link #INTERVAL_NANOS}, however often asked.
 */
final class ConnectionProbe implements ClientPresence.Probe, AutoCloseable {

    static final long FIRST_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final EndPoint endPoint;
    /** Null when the connection is not a plain TCP socket (then only Jetty's own notice counts). */
    private volatile SocketChannel channel;
    private volatile boolean gone;
    /** Whether the request's work asked and heard "gone" (so it stopped). */
    private volatile boolean told;
    private long nextCheck;
    private Selector selector;
    private boolean closed;

    ConnectionProbe(Request request) {
        this.endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        this.channel = endPoint instanceof SocketChannelEndPoint socket ? socket.getChannel() : null;
        this.nextCheck = System.nanoTime() + FIRST_CHECK_NANOS;
        request.addFailureListener(failure -> gone = true);
    }

    /** True when the request's work asked and was told its client is gone: it was abandoned. */
    boolean wasFoundGone() {
        return told;
    }

    @Override
    public boolean gone() {
        if (!gone) {
            gone = !endPoint.isOpen() || checkDue() && peerClosed();
        }
        if (gone) {
            told = true;
        }
        return gone;
    }

    private boolean checkDue() {
        long now = System.nanoTime();
        if (channel == null || now - nextCheck < 0) {
            return false;
        }
        nextCheck = now + INTERVAL_NANOS;
        return true;
    }

    private synchronized boolean peerClosed() {
        if (closed) {
            return false;
        }
        try {
            SocketChannel socket = channel;
            if (socket == null) {
                return false;
            }
            if (selector == null) {
                selector = Selector.open();
                socket.register(selector, SelectionKey.OP_READ);
            }
            selector.selectNow();
            if (selector.selectedKeys().isEmpty()) {
                return false; // nothing arrived, the connection is as the client left it
            }
            selector.selectedKeys().clear();
            return socket.socket().getInputStream().available() == 0;
        } catch (IOException e) {
            return true; // the socket itself failed (reset, closed by Jetty)
        } catch (RuntimeException e) {
            // a state this probe does not know (the channel switched mode, the key was cancelled):
            // say nothing about the client, and ask no more
            channel = null;
            return false;
        }
    }

    /** Releases the selector; called when the request is over. */
    @Override
    public synchronized void close() {
        closed = true;
        if (selector != null) {
            try {
                selector.close();
            } catch (IOException e) {
                // nothing is left to release
            }
            selector = null;
        }
    }
}
