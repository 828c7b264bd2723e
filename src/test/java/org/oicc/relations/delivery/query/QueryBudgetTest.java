package org.oicc.relations.delivery.query;

import org.junit.jupiter.api.Test;
import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.http.ClientPresence;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The budget's checks are also where a query learns that its client left (ClientDisconnectTest has the server side). */
class QueryBudgetTest {

    @Test
    void aQueryWhoseClientIsGoneStopsAtTheNextCheck() {
        QueryBudget budget = QueryBudget.of(Duration.ofMinutes(1));
        budget.check(); // nothing bound: the client counts as present
        try (ClientPresence.Binding bound = ClientPresence.bind(() -> true)) {
            assertThatThrownBy(budget::check).isInstanceOfSatisfying(DeliveryException.class, e -> {
                assertThat(e.status()).isEqualTo(499);
                assertThat(e.code()).isEqualTo("clientGone");
            });
        }
        budget.check();
    }

    @Test
    void aPresentClientChangesNothing() {
        try (ClientPresence.Binding bound = ClientPresence.bind(() -> false)) {
            QueryBudget.of(Duration.ofMinutes(1)).check();
            assertThatThrownBy(QueryBudget.of(Duration.ofNanos(1))::check)
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.code()).isEqualTo("queryTimeout"));
        }
    }
}
