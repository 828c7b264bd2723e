package org.oicc.relations.server;

import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.testing.ClassOrTestFixture;
import org.oicc.relations.testing.TestFolders;
import org.oicc.relations.testing.TestSite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A combined instance on the seeded data folder, wired as {@code serve} wires it (standalone, HTTP
 * server on port 0, authoring mounted) with user {@code admin} holding every role. Register it with
 * {@code @RegisterExtension}: on a static field the class shares one server, on an instance field each
 * test gets its own. The hasher runs 2,000 iterations, since serve's 600,000 would cost about half a
 * second a login; a test that counts its derivations passes its own.
 */
final class ServedSite extends ClassOrTestFixture {

    static final String PASSWORD = "the admin password";

    private final Map<String, Set<Role>> users = new LinkedHashMap<>();
    private PasswordHasher hasher = new PasswordHasher(2000);
    private Consumer<HttpServer> beforeMount = http -> { };
    private Consumer<HttpServer> afterMount = http -> { };
    private Path data;
    private Standalone standalone;
    private HttpServer http;

    private ServedSite() {
        users.put("admin", EnumSet.allOf(Role.class));
    }

    static ServedSite combined() {
        return new ServedSite();
    }

    /** The hasher the site checks passwords with (a test reading its count of derivations passes its own). */
    ServedSite hasher(PasswordHasher h) {
        this.hasher = h;
        return this;
    }

    /** One more user, with {@link #PASSWORD}, stored before the first start. */
    ServedSite user(String name, Set<Role> roles) {
        users.put(name, roles);
        return this;
    }

    /** Settings of the server that the authoring wiring reads when it is mounted (the assets' limits). */
    ServedSite beforeMount(Consumer<HttpServer> settings) {
        this.beforeMount = settings;
        return this;
    }

    /** What serve adds in front of the mounted servlets (the rate limit, the trusted proxies). */
    ServedSite afterMount(Consumer<HttpServer> settings) {
        this.afterMount = settings;
        return this;
    }

    int port() {
        return http.port();
    }

    String base() {
        return "http://127.0.0.1:" + http.port();
    }

    @Override
    protected void start() throws Exception {
        data = Files.createTempDirectory("served-site");
        TestSite.seededDataFolder(data);
        UserStore store = UserStore.open(data, TestSite.JSON);
        for (Map.Entry<String, Set<Role>> u : users.entrySet()) {
            store.save(new User(u.getKey(), hasher.hash(PASSWORD.toCharArray()), EnumSet.copyOf(u.getValue())));
        }
        standalone = Standalone.open(data, null, Instance.COMBINED);
        http = new HttpServer("127.0.0.1", 0, standalone.module(), standalone.source(), standalone.sessions(), TestSite.JSON,
                DeliverySettings.DEFAULTS);
        beforeMount.accept(http);
        AuthoringSite.mount(http, standalone, AuthoringOptions.NONE, TestSite.JSON, Map.of("RELATIONS_ADMIN_PASSWORD", PASSWORD),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), hasher);
        afterMount.accept(http);
        http.start();
    }

    @Override
    protected void stop() {
        try {
            if (http != null) {
                http.close();
            }
        } finally {
            try {
                if (standalone != null) {
                    standalone.close();
                }
            } finally {
                http = null;
                standalone = null;
                if (data != null) {
                    TestFolders.deleteTree(data);
                    data = null;
                }
            }
        }
    }
}
