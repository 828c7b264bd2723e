package org.oicc.relations.authoring.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.testing.SiteFixture;
import org.oicc.relations.testing.TestSite;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in and out of the authoring UI, and what every page sends along. */
class AuthorLoginTest {

    @RegisterExtension
    final SiteFixture f = SiteFixture.of(b -> b.authorAndPublic().authorUi());

    private static List<Map.Entry<String, String>> credentials(String user, String password) {
        return List.of(Map.entry("username", user), Map.entry("password", password), Map.entry("next", "/.author/items/organization"));
    }

    @Test
    void aGoodPasswordOpensASessionWithAStrictHttpOnlyCookie() throws Exception {
        UiClient c = new UiClient(f.site);
        HttpResponse<String> r = c.post("/.author/login", credentials("editor", TestSite.PASSWORD));

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/.author/items/organization");
        assertThat(r.headers().firstValue("Set-Cookie")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("OICC_AUTHOR=").contains("; Path=/", "; HttpOnly", "; SameSite=Strict"));
        HttpResponse<String> list = c.get("/.author/items/organization");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(UiClient.html(list).select("table.items tbody tr")).hasSize(25);
        assertThat(UiClient.html(list).selectFirst(".who").text()).isEqualTo("editor (editor)");
    }

    @Test
    void aWrongPasswordIs401WithAMessageAndNoSession() throws Exception {
        UiClient c = new UiClient(f.site);
        HttpResponse<String> r = c.post("/.author/login", credentials("editor", "not the password"));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(UiClient.html(r).selectFirst("[role=alert]").text()).isEqualTo("Wrong user name or password.");
        assertThat(UiClient.html(r).selectFirst("#username").val()).isEqualTo("editor");
        assertThat(c.get("/.author/items/organization").statusCode()).isEqualTo(303);
    }

    @Test
    void repeatedFailuresLockTheLoginEvenForTheRightPassword() throws Exception {
        UiClient c = new UiClient(f.site);
        for (int i = 0; i < 6; i++) {
            assertThat(c.post("/.author/login", credentials("editor", "guess " + i)).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> r = c.post("/.author/login", credentials("editor", TestSite.PASSWORD));

        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(UiClient.html(r).selectFirst("[role=alert]").text()).startsWith("Too many failed attempts. Logging in is blocked until ");
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void pagesNeedASessionAndComeBackAfterLogin() throws Exception {
        UiClient c = new UiClient(f.site);
        HttpResponse<String> r = c.get("/.author/items/organization/iula");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/.author/login?next=%2F.author%2Fitems%2Forganization%2Fiula");
        HttpResponse<String> login = c.get("/.author/login?next=%2F.author%2Fitems%2Forganization%2Fiula");
        assertThat(UiClient.html(login).selectFirst("input[name=next]").val()).isEqualTo("/.author/items/organization/iula");
        assertThat(c.post("/.author/items/organization/iula", List.of(Map.entry("p.acronym", "X"))).statusCode()).isEqualTo(401);
    }

    @Test
    void loginNeverRedirectsToAnotherSite() throws Exception {
        for (String next : List.of("https://evil.example/", "//evil.example/", "/.author/\\evil", "/elsewhere")) {
            UiClient c = new UiClient(f.site);
            HttpResponse<String> r = c.post("/.author/login", List.of(Map.entry("username", "editor"),
                    Map.entry("password", TestSite.PASSWORD), Map.entry("next", next)));
            assertThat(r.headers().firstValue("Location")).as(next).hasValue("/.author/");
        }
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() throws Exception {
        UiClient c = new UiClient(f.site);
        HttpResponse<String> r = c.postWithOrigin("/.author/login", credentials("editor", TestSite.PASSWORD), "https://evil.example");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void logoutNeedsTheCsrfTokenAndEndsTheSession() throws Exception {
        UiClient c = UiClient.loggedIn(f.site, "editor");
        String session = c.cookie;
        assertThat(c.post("/.author/logout", List.of()).statusCode()).isEqualTo(403);
        assertThat(c.get("/.author/items/organization").statusCode()).isEqualTo(200);

        HttpResponse<String> out = c.submit(UiClient.html(c.get("/.author/items/organization")), "form.logout", Map.of(), null);
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Set-Cookie")).hasValueSatisfying(v -> assertThat(v).contains("Max-Age=0"));
        c.cookie = session;
        assertThat(c.get("/.author/items/organization").statusCode()).isEqualTo(303);
    }

    @Test
    void everyAnswerForbidsCachingFramingSniffingAndInlineScript() throws Exception {
        UiClient c = UiClient.loggedIn(f.site, "editor");
        for (String path : List.of("/.author/login", "/.author/items/organization", "/.author/items/organization/iula",
                "/.author/items/nothing", "/.author/static/author.css")) {
            HttpResponse<String> r = c.get(path);
            assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(UiTemplates.CSP);
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
        assertThat(c.get("/.author/items/nothing").statusCode()).isEqualTo(404);
        assertThat(c.get("/.author/static/author.css").headers().firstValue("Content-Type")).hasValue("text/css;charset=UTF-8");
        assertThat(c.get("/.author/static/../../etc/passwd").statusCode()).isEqualTo(404);
        assertThat(UiClient.html(c.get("/.author/items/organization/iula")).select("script:not([src])")).isEmpty();
    }
}
