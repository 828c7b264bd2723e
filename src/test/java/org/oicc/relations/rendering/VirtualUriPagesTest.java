package org.oicc.relations.rendering;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages without a page node are served through the module's virtual URI mappings, not a rule of the
 * runtime: without the shipped mapping an organization URL is a 404, a mapping added to the module
 * serves a new URL, and {@code redirect:}/{@code permanent:} answer 302/301.
 */
class VirtualUriPagesTest {

    @Test
    void organizationAndCategoryPagesComeFromTheShippedMappings(@TempDir Path data) throws IOException, InterruptedException {
        try (TestSite site = TestSite.builder().site().start(data)) {
            Document iula = Jsoup.parse(site.get("/ar/organizations/iula.html").body());
            assertThat(iula.selectFirst("html").attr("lang")).isEqualTo("ar");
            assertThat(iula.selectFirst("h1").text()).isEqualTo(Jsoup.parse(site.get("/ar/organizations.html?item=iula").body())
                    .selectFirst("h1").text());
            // the language links keep the URL as asked, not the forwarded one
            assertThat(iula.select("nav.languages a").eachAttr("href")).contains("/organizations/iula.html", "/fr/organizations/iula.html");

            // the forward's own parameter wins over the request's: ?item= cannot change what the URL names
            HttpResponse<String> overridden = site.get("/organizations/iula.html?item=uclg");
            assertThat(Jsoup.parse(overridden.body()).selectFirst("h1").text())
                    .isEqualTo(Jsoup.parse(site.get("/organizations/iula.html").body()).selectFirst("h1").text());

            assertThat(site.get("/organizations/no-such-organization.html").statusCode()).isEqualTo(404);
            assertThat(site.get("/relations/no-such-category.html").statusCode()).isEqualTo(404);
            HttpResponse<String> category = site.get("/relations/consultative-status.html?page=1");
            assertThat(category.statusCode()).isEqualTo(200);
            assertThat(site.get("/relations/consultative-status.html?page=x").statusCode()).isEqualTo(400);
            assertThat(site.get("/relations/consultative-status.html?page=99").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void withoutTheMappingAnOrganizationUrlIsA404AndAnAddedMappingServesANewUrl(@TempDir Path data, @TempDir Path modules)
            throws IOException, InterruptedException {
        Path module = TestTrees.copy(TestTrees.LIGHT_MODULE, modules.resolve("oicc-relations"));
        Files.delete(module.resolve("virtualUriMappings/organizations.yaml"));
        Files.writeString(module.resolve("virtualUriMappings/members.yaml"), """
                class: info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping
                fromUri: ^/members/([a-z0-9-]+)\\.html$
                toUri: forward:/organizations.html?item=$1
                """);
        Files.writeString(module.resolve("virtualUriMappings/start.yaml"), """
                class: info.magnolia.virtualuri.mapping.DefaultVirtualUriMapping
                fromUri: /start.html
                toUri: redirect:/relations.html
                """);
        Files.writeString(module.resolve("virtualUriMappings/old.yaml"), """
                class: info.magnolia.virtualuri.mapping.DefaultVirtualUriMapping
                fromUri: /old/*
                toUri: permanent:/organizations.html
                """);
        try (TestSite site = TestSite.builder().lightModules(modules).site().start(data)) {
            assertThat(site.get("/organizations/iula.html").statusCode()).isEqualTo(404);
            HttpResponse<String> member = site.get("/members/iula.html");
            assertThat(member.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(member.body()).selectFirst("h1").text()).contains("International Union of Local Authorities");

            HttpResponse<String> start = site.get("/start.html");
            assertThat(start.statusCode()).isEqualTo(302);
            assertThat(start.headers().firstValue("Location")).hasValue("/relations.html");
            HttpResponse<String> old = site.get("/old/anything/at/all");
            assertThat(old.statusCode()).isEqualTo(301);
            assertThat(old.headers().firstValue("Location")).hasValue("/organizations.html");
            assertThat(old.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }
}
