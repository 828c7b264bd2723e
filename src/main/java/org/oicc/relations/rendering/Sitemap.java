package org.oicc.relations.rendering;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.caching.Responder;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /sitemap.xml}: every page in every language of the site (sitemaps.org protocol 0.9), each
 * {@code <url>} with its language versions as {@code xhtml:link rel="alternate" hreflang} and
 * {@code x-default}, as search engines read them. Up to {@link #DEFAULT_URLS_PER_FILE} URLs it is
 * one {@code <urlset>}; beyond, it is a {@code <sitemapindex>} of {@code /sitemap-1.xml},
 * {@code /sitemap-2.xml}... of at most that many URLs each (the protocol allows 50,000; fewer keep
 * one answer's bytes small enough to render in memory and to cache). Answered by the side's
 * {@link Responder} like pages: ETag, 304, cached until a workspace changes.
 */
final class Sitemap {

    static final int DEFAULT_URLS_PER_FILE = 10_000;
    /** The protocol's limit of sitemaps in one index. */
    static final int MAX_FILES = 50_000;
    static final String CONTENT_TYPE = "application/xml;charset=UTF-8";
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Pattern FILE = Pattern.compile("/sitemap(?:-([1-9][0-9]{0,8}))?\\.xml");

    private final SessionProvider sessions;
    private final ContentLocales locales;
    private final Set<String> workspaces;
    private final SitemapLocations locations;
    private final Responder responder;
    private final int urlsPerFile;

    Sitemap(SessionProvider sessions, ContentLocales locales, Set<String> workspaces, SitemapLocations locations,
            Responder responder, int urlsPerFile) {
        if (urlsPerFile < locales.locales().size() || urlsPerFile > 50_000) {
            throw new IllegalArgumentException("URLs per sitemap file must be from the number of languages to 50,000");
        }
        this.sessions = sessions;
        this.locales = locales;
        this.workspaces = Set.copyOf(workspaces);
        this.locations = locations;
        this.responder = responder;
        this.urlsPerFile = urlsPerFile;
    }

    /** Whether the path is one of the sitemap's names (it may still be a 404: a file past the last). */
    boolean answers(String uri) {
        return uri.startsWith("/sitemap") && FILE.matcher(uri).matches();
    }

    /** @return false when there is no such sitemap file (nothing sent) */
    boolean answer(HttpServletRequest req, HttpServletResponse resp, String uri, String origin) throws IOException {
        Matcher m = FILE.matcher(uri);
        if (!m.matches()) {
            return false;
        }
        int file = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        String base = origin + req.getContextPath();
        Responder.Resource resource = new Responder.Resource("sitemap " + base + " " + file, workspaces, CONTENT_TYPE);
        return responder.answer(req, resp, resource, () -> {
            byte[] xml = render(base, file);
            return xml == null ? null : new Responder.Rendered(xml, null);
        });
    }

    /** The XML of file {@code file} (0: {@code /sitemap.xml}), or null when there is none. */
    byte[] render(String base, int file) throws Exception {
        try (SessionScope scope = SessionScope.forReading(sessions, Side.PUBLIC)) {
            SitemapLocations.Sources sources = locations.sources(scope.session(CmsFunctions.WEBSITE));
            int perFile = urlsPerFile / locales.locales().size();
            long files = (sources.total() + perFile - 1) / perFile;
            boolean indexed = files > 1;
            if (file == 0 && indexed) {
                return index(base, (int) Math.min(files, MAX_FILES));
            }
            if (file == 0 || indexed && file <= Math.min(files, MAX_FILES)) {
                long offset = file == 0 ? 0 : (long) (file - 1) * perFile;
                return urlset(base, locations.slice(sources, offset, perFile));
            }
            return null;
        }
    }

    private byte[] index(String base, int files) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(files * 80 + 200);
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("sitemapindex");
        xml.writeDefaultNamespace(NS);
        for (int i = 1; i <= files; i++) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", base + "/sitemap-" + i + ".xml");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    private byte[] urlset(String base, List<String> paths) throws XMLStreamException {
        List<String> languages = locales.locales();
        ByteArrayOutputStream out = new ByteArrayOutputStream(paths.size() * languages.size() * 400 + 300);
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("xhtml", XHTML);
        for (String path : paths) {
            for (String language : languages) {
                xml.writeStartElement("url");
                element(xml, "loc", url(base, path, language));
                for (String other : languages) {
                    alternate(xml, other, url(base, path, other));
                }
                alternate(xml, "x-default", url(base, path, locales.defaultLocale()));
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    /** As pages link to each other: the default language without prefix. */
    private String url(String base, String path, String language) {
        return base + (language.equals(locales.defaultLocale()) ? "" : "/" + language) + path + PagePath.EXTENSION;
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
