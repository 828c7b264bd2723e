package org.oicc.relations.authoring.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.testing.SiteFixture;
import org.oicc.relations.testing.TestSite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /.rest/users/v1}: the users screens' changes as JSON, admins only, JSON errors that change nothing. */
class UsersApiTest {

    private static final String USERS = "/.rest/users/v1";

    @RegisterExtension
    final SiteFixture f = SiteFixture.of(b -> b.authorAndPublic().nodesApi());

    private HttpResponse<String> as(String user, String password, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(f.site.uri(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return as("admin", TestSite.PASSWORD, method, path, body);
    }

    private static String error(HttpResponse<String> r) throws Exception {
        JsonNode e = TestSite.JSON.readTree(r.body()).path("error");
        return r.statusCode() + " " + e.path("code").asText() + ": " + e.path("message").asText();
    }

    @Test
    void adminsListAddAndChangeUsers() throws Exception {
        HttpResponse<String> list = admin("GET", USERS, null);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode users = TestSite.JSON.readTree(list.body()).path("users");
        assertThat(users.get(0).toString()).isEqualTo("{\"name\":\"editor\",\"roles\":[\"editor\"],\"enabled\":true,\"lastLogin\":null}");
        assertThat(list.body()).doesNotContain("pbkdf2");

        HttpResponse<String> added = admin("POST", USERS, "{\"name\":\"nadia\",\"roles\":[\"editor\"],\"password\":\"nadia's first pass\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).isEqualTo("{\"name\":\"nadia\",\"roles\":[\"editor\"],\"enabled\":true,\"lastLogin\":null}");
        assertThat(as("nadia", "nadia's first pass", "GET", "/.rest/nodes/v1/organizations/iula", null).statusCode()).isEqualTo(200);

        HttpResponse<String> changed = admin("PUT", USERS + "/nadia", "{\"roles\":[\"editor\",\"publisher\"],\"enabled\":false}");
        assertThat(changed.body()).startsWith("{\"name\":\"nadia\",\"roles\":[\"editor\",\"publisher\"],\"enabled\":false,\"lastLogin\":\"");
        assertThat(as("nadia", "nadia's first pass", "GET", "/.rest/nodes/v1/organizations/iula", null).statusCode()).isEqualTo(401);
        assertThat(admin("PUT", USERS + "/nadia", "{\"enabled\":true,\"password\":\"set by the admin\"}").statusCode()).isEqualTo(200);
        assertThat(as("nadia", "set by the admin", "GET", "/.rest/nodes/v1/organizations/iula", null).statusCode()).isEqualTo(200);
    }

    @Test
    void refusalsAreJsonErrorsAndChangeNothing() throws Exception {
        assertThat(admin("GET", USERS, null).statusCode()).isEqualTo(200); // notes the admin's login first
        String before = Files.readString(f.data.resolve(UserStore.FILE));

        assertThat(error(admin("POST", USERS, "{\"name\":\"editor\",\"roles\":[\"editor\"],\"password\":\"long enough pass\"}")))
                .isEqualTo("409 userExists: user 'editor' exists already");
        assertThat(error(admin("POST", USERS, "{\"name\":\"sam\",\"roles\":[\"boss\"],\"password\":\"long enough pass\"}")))
                .isEqualTo("400 invalidRoles: unknown role 'boss' (roles: editor, publisher, admin)");
        assertThat(error(admin("POST", USERS, "{\"name\":\"sam\",\"roles\":[\"editor\"],\"password\":\"\"}")))
                .isEqualTo("400 weakPassword: the password is empty");
        assertThat(error(admin("POST", USERS, "{\"name\":\"sam\",\"roles\":\"editor\",\"password\":\"long enough pass\"}")))
                .isEqualTo("400 badRequest: 'roles' must be an array of role names (editor, publisher, admin)");
        assertThat(error(admin("POST", USERS, "[1,2]"))).isEqualTo("400 badRequest: the body must be a JSON object");
        assertThat(admin("POST", USERS, "{not json").statusCode()).isEqualTo(400);
        assertThat(error(admin("PUT", USERS + "/nobody", "{\"enabled\":false}"))).isEqualTo("404 userNotFound: no user 'nobody'");
        assertThat(error(admin("PUT", USERS + "/admin", "{\"enabled\":false}")))
                .isEqualTo("409 lastAdmin: refused: 'admin' is the last enabled admin; cannot disable it (make another user admin first)");
        // all or nothing: the good role change does not happen when the password is refused
        assertThat(error(admin("PUT", USERS + "/editor", "{\"roles\":[\"publisher\"],\"password\":\"short\"}")))
                .isEqualTo("400 weakPassword: the password is too short: at least 12 characters");
        assertThat(error(admin("PUT", USERS + "/editor", "{\"enabled\":\"no\"}"))).isEqualTo("400 badRequest: 'enabled' must be true or false");
        assertThat(error(admin("DELETE", USERS + "/editor", null))).startsWith("405 methodNotAllowed");

        assertThat(Files.readString(f.data.resolve(UserStore.FILE))).isEqualTo(before);
    }

    @Test
    void onlyAdminsButEveryoneChangesTheirOwnPassword() throws Exception {
        assertThat(error(as("editor", TestSite.PASSWORD, "GET", USERS, null))).isEqualTo("403 accessDenied: this needs the 'admin' role");
        assertThat(as("publisher", TestSite.PASSWORD, "POST", USERS, "{\"name\":\"x1\",\"roles\":[\"admin\"],\"password\":\"long enough pass\"}")
                .statusCode()).isEqualTo(403);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(f.site.uri(USERS)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);

        assertThat(error(as("editor", TestSite.PASSWORD, "POST", USERS + "/_me/password",
                "{\"current\":\"not it at all\",\"password\":\"the editor's new one\"}")))
                .isEqualTo("403 wrongPassword: the current password is wrong; nothing was changed");
        assertThat(as("editor", TestSite.PASSWORD, "POST", USERS + "/_me/password",
                "{\"current\":\"" + TestSite.PASSWORD + "\",\"password\":\"the editor's new one\"}").statusCode()).isEqualTo(204);
        assertThat(as("editor", TestSite.PASSWORD, "GET", "/.rest/nodes/v1/organizations/iula", null).statusCode()).isEqualTo(401);
        assertThat(as("editor", "the editor's new one", "GET", "/.rest/nodes/v1/organizations/iula", null).statusCode()).isEqualTo(200);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledAsLoginsAre() throws Exception {
        int last = 0;
        for (int i = 0; i < 8 && last != 429; i++) {
            last = as("publisher", TestSite.PASSWORD, "POST", USERS + "/_me/password",
                    "{\"current\":\"guess " + i + "\",\"password\":\"the publisher's new one\"}").statusCode();
        }
        assertThat(last).isEqualTo(429);
    }
}
