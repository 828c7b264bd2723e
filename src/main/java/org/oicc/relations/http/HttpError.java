package org.oicc.relations.http;

import java.util.List;

/**
 * A request answered with an error in Magnolia's REST shape: an HTTP status, a code
 * ({@code pathNotFound}, {@code invalidValueFormat}, ...), a message naming what is wrong, and for a
 * refused write every problem with its property path. {@link ErrorBody} writes it; the delivery
 * endpoint, the authoring APIs and the server's own error handler all answer through it. Messages
 * never carry a stack trace or repository internals.
 */
public class HttpError extends RuntimeException {

    /** One problem of a refused write. */
    public record Problem(String path, String message) {
    }

    private final int status;
    private final String code;
    private final List<Problem> problems;

    public HttpError(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public HttpError(int status, String code, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public final int status() {
        return status;
    }

    public final String code() {
        return code;
    }

    public final List<Problem> problems() {
        return problems;
    }
}
