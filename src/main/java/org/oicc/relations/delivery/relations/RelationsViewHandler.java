package org.oicc.relations.delivery.relations;

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
 * Only {@code lang} is accepted (with {@code Accept-Language} as the delivery endpoints); the view
 * has no sub-paths.
 */
public final class RelationsViewHandler implements EndpointHandler {

    private final RelationsViewDefinition view;
    private final RelationsModel model;
    private final SessionProvider sessions;
    private final ContentLocales locales;

    public RelationsViewHandler(RelationsViewDefinition view, LightModule module, SessionProvider sessions,
            ContentLocales locales) {
        this.view = view;
        this.model = new RelationsModel(view, module);
        this.sessions = sessions;
        this.locales = locales;
    }

    @Override
    public PreparedAnswer prepare(String subPath, Map<String, String[]> params, String acceptLanguage) {
        if (subPath != null && !subPath.isEmpty() && !"/".equals(subPath)) {
            throw DeliveryException.pathNotFound(Printable.of(subPath));
        }
        for (String name : params.keySet()) {
            if (!"lang".equals(name)) {
                throw DeliveryException.badParameter(Printable.of(name), "is not supported by the relations view (only lang is)");
            }
        }
        Language language = LanguageNegotiation.choose(RequestParser.single(params, "lang"), acceptLanguage, locales);
        String contentLanguage = language.all() ? locales.defaultLocale() : language.tag();
        return new PreparedAnswer(language.tag(), Set.copyOf(model.workspaces()), contentLanguage,
                out -> write(out, new LocalizedFields(locales, language)));
    }

    private void write(JsonGenerator out, LocalizedFields fields) throws IOException, RepositoryException {
        Session orgs = sessions.login(Side.PUBLIC, model.organizations().workspace());
        Session cats = null;
        Session aims = null;
        try {
            cats = sessions.login(Side.PUBLIC, model.categories().workspace());
            aims = sessions.login(Side.PUBLIC, model.aims().workspace());
            RelationsReader.Relations relations = new RelationsReader(model).read(orgs, cats, aims);
            out.writeStartObject();
            out.writeArrayFieldStart("categories");
            for (Node category : relations.categories()) {
                writeCategory(out, fields, category, relations);
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

    private void writeCategory(JsonGenerator out, LocalizedFields fields, Node category, RelationsReader.Relations relations)
            throws IOException, RepositoryException {
        out.writeStartObject();
        writeIdentity(out, category);
        for (String field : view.categoryFields()) {
            fields.write(out, category, field);
        }
        out.writeArrayFieldStart("entries");
        for (RelationsReader.Entry entry : relations.entriesByCategory().get(category.getIdentifier())) {
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
        out.writeEndObject();
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
        out.writeStringField("@path", node.getPath());
        out.writeStringField("@id", node.getIdentifier());
    }
}
