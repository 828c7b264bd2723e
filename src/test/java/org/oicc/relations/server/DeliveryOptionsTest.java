package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code serve --max-limit --cache-control --cors-origin --query-timeout}: parsed into DeliverySettings, bad values refused. */
class DeliveryOptionsTest {

    @Test
    void defaults() {
        assertThat(settings()).isEqualTo(DeliverySettings.DEFAULTS);
    }

    @Test
    void givenValues() {
        assertThat(settings("--max-limit", "250", "--cache-control", "public, max-age=300, stale-while-revalidate=60",
                "--cors-origin", "https://www.oicc.org", "--cors-origin", "http://localhost:3000"))
                .isEqualTo(new DeliverySettings(250, "public, max-age=300, stale-while-revalidate=60",
                        List.of("https://www.oicc.org", "http://localhost:3000")));
        assertThat(settings("--cors-origin", "*").corsOrigins()).containsExactly("*");
        assertThat(settings("--cors-origin", "http://[::1]:8080").corsOrigins()).containsExactly("http://[::1]:8080");
    }

    @Test
    void queryTimeoutInMillisecondsOrSeconds() {
        assertThat(settings().queryTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings("--query-timeout", "250ms").queryTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings("--query-timeout", "30s").queryTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings("--query-timeout", "600s").queryTimeout()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void badQueryTimeoutsAreOneLineErrors() {
        for (String bad : new String[] {"0s", "0ms", "601s", "5", "5 min", "-1s", "PT5S", ""}) {
            assertRefused("--query-timeout must be a time like 500ms or 5s, more than 0 and at most 600s, found '" + bad + "'",
                    "--query-timeout", bad);
        }
    }

    @Test
    void badValuesAreOneLineErrorsNamingTheOption() {
        assertRefused("--max-limit must be between 1 and 10000, found 0", "--max-limit", "0");
        assertRefused("--max-limit must be between 1 and 10000, found 10001", "--max-limit", "10001");
        assertRefused("--cache-control must be a non-empty header value of printable ASCII characters", "--cache-control", " ");
        assertRefused("--cache-control must be a non-empty header value of printable ASCII characters", "--cache-control", "public\r\nX-Evil: 1");
        assertRefused("--cors-origin must be '*' or scheme://host[:port] without a path, found 'https://www.oicc.org/'",
                "--cors-origin", "https://www.oicc.org/");
        assertRefused("--cors-origin must be '*' or scheme://host[:port] without a path, found 'www.oicc.org'", "--cors-origin", "www.oicc.org");
    }

    @Test
    void serveRefusesABadOptionBeforeStartingAnything() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--max-limit", "-5", "--data",
                System.getProperty("java.io.tmpdir") + "/oicc-never-created");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: --max-limit must be between 1 and 10000, found -5\n");
    }

    private static void assertRefused(String message, String... args) {
        assertThatThrownBy(() -> settings(args)).isInstanceOf(CliError.class).hasMessage(message)
                .satisfies(e -> assertThat(((CliError) e).exitCode()).isEqualTo(2));
    }

    private static DeliverySettings settings(String... args) {
        return CommandLine.populateCommand(new DeliveryOptions(), args).toSettings();
    }
}
