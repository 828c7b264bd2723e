package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What stands in front of the servlets as {@code serve} wires it: the per-address rate limit (Jetty's
 * DoSHandler) and forwarded headers believed from a trusted proxy only (probe D19). Loopback source
 * addresses (127.0.0.x) play the clients; 127.0.0.9 is the proxy.
 */
class ClientProtectionTest {

    private static final String PASSWORD = ServedSite.PASSWORD;
    private static final String READ = "/.rest/delivery/organizations/v1/iula";
    private static final String PROXY = "127.0.0.9";
    private static final int RATE = 5;

    @RegisterExtension
    static final ServedSite served = ServedSite.combined()
            .afterMount(http -> http.protect(new TrustedProxies(List.of(PROXY)), RATE));

    @Test
    void aFloodFromOneAddressGets429sWhileAnotherAddressIsServed() throws Exception {
        FromAddress flood = new FromAddress("127.0.0.2", served.port());
        FromAddress.Answer refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            FromAddress.Answer a = flood.get(READ, null);
            if (a.status() == 429) {
                refused = a;
            } else {
                assertThat(a.status()).isEqualTo(200);
            }
        }

        assertThat(refused).as("40 requests at once from one address, limit %d/s", RATE).isNotNull();
        assertThat(refused.body()).isEqualTo("{\"error\":{\"code\":\"tooManyRequests\",\"message\":"
                + "\"more than 5 requests per second from this address; retry in a second\"}}");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.header("Content-Type")).startsWith("application/json");
        assertThat(new FromAddress("127.0.0.3", served.port()).get(READ, null).status()).isEqualTo(200);
    }

    @Test
    void behindTheTrustedProxyEachForwardedClientHasItsOwnLimit() throws Exception {
        FromAddress proxy = new FromAddress(PROXY, served.port());
        Map<String, String> first = Map.of("X-Forwarded-For", "198.51.100.1");
        boolean limited = false;
        for (int i = 0; i < 40 && !limited; i++) {
            limited = proxy.send("GET", READ, first, null).status() == 429;
        }

        assertThat(limited).isTrue();
        assertThat(proxy.send("GET", READ, Map.of("X-Forwarded-For", "198.51.100.2"), null).status()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSecureWhenTheTrustedProxySaysHttps() throws Exception {
        Map<String, String> https = Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-Proto", "https");

        FromAddress.Answer viaProxy = new FromAddress(PROXY, served.port()).send("POST", "/.author/login", https, form());
        FromAddress.Answer direct = new FromAddress("127.0.0.4", served.port()).send("POST", "/.author/login", https, form());

        assertThat(viaProxy.status()).isEqualTo(303);
        assertThat(viaProxy.header("Set-Cookie")).contains("; Secure");
        assertThat(direct.status()).isEqualTo(303);
        assertThat(direct.header("Set-Cookie")).startsWith("OICC_AUTHOR=").doesNotContain("Secure");
    }

    @Test
    void optionsAreCheckedAndTheLimitIsOffOnLoopbackByDefault() {
        NetworkOptions options = new NetworkOptions();
        assertThat(options.ratePerSecond("127.0.0.1")).isZero();
        assertThat(options.ratePerSecond("0.0.0.0")).isEqualTo(NetworkOptions.DEFAULT_RATE);
        options.rateLimit = "off";
        assertThat(options.ratePerSecond("0.0.0.0")).isZero();
        options.rateLimit = "200";
        assertThat(options.ratePerSecond("127.0.0.1")).isEqualTo(200);
        options.rateLimit = "-3";
        assertThatThrownBy(() -> options.ratePerSecond("127.0.0.1")).isInstanceOf(CliError.class)
                .hasMessage("--rate-limit must be a number of requests per second from 1 to 1000000, or off; found '-3'");
        assertThatThrownBy(() -> new TrustedProxies(List.of("not-an-address/99"))).isInstanceOf(CliError.class)
                .hasMessage("--trusted-proxy must be an address or address/bits, found 'not-an-address/99'");
    }

    private static String form() {
        return "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    }
}
