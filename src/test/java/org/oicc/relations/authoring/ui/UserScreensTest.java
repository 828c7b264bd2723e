package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.testing.TestSite;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The users screens over real HTTP: admins add users and change them; everyone changes their own password. */
class UserScreensTest {

    private static final String NEW_PASSWORD = "nadia's own secret";

    @RegisterExtension
    final LoggedInSite ui = LoggedInSite.as("admin", b -> b.authorAndPublic());

    private HttpResponse<String> addUser(String name, String password, String again, String... roles) throws Exception {
        Document page = UiClient.html(ui.client.get("/.author/users"));
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(List.of(
                Map.entry("_csrf", page.selectFirst("#add-user input[name=_csrf]").val()), Map.entry("name", name),
                Map.entry("password", password), Map.entry("password2", again)));
        for (String r : roles) {
            fields.add(Map.entry("roles", r));
        }
        return ui.client.post("/.author/users", fields);
    }

    private static UiClient login(TestSite f, String user, String password) throws Exception {
        UiClient c = new UiClient(f);
        HttpResponse<String> r = c.post("/.author/login", List.of(Map.entry("username", user), Map.entry("password", password)));
        return r.statusCode() == 303 ? c : null;
    }

    private HttpResponse<String> onUserPage(String name, String form, Map<String, String> changes) throws Exception {
        return ui.client.submit(UiClient.html(ui.client.get("/.author/users/" + name)), form, changes, null);
    }

    @Test
    void anAdminAddsAUserWhoThenLogsIn() throws Exception {
        Document list = UiClient.html(ui.client.get("/.author/users"));
        assertThat(list.select("table.users tbody tr").eachAttr("data-user")).containsExactly("editor", "publisher", "admin");
        assertThat(list.selectFirst("tr[data-user=admin]").select("td").eachText())
                .containsExactly("admin", "editor, publisher, admin", "Enabled", list.selectFirst("tr[data-user=admin] .when").text());
        assertThat(list.selectFirst("tr[data-user=editor] .when").text()).isEqualTo("never");
        assertThat(list.select("header nav a[href=/.author/users]")).hasSize(1);

        HttpResponse<String> added = addUser("nadia", "a first password", "a first password", "editor");
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValue("/.author/users?added=nadia");
        Document after = UiClient.html(ui.client.get("/.author/users"));
        assertThat(after.selectFirst("tr[data-user=nadia]").select("td").eachText()).containsExactly("nadia", "editor", "Enabled", "never");
        assertThat(Files.readString(ui.data.resolve(UserStore.FILE))).doesNotContain("a first password");

        UiClient nadia = login(ui.site, "nadia", "a first password");
        assertThat(nadia).isNotNull();
        assertThat(UiClient.html(nadia.get("/.author/items/organization")).selectFirst(".who").text()).isEqualTo("nadia (editor)");
        assertThat(UiClient.html(ui.client.get("/.author/users")).selectFirst("tr[data-user=nadia] .when").text()).endsWith(" UTC");
    }

    @Test
    void badInputIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        String before = Files.readString(ui.data.resolve(UserStore.FILE));

        HttpResponse<String> exists = addUser("editor", "a first password", "a first password", "editor");
        assertThat(exists.statusCode()).isEqualTo(409);
        assertThat(UiClient.html(exists).selectFirst("[role=alert]").text()).isEqualTo("Not added: user 'editor' exists already");
        HttpResponse<String> weak = addUser("sam", "short", "short", "editor");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(UiClient.html(weak).selectFirst("[role=alert]").text())
                .isEqualTo("Not added: the password is too short: at least 12 characters");
        assertThat(UiClient.html(weak).selectFirst("#u-name").val()).isEqualTo("sam");
        HttpResponse<String> differ = addUser("sam", "a first password", "a first passwort", "editor");
        assertThat(UiClient.html(differ).selectFirst("[role=alert]").text()).isEqualTo("Not added: the two passwords differ; nothing was changed");
        HttpResponse<String> noRole = addUser("sam", "a first password", "a first password");
        assertThat(noRole.statusCode()).isEqualTo(400);
        assertThat(UiClient.html(noRole).selectFirst("[role=alert]").text()).startsWith("Not added: a user needs at least one role");
        HttpResponse<String> badRole = addUser("sam", "a first password", "a first password", "owner");
        assertThat(UiClient.html(badRole).selectFirst("[role=alert]").text())
                .isEqualTo("Not added: unknown role 'owner' (roles: editor, publisher, admin)");
        HttpResponse<String> badName = addUser("Sam Smith", "a first password", "a first password", "editor");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(ui.client.get("/.author/users/nobody").statusCode()).isEqualTo(404);
        assertThat(ui.client.post("/.author/users", List.of(Map.entry("name", "sam"), Map.entry("roles", "editor"),
                Map.entry("password", "a first password"))).statusCode()).isEqualTo(403); // no CSRF token

