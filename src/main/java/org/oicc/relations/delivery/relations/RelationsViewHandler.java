package org.oicc.relations.delivery.relations;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.EndpointHandler;
import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.delivery.endpoint.LanguageNegotiation;
import org.oicc.relations.delivery.endpoint.PreparedAnswer;
import org.oicc.relations.delivery.endpoint.Printable;
import org.oicc.relations.delivery.query.RequestParser;
import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.RelationsViewDefinition;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Extension beyond Magnolia ({@code $type: oiccRelationsView_v1}): everything the relations page
 * shows, in one answer and in page order —
 * {@code {"categories":[{@name @path @id <category fields> entries:[{organization:{@name @path @id
 * <organization fields>}, <entry fields>, <aims property>:[{@id <entry-aim fields>}]}]}],
 * "aims":[{@name @path @id <aim fields>}]}}, the fields as the view's definition lists them.
 * Parameters: {@code lang} (with {@code Accept-Language} as the delivery endpoints), and
 * {@code category=<name>} with {@code offset} and {@code limit} for one page of one category's
 * entries. The view has no sub-paths.
 *
 * <p>No list is cut silently: each category answers at most {@code limit} entries (default and
 * maximum the server's {@code --max-limit}). A category answered in part, and every category of a
 * {@code category=} request, carries {@code total}, {@code offset} and {@code limit} after its
 * entries, and {@code next} (the URL of the following page) while entries remain. A category
 * shown whole on the default request carries none of them, so the seed answer is unchanged.
 */
public final class RelationsViewHandler implements EndpointHandler {

    private final RelationsViewDefinition view;
    private final RelationsModel model;
    private final SessionProvider sessions;
    private final ContentLocales locales;
    private final ItemIndex index;
    private final int maxLimit;
    private final Map<String, Set<String>> richText;

    /**
     * @param index the entries of a category, a page at a time, over the same side as {@code sessions}
     * @param maxLimit the most entries per category in one answer, and the default
     */
    public RelationsViewHandler(RelationsViewDefinition view, LightModule module, SessionProvider sessions,
            ContentLocales locales, ItemIndex index, int maxLimit) {
        this.view = view;
        this.model = new RelationsModel(view, module);
        this.richText = LocalizedFields.richTextByWorkspace(module);
        this.sessions = sessions;
        this.locales = locales;
        this.index = index;
        this.maxLimit = maxLimit;
    }

    /** Which page of which categories a request asks for; {@code lang} as sent, for the next link. */
    private record Paging(String category, int offset, int limit, String lang) {
    }

    @Override
    public PreparedAnswer prepare(String subPath, Map<String, String[]> params, String acceptLanguage) {
        if (subPath != null && !subPath.isEmpty() && !"/".equals(subPath)) {
            throw DeliveryException.pathNotFound(Printable.of(subPath));
        }
        for (String name : params.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw DeliveryException.badParameter(Printable.of(name),
                        "is not supported by the relations view (only lang, category, offset and limit are)");
            }
        }
        Paging paging = paging(params);
        Language language = LanguageNegotiation.choose(paging.lang(), acceptLanguage, locales);
        String contentLanguage = language.all() ? locales.defaultLocale() : language.tag();
        return new PreparedAnswer(language.tag(), Set.copyOf(model.workspaces()), contentLanguage,
                out -> write(out, new LocalizedFields(locales, language, richText), paging));
    }

    private static final Set<String> PARAMETERS = Set.of("lang", "category", "offset", "limit");
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private Paging paging(Map<String, String[]> params) {
        String category = RequestParser.single(params, "category");
        String offset = RequestParser.single(params, "offset");
        String limit = RequestParser.single(params, "limit");
        if (category == null && (offset != null || limit != null)) {
            throw DeliveryException.badParameter(offset != null ? "offset" : "limit",
                    "pages one category's entries: give category=<name> with it");
        }
        if (category != null && !NAME.matcher(category).matches()) {
            throw DeliveryException.badParameter("category", "must be a category's node name, found '" + Printable.of(category) + "'");
        }
        int o = number("offset", offset, 0);
        int l = number("limit", limit, maxLimit);
        if (l < 1 || l > maxLimit) {
            throw DeliveryException.badParameter("limit", "must be from 1 to " + maxLimit + " (the server's cap)");
        }
        return new Paging(category, o, l, RequestParser.single(params, "lang"));
    }

    private static int number(String name, String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        if (!text.matches("\\d{1,9}")) {
            throw DeliveryException.badParameter(name, "must be a non-negative whole number, found '" + Printable.of(text) + "'");
        }
        return Integer.parseInt(text);
    }

    private void write(JsonGenerator out, LocalizedFields fields, Paging paging) throws IOException, RepositoryException {
        Session orgs = sessions.login(Side.PUBLIC, model.organizations().workspace());
        Session cats = null;
        Session aims = null;
        try {
            cats = sessions.login(Side.PUBLIC, model.categories().workspace());
            aims = sessions.login(Side.PUBLIC, model.aims().workspace());
            RelationsReader.Relations relations = new RelationsReader(model, index)
                    .read(orgs, cats, aims, paging.category(), paging.offset(), paging.limit());
            if (paging.category() != null && relations.categories().isEmpty()) {
                throw new DeliveryException(404, "notFound", "parameter 'category': there is no category '"
                        + Printable.of(paging.category()) + "'");
            }
            out.writeStartObject();
            out.writeArrayFieldStart("categories");
            for (Node category : relations.categories()) {
                writeCategory(out, fields, category, relations, paging);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("aims");
            for (Node aim : relations.aims()) {
                out.writeStartObject();
                writeIdentity(out, aim);
                for (String field : view.aimFields()) {
                    fields.write(out, aim, field);
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } finally {
            for (Session s : new Session[] {aims, cats, orgs}) {
                if (s != null) {
                    s.logout();
                }
            }
        }
    }

    private void writeCategory(JsonGenerator out, LocalizedFields fields, Node category, RelationsReader.Relations relations,
            Paging paging) throws IOException, RepositoryException {
        out.writeStartObject();
        writeIdentity(out, category);
        for (String field : view.categoryFields()) {
            fields.write(out, category, field);
        }
        out.writeArrayFieldStart("entries");
        RelationsReader.Entries page = relations.entriesByCategory().get(category.getIdentifier());
        for (RelationsReader.Entry entry : page.entries()) {
            out.writeStartObject();
            out.writeObjectFieldStart("organization");
            writeIdentity(out, entry.organization());
            for (String field : view.organizationFields()) {
                fields.write(out, entry.organization(), field);
            }
            out.writeEndObject();
            for (String field : view.entryFields()) {
                fields.write(out, entry.relationship(), field);
            }
            writeEntryAims(out, fields, entry.relationship(), relations.aimsById());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (paging.category() != null || !page.complete()) {
            out.writeNumberField("total", page.total());
            out.writeNumberField("offset", page.offset());
            out.writeNumberField("limit", page.limit());
            long following = (long) page.offset() + page.limit();
            if (following < page.total()) {
                out.writeStringField("next", nextLink(category.getName(), following, page.limit(), paging.lang()));
            }
        }
        out.writeEndObject();
    }

    /** The following page of one category, server-relative as the delivery servlet is mounted ({@code /.rest/...}). */
    private String nextLink(String category, long offset, int limit, String lang) {
        StringBuilder link = new StringBuilder("/.rest/").append(view.path()).append("?category=")
                .append(java.net.URLEncoder.encode(category, java.nio.charset.StandardCharsets.UTF_8))
                .append("&offset=").append(offset).append("&limit=").append(limit);
        if (lang != null) {
            link.append("&lang=").append(java.net.URLEncoder.encode(lang, java.nio.charset.StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    /** Aims in the entry's own order, each once, as {@code @id} and the view's entry-aim fields; unknown identifiers are skipped. */
    private void writeEntryAims(JsonGenerator out, LocalizedFields fields, Node relationship, Map<String, Node> aimsById)
            throws IOException, RepositoryException {
        String property = view.aimsProperty();
        if (property == null || !relationship.hasProperty(property)) {
            return;
        }
        Value[] ids = relationship.getProperty(property).isMultiple()
                ? relationship.getProperty(property).getValues()
                : new Value[] {relationship.getProperty(property).getValue()};
        out.writeArrayFieldStart(property);
        Set<String> seen = new HashSet<>();
        for (Value id : ids) {
            Node aim = aimsById.get(id.getString());
            if (aim != null && seen.add(aim.getIdentifier())) {
                out.writeStartObject();
                out.writeStringField("@id", aim.getIdentifier());
                for (String field : view.entryAimFields()) {
                    fields.write(out, aim, field);
                }
                out.writeEndObject();
            }
        }
        out.writeEndArray();
    }

    private static void writeIdentity(JsonGenerator out, Node node) throws IOException, RepositoryException {
        out.writeStringField("@name", node.getName());
        out.writeStringField("@path", StoredPaths.of(node).client(node));
        out.writeStringField("@id", node.getIdentifier());
    }
}
