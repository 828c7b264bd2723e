package org.oicc.relations.delivery;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoints are read-only: anything but GET, HEAD and OPTIONS is a 405 that says what is allowed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class HttpMethodsTest {

    private HttpFixture server;

    @BeforeAll
    void start(HttpFixture shared) {
        server = shared;
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void writesAreA405WithAllow(String method) throws Exception {
        int logins = server.sessions.logins();
        HttpResponse<byte[]> response = server.send(server.request(HttpFixture.ORGANIZATIONS + "/iula")
                .method(method, HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":{\"code\":\"methodNotAllowed\","
                + "\"message\":\"method " + method + " is not allowed; use GET or HEAD\"}}");
        assertThat(server.sessions.logins()).isEqualTo(logins);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "PROPFIND", "MKCOL"})
    void otherMethodsAreA405Too(String method) throws Exception {
        HttpResponse<byte[]> response = server.send(server.request(HttpFixture.CATEGORIES)
                .method(method, HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    }
}