        assertThat(Files.readString(ui.data.resolve(UserStore.FILE))).isEqualTo(before);
    }

    @Test
    void onlyAdminsReachTheUsersScreens() throws Exception {
        for (String who : List.of("editor", "publisher")) {
            UiClient c = UiClient.loggedIn(ui.site, who);
            Document list = UiClient.html(c.get("/.author/items/organization"));
            assertThat(list.select("header nav a[href=/.author/users]")).isEmpty();
            HttpResponse<String> page = c.get("/.author/users");
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(UiClient.html(page).selectFirst("[role=alert]").text())
                    .isEqualTo("This needs the admin role; ask an administrator if you should have it.");
            assertThat(c.get("/.author/users/admin").statusCode()).isEqualTo(403);
            assertThat(c.post("/.author/users/admin/disable", List.of(Map.entry("_csrf", list.selectFirst("input[name=_csrf]").val())))
                    .statusCode()).isEqualTo(403);
        }
        assertThat(new UiClient(ui.site).get("/.author/users").statusCode()).isEqualTo(303); // to the login
        assertThat(UiClient.html(ui.client.get("/.author/users/admin")).selectFirst("h1").text()).isEqualTo("User admin");
    }

    @Test
    void aDisabledUserCannotLogInAndTheirSessionsEnd() throws Exception {
        UiClient editor = UiClient.loggedIn(ui.site, "editor");
        assertThat(editor.get("/.author/items/organization").statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = onUserPage("editor", "#user-disable", Map.of());
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(UiClient.html(ui.client.get("/.author/users/editor?msg=disable")).selectFirst("[role=status]").text())
                .startsWith("Disabled: this user cannot log in");

        assertThat(editor.get("/.author/items/organization").statusCode()).isEqualTo(303);
        assertThat(login(ui.site, "editor", TestSite.PASSWORD)).isNull();
        assertThat(ui.site.send("GET", "/.author/items/organization", "editor", null).statusCode()).isEqualTo(303);

        assertThat(onUserPage("editor", "#user-enable", Map.of()).statusCode()).isEqualTo(303);
        assertThat(login(ui.site, "editor", TestSite.PASSWORD)).isNotNull();
    }

    @Test
    void theLastAdminCannotDisableOrDemoteThemselves() throws Exception {
        HttpResponse<String> disable = onUserPage("admin", "#user-disable", Map.of());
        assertThat(disable.statusCode()).isEqualTo(409);
        assertThat(UiClient.html(disable).selectFirst("[role=alert]").text())
                .isEqualTo("Not changed: refused: 'admin' is the last enabled admin; cannot disable it (make another user admin first)");
        Document page = UiClient.html(ui.client.get("/.author/users/admin"));
        HttpResponse<String> demote = ui.client.post("/.author/users/admin/roles", List.of(
                Map.entry("_csrf", page.selectFirst("input[name=_csrf]").val()), Map.entry("roles", "editor")));
        assertThat(demote.statusCode()).isEqualTo(409);
        assertThat(ui.client.get("/.author/users").statusCode()).isEqualTo(200);

        // once the publisher is an admin too, the first admin may step down
        Document publisher = UiClient.html(ui.client.get("/.author/users/publisher"));
        assertThat(ui.client.post("/.author/users/publisher/roles", List.of(Map.entry("_csrf", publisher.selectFirst("input[name=_csrf]").val()),
                Map.entry("roles", "publisher"), Map.entry("roles", "admin"))).statusCode()).isEqualTo(303);
        HttpResponse<String> stepDown = ui.client.post("/.author/users/admin/roles", List.of(
                Map.entry("_csrf", page.selectFirst("input[name=_csrf]").val()), Map.entry("roles", "editor")));
        assertThat(stepDown.statusCode()).isEqualTo(303);
        assertThat(stepDown.headers().firstValue("Location")).hasValue("/.author/");
        assertThat(ui.client.get("/.author/users").statusCode()).isEqualTo(403); // the new roles count at once
    }

    @Test
    void anAdminResetsAPasswordAndThatUsersSessionsEnd() throws Exception {
        UiClient editor = UiClient.loggedIn(ui.site, "editor");
        HttpResponse<String> reset = onUserPage("editor", "#user-password", Map.of("password", "set by the admin", "password2", "set by the admin"));
        assertThat(reset.statusCode()).isEqualTo(303);

        assertThat(editor.get("/.author/items/organization").statusCode()).isEqualTo(303);
        assertThat(login(ui.site, "editor", TestSite.PASSWORD)).isNull();
        assertThat(login(ui.site, "editor", "set by the admin")).isNotNull();
        HttpResponse<String> weak = onUserPage("editor", "#user-password", Map.of("password", "editor", "password2", "editor"));
        assertThat(weak.statusCode()).isEqualTo(400);
    }

    @Test
    void everyUserChangesTheirOwnPasswordGivingTheCurrentOne() throws Exception {
        UiClient editor = UiClient.loggedIn(ui.site, "editor");
        UiClient otherBrowser = UiClient.loggedIn(ui.site, "editor");
        Document page = UiClient.html(editor.get("/.author/account"));
        assertThat(page.select("header a[href=/.author/account]")).hasSize(1);

        Map<String, String> wrong = new HashMap<>(Map.of("current", "not my password", "password", NEW_PASSWORD, "password2", NEW_PASSWORD));
        HttpResponse<String> refused = editor.submit(page, "#account-password", wrong, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(UiClient.html(refused).selectFirst("[role=alert]").text())
                .isEqualTo("Not changed: the current password is wrong; nothing was changed");
        HttpResponse<String> weak = editor.submit(page, "#account-password",
                Map.of("current", TestSite.PASSWORD, "password", "tiny", "password2", "tiny"), null);
        assertThat(weak.statusCode()).isEqualTo(400);

        HttpResponse<String> changed = editor.submit(page, "#account-password",
                Map.of("current", TestSite.PASSWORD, "password", NEW_PASSWORD, "password2", NEW_PASSWORD), null);
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(UiClient.html(editor.get("/.author/account?msg=changed")).selectFirst("[role=status]").text())
                .isEqualTo("Your password is changed.");
        assertThat(editor.get("/.author/items/organization").statusCode()).isEqualTo(200); // this session goes on
        assertThat(otherBrowser.get("/.author/items/organization").statusCode()).isEqualTo(303); // the other one ended
        assertThat(login(ui.site, "editor", TestSite.PASSWORD)).isNull();
        assertThat(login(ui.site, "editor", NEW_PASSWORD)).isNotNull();
    }
}
