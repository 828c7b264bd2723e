package org.oicc.relations.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * A servlet that reads under the shared side of a lock whose exclusive side a writer takes (the
 * public side's publication lock): a read sees the content before a write or after it, never
 * half-way. A read that cannot get the lock within {@link #WAIT_SECONDS} (a write stuck far longer
 * than any publication takes) answers 503 instead of waiting without end.
 */
public final class LockedReads extends HttpServlet {

    static final long WAIT_SECONDS = 10;

    private final HttpServlet reads;
    private final ReadWriteLock lock;
    private final ObjectMapper json = new ObjectMapper();

    public LockedReads(HttpServlet reads, ReadWriteLock lock) {
        this.reads = reads;
        this.lock = lock;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        reads.init(config);
    }

    @Override
    public void destroy() {
        reads.destroy();
    }

    @Override
    public void service(ServletRequest req, ServletResponse res) throws ServletException, IOException {
        boolean locked;
        try {
            locked = lock.readLock().tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            byte[] body = ErrorBody.bytes(json, new HttpError(503, "unavailable", "content is being published; try again"));
            HttpServletResponse resp = (HttpServletResponse) res;
            resp.setStatus(503);
            resp.setHeader("Retry-After", "1");
            resp.setContentType("application/json;charset=UTF-8");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
            return;
        }
        try {
            reads.service(req, res);
        } finally {
            lock.readLock().unlock();
        }
    }
}
