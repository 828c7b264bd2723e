package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.endpoint.DeliveryException;

import java.time.Duration;

/**
 * The time one query may take, checked between the rows and nodes it reads; past it the query
 * stops with a 503 {@code queryTimeout}, so no request can hold a thread and a session for long.
 * Checks are cooperative: a single repository call is never cut short, because interrupting a
 * thread inside Jackrabbit would close the index's NIO file channels for every session. The calls
 * left are bounded on their own ({@code like} is no longer a repository regular expression).
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

    /** @throws DeliveryException 503 {@code queryTimeout} once the budget is spent */
    void check() {
        if (System.nanoTime() - deadline > 0) {
            throw new DeliveryException(503, "queryTimeout", "the query took longer than the server's limit of "
                    + budget.toMillis() + " ms and was stopped; narrow its filters");
        }
    }
}
