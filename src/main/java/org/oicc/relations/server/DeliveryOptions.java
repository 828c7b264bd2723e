package org.oicc.relations.server;

import org.oicc.relations.delivery.endpoint.DeliverySettings;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The delivery endpoints' server-side settings on the {@code serve} command line. */
public final class DeliveryOptions {

    /** {@code scheme://host[:port]}, exactly what a browser sends as {@code Origin}. */
    private static final Pattern ORIGIN = Pattern.compile("https?://(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+)(:\\d{1,5})?");
    /** Printable ASCII only: the value goes into a response header as it is. */
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\x20-\\x7E]+");
    static final int MAX_LIMIT_CEILING = 10_000;
    private static final Pattern TIMEOUT = Pattern.compile("(\\d{1,7})(ms|s)");
    static final Duration MAX_QUERY_TIMEOUT = Duration.ofMinutes(10);

    @Option(names = "--max-limit", defaultValue = "100", paramLabel = "N",
            description = "Largest 'limit' a query may ask for; more is a 400 (default: ${DEFAULT-VALUE}).")
    int maxLimit;

    @Option(names = "--cache-control", defaultValue = "public, max-age=60", paramLabel = "VALUE",
            description = "Cache-Control of successful delivery answers and 304s (default: ${DEFAULT-VALUE}).")
    String cacheControl;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin (https://www.example.org) whose browser scripts may read the endpoints; repeat for more, '*' for any. Default: none.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--query-timeout", defaultValue = "5s", paramLabel = "TIME",
            description = "Time one delivery answer may spend reading, as 500ms or 5s; past it a 503 queryTimeout (default: ${DEFAULT-VALUE}).")
    String queryTimeout;

    /** @throws CliError (exit 2) for a value that cannot be used, naming the option */
    public DeliverySettings toSettings() {
        if (maxLimit < 1 || maxLimit > MAX_LIMIT_CEILING) {
            throw new CliError("--max-limit must be between 1 and " + MAX_LIMIT_CEILING + ", found " + maxLimit, 2);
        }
        String control = cacheControl.trim();
        if (!HEADER_VALUE.matcher(control).matches()) {
            throw new CliError("--cache-control must be a non-empty header value of printable ASCII characters", 2);
        }
        for (String origin : corsOrigins) {
            if (!origin.equals("*") && !ORIGIN.matcher(origin).matches()) {
                throw new CliError("--cors-origin must be '*' or scheme://host[:port] without a path, found '" + origin + "'", 2);
            }
        }
        return new DeliverySettings(maxLimit, control, corsOrigins, queryTimeout());
    }

    private Duration queryTimeout() {
        Matcher m = TIMEOUT.matcher(queryTimeout.trim());
        Duration timeout = !m.matches() ? null
                : m.group(2).equals("ms") ? Duration.ofMillis(Long.parseLong(m.group(1))) : Duration.ofSeconds(Long.parseLong(m.group(1)));
        if (timeout == null || timeout.isZero() || timeout.compareTo(MAX_QUERY_TIMEOUT) > 0) {
            throw new CliError("--query-timeout must be a time like 500ms or 5s, more than 0 and at most 600s, found '"
                    + queryTimeout + "'", 2);
        }
        return timeout;
    }
}
