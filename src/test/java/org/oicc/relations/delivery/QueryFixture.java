package org.oicc.relations.delivery;

import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.delivery.endpoint.EndpointHandler;
import org.oicc.relations.delivery.endpoint.PreparedAnswer;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.testing.TestSite;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A site runtime with the seed content and the module's delivery handlers, asked the way the
 * servlet asks them: {@code prepare(...)} then the body written to bytes. Parameters are given
 * decoded, as the servlet container hands them over.
 */
public final class QueryFixture implements AutoCloseable {

    static final String ORGANIZATIONS = "delivery/organizations/v1";
    public static final String CATEGORIES = "delivery/relationship-categories/v1";
    static final String AIMS = "delivery/agreement-aims/v1";
    static final String OBSERVER = "c0b544b5-ee85-31c9-ab75-01d19a183a9c";
    static final String MEMBERSHIP = "37886d58-1419-3a5c-9632-328e39bffe89";
    static final String AGREEMENT = "0278ef32-e85f-3193-acfc-ccc603f3777b";

    private static final ObjectMapper JSON = new ObjectMapper();

    public final TestSite site;
    private final Map<String, EndpointHandler> handlers;

    public QueryFixture(Path data) {
        this(data, DeliverySettings.DEFAULTS);
    }

    public QueryFixture(Path data, DeliverySettings settings) {
        site = TestSite.builder().start(data);
        // queries are answered by the side's index, as serve answers them
        handlers = DeliveryServlet.handlersFor(site.module, site.sessions, ContentLocales.of(site.module), settings, site.index());
    }

    /**
     * The handlers over an existing site, answering queries from {@code index}, or from the
     * repository alone when it is null (the full-scan oracle the index is checked against).
     */
    public QueryFixture(TestSite site, DeliverySettings settings, ItemIndex index) {
        this.site = site;
        handlers = DeliveryServlet.handlersFor(site.module, site.sessions, ContentLocales.of(site.module), settings, index);
    }

    /** The answer's text; {@code keyValues} alternate names and decoded values, a name may repeat. */
    public String text(String endpoint, String... keyValues) throws Exception {
        PreparedAnswer answer = handlers.get(endpoint).prepare("", params(keyValues), null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.getFactory().createGenerator(bytes)) {
            answer.body().write(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public JsonNode json(String endpoint, String... keyValues) throws Exception {
        return JSON.readTree(text(endpoint, keyValues));
    }

    /** The {@code @name}s of the page, in order; also checks that {@code total} counts them when all fit. */
    List<String> names(String endpoint, String... keyValues) throws Exception {
        JsonNode page = json(endpoint, keyValues);
        List<String> names = new ArrayList<>();
        page.get("results").forEach(n -> names.add(n.get("@name").asText()));
        if (page.get("offset").asInt() == 0 && names.size() < page.get("limit").asInt()) {
            assertThat(page.get("total").asLong()).as("total").isEqualTo(names.size());
        }
        return names;
    }

    /** The error the request is refused with, before anything is written. */
    DeliveryException error(String endpoint, String... keyValues) {
        DeliveryException e = catchThrowableOfType(DeliveryException.class,
                () -> handlers.get(endpoint).prepare("", params(keyValues), null));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private static Map<String, String[]> params(String... keyValues) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            lists.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        Map<String, String[]> params = new LinkedHashMap<>();
        lists.forEach((k, v) -> params.put(k, v.toArray(String[]::new)));
        return params;
    }

    @Override
    public void close() {
        site.close();
    }
}
