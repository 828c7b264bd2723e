package org.oicc.relations.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.function.LongSupplier;

/** Repository sessions opened, per side: {@value #LOGINS}{@code {side="author|public"}}, in Prometheus {@code relations_repository_logins_total}. */
public final class RepositoryMeters {

    public static final String LOGINS = "relations.repository.logins";

    private RepositoryMeters() {
    }

    /**
     * @param side {@code author} or {@code public}; {@code logins} is read at scrape time and must be
     *             held by the caller (Micrometer keeps a weak reference): {@link Metrics#repositoryLogins} does
     */
    static void bind(MeterRegistry registry, String side, LongSupplier logins) {
        FunctionCounter.builder(LOGINS, logins, LongSupplier::getAsLong)
                .description("JCR sessions opened (one per request that reads the repository; cached answers open none)")
                .tag("side", side).register(registry);
    }
}
