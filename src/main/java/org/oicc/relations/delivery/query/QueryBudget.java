package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.http.ClientPresence;

import java.time.Duration;

/**
 * The time one query may take, checked between the rows and nodes it reads; past it the query
 * stops with a 503 {@code queryTimeout}, so no request can hold a thread and a session for long.
 * Checks are cooperative: a single repository call is never cut short, because interrupting a
 * thread inside Jackrabbit would close the index's NIO file channels for every session. The calls
 * left are bounded on their own ({@code like} is no longer a repository regular expression).
 * The same checks stop a query whose client has closed the connection ({@link ClientPresence}):
 * nobody would read its answer.
 */
final class QueryBudget {

    private final Duration budget;
    private final long deadline;

    private QueryBudget(Duration budget) {
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    /** Starts now. */
    static QueryBudget of(Duration budget) {
        return new QueryBudget(budget);
    }

    /**
     * @throws DeliveryException 503 {@code queryTimeout} once the budget is spent; 499
     *         {@code clientGone} (nginx's code for it) once the client is known to have left
     */
    void check() {
        if (System.nanoTime() - deadline > 0) {
            throw new DeliveryException(503, "queryTimeout", "the query took longer than the server's limit of "
                    + budget.toMillis() + " ms and was stopped; narrow its filters");
        }
        if (ClientPresence.gone()) {
            throw new DeliveryException(CLIENT_GONE, "clientGone", "the client closed the connection; the query was stopped");
        }
    }

    /** Not an HTTP status of the standard: nobody reads it, but the request meters count it apart. */
    static final int CLIENT_GONE = 499;
}
