package org.oicc.relations.rendering;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.oicc.relations.caching.NoCaching;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.index.ItemSearch;
import org.oicc.relations.index.SortOrder;
import org.oicc.relations.testing.SiteFixture;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /sitemap.xml} lists every page in every language with its alternates, as valid XML in the
 * sitemaps.org namespace; past one file's URLs it becomes a sitemap index of files within the
 * protocol's limit; it is validated and cached like pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitemapTest {

    @RegisterExtension
    static final SiteFixture fixture = SiteFixture.of(b -> b.site());

    /** Issue 10: crawlers find the sitemap from {@code /robots.txt}, by an absolute URL that answers. */
    @Test
    void robotsTxtNamesTheSitemapByItsAbsoluteUrl() throws Exception {
        HttpResponse<String> robots = fixture.site.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
        assertThat(robots.body()).isEqualTo("User-agent: *\n"
                + "Disallow: /.author/\nDisallow: /.rest/\nDisallow: /.health\nDisallow: /.metrics\n"
                + "\n"
                + "Sitemap: " + fixture.site.base() + "/sitemap.xml\n");
        assertThat(fixture.site.get("/sitemap.xml").statusCode()).isEqualTo(200);
    }

    @Test
    void everyPageInEveryLanguageWithItsAlternates() throws Exception {
        HttpResponse<String> response = fixture.site.get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
        Document xml = parse(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(Sitemap.NS);

        String base = fixture.site.base();
        List<String> paths = new ArrayList<>(List.of("/relations", "/organizations"));
        for (String category : List.of("consultative-status", "cooperation-agreement", "membership", "observer")) {
            paths.add("/relations/" + category);
        }
        fixture.site.index().items("organizations", ItemSearch.all(), SortOrder.byName(), 0, 100).paths()
                .forEach(p -> paths.add("/organizations" + p));
        assertThat(paths).hasSize(2 + 4 + 25);
        Set<String> expected = new LinkedHashSet<>();
        for (String path : paths) {
            expected.add(base + path + ".html");
            expected.add(base + "/ar" + path + ".html");
            expected.add(base + "/fr" + path + ".html");
        }
        Map<String, Map<String, String>> urls = urls(xml);
        assertThat(urls.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        Map<String, String> iula = urls.get(base + "/ar/organizations/iula.html");
        assertThat(iula).containsExactly(Map.entry("en", base + "/organizations/iula.html"),
                Map.entry("ar", base + "/ar/organizations/iula.html"), Map.entry("fr", base + "/fr/organizations/iula.html"),
                Map.entry("x-default", base + "/organizations/iula.html"));
        // a sitemap lists pages that exist, nothing else
        for (String url : urls.keySet()) {
            assertThat(fixture.site.get(url.substring(base.length())).statusCode()).as(url).isEqualTo(200);
        }
    }

    @Test
    void validatedAndCachedLikePages() throws Exception {
        HttpResponse<String> first = fixture.site.get("/sitemap.xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(fixture.site.get("/sitemap.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(fixture.site.get("/sitemap.xml").body()).isEqualTo(first.body());
        // one file only: there is no numbered one, nor anything else of that name
        for (String none : List.of("/sitemap-1.xml", "/sitemap-0.xml", "/sitemap-x.xml", "/ar/sitemap.xml")) {
            assertThat(fixture.site.get(none).statusCode()).as(none).isEqualTo(404);
        }
    }

    @Test
    void pastOneFileItIsAnIndexOfFilesThatTogetherListEveryUrlOnce() throws Exception {
        String base = "https://www.oicc.example";
        Sitemap whole = sitemap(fixture.site.index(), 50_000);
        Set<String> all = urls(parse(whole.render(base, 0))).keySet();
        // 12 URLs a file: 4 pages of 3 languages; 31 pages in all
        Sitemap split = sitemap(fixture.site.index(), 12);
        Document index = parse(split.render(base, 0));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> files = texts(index, "loc");
        assertThat(files).containsExactlyElementsOf(IntStream.rangeClosed(1, 8).mapToObj(i -> base + "/sitemap-" + i + ".xml").toList());
        List<String> joined = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            Set<String> file = urls(parse(split.render(base, i))).keySet();
            assertThat(file.size()).as("file " + i).isLessThanOrEqualTo(12);
            joined.addAll(file);
        }
        assertThat(joined).containsExactlyElementsOf(all);
        assertThat(split.render(base, 9)).isNull();
    }

    @Test
    void aHundredThousandItemsMakeAnIndexOfFilesWithinTheProtocolsLimit() throws Exception {
        int generated = 100_000;
        ItemIndex large = new GeneratedOrganizations(fixture.site.index(), generated);
        Sitemap sitemap = sitemap(large, Sitemap.DEFAULT_URLS_PER_FILE);
        String base = "https://www.oicc.example";
        long pages = 2 + 4 + generated;
        int perFile = Sitemap.DEFAULT_URLS_PER_FILE / 3;
        long files = (pages + perFile - 1) / perFile;
        Document index = parse(sitemap.render(base, 0));
        assertThat(texts(index, "loc")).hasSize((int) files);
        Map<String, Map<String, String>> first = urls(parse(sitemap.render(base, 1)));
        assertThat(first).hasSize(perFile * 3);
        assertThat(first.size()).isLessThanOrEqualTo(50_000);
        Map<String, Map<String, String>> last = urls(parse(sitemap.render(base, (int) files)));
        assertThat(last).hasSize((int) (pages - (files - 1) * perFile) * 3);
        assertThat(last).containsKey(base + "/fr/organizations/generated-099999.html");
        assertThat(sitemap.render(base, (int) files + 1)).isNull();
    }

    private Sitemap sitemap(ItemIndex index, int urlsPerFile) {
        return new Sitemap(fixture.site.sessions, ContentLocales.of(fixture.site.module), fixture.site.module.workspaces(),
                new SitemapLocations(new PageResolver(fixture.site.module), index, fixture.site.module.virtualUriMappings()), new NoCaching(), urlsPerFile);
    }

    /** The seed's index, with the organizations replaced by {@code count} generated names (no node is read for them). */
    private record GeneratedOrganizations(ItemIndex seed, int count) implements ItemIndex {

        @Override
        public IndexPage items(String workspace, ItemSearch search, SortOrder order, int offset, int limit) {
            if (!workspace.equals("organizations")) {
                return seed.items(workspace, search, order, offset, limit);
            }
            List<String> paths = IntStream.range(offset, Math.min(count, offset + limit))
                    .mapToObj(i -> String.format("/generated-%06d", i)).toList();
            return new IndexPage(paths, count);
        }

        @Override
        public IndexPage entries(String workspace, String subModelProperty, String referenceProperty, String targetId,
                String orderProperty, int offset, int limit) {
            return seed.entries(workspace, subModelProperty, referenceProperty, targetId, orderProperty, offset, limit);
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Each {@code <url>}'s loc and its alternates by hreflang, in document order. */
    static Map<String, Map<String, String>> urls(Document xml) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        NodeList urls = xml.getElementsByTagNameNS(Sitemap.NS, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(Sitemap.NS, "loc").item(0).getTextContent();
            Map<String, String> alternates = new LinkedHashMap<>();
            NodeList links = url.getElementsByTagNameNS(Sitemap.XHTML, "link");
            for (int j = 0; j < links.getLength(); j++) {
                Element link = (Element) links.item(j);
                assertThat(link.getAttribute("rel")).isEqualTo("alternate");
                alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            assertThat(out.put(loc, alternates)).as("listed once: " + loc).isNull();
        }
        return out;
    }

    private static List<String> texts(Document xml, String name) {
        List<String> out = new ArrayList<>();
        NodeList nodes = xml.getElementsByTagNameNS(Sitemap.NS, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
