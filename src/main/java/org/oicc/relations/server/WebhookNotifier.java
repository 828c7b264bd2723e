package org.oicc.relations.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.oicc.relations.authoring.publication.PublicationListener;
import org.oicc.relations.authoring.publication.PublishedItem;
import org.oicc.relations.authoring.webhooks.WebhookDispatcher;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.EndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.EndpointHandler;
import org.oicc.relations.repository.JcrPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Turns publications into webhook calls carrying the complete item, rendered exactly as the
 * workspace's delivery endpoint renders it (references expanded, every language: {@code lang=all}).
 * A published item is read from the public side; an unpublished one from the author side, since
 * it no longer exists publicly.
 */
final class WebhookNotifier implements PublicationListener {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);

    private final LightModule module;
    private final Map<String, EndpointHandler> published;
    private final Map<String, EndpointHandler> drafts;
    private final WebhookDispatcher dispatcher;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookNotifier(LightModule module, Map<String, EndpointHandler> published, Map<String, EndpointHandler> drafts,
            WebhookDispatcher dispatcher, ObjectMapper json, Clock clock) {
        this.module = module;
        this.published = published;
        this.drafts = drafts;
        this.dispatcher = dispatcher;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void published(List<PublishedItem> items, String user) {
        for (PublishedItem item : items) {
            notify("publish", item.workspace(), item.path(), user, published);
        }
    }

    @Override
    public void unpublished(String workspace, String path, String user) {
        notify("unpublish", workspace, path, user, drafts);
    }

    private void notify(String event, String workspace, String path, String user, Map<String, EndpointHandler> handlers) {
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (JsonGenerator out = json.getFactory().createGenerator(body)) {
                out.writeStartObject();
                out.writeStringField("event", event);
                out.writeStringField("workspace", workspace);
                out.writeStringField("path", path);
                out.writeStringField("user", user);
                out.writeStringField("at", clock.instant().toString());
                out.writeFieldName("item");
                writeItem(out, workspace, path, handlers);
                out.writeEndObject();
            }
            dispatcher.notify(event, body.toByteArray());
        } catch (Exception e) {
            // the publication itself succeeded; a notification that cannot even be built is logged loudly
            LOG.error("webhook for {} {}:{} could not be prepared", event, workspace, path, e);
        }
    }

    private void writeItem(JsonGenerator out, String workspace, String path, Map<String, EndpointHandler> handlers) throws Exception {
        for (EndpointDefinition e : module.endpoints().values()) {
            if (!(e instanceof DeliveryEndpointDefinition d) || !d.workspace().equals(workspace) || !handlers.containsKey(d.path())) {
                continue;
            }
            String relative = JcrPaths.relative(d.rootPath(), path);
            if (relative == null) {
                continue;
            }
            try {
                handlers.get(d.path()).prepare(relative, Map.of("lang", new String[] {"all"}), null).body().write(out);
                return;
            } catch (DeliveryException notServed) {
                // this endpoint does not serve that node (type filters); another may
            }
        }
        out.writeNull(); // no endpoint shows it: the path and workspace still tell the receiver what changed
    }
}
