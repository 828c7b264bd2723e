package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.dam.Asset;
import org.oicc.relations.dam.AssetKey;
import org.oicc.relations.dam.AssetRefused;
import org.oicc.relations.dam.AssetUploads;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.SessionProvider;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Assets screen, as Magnolia's Assets app: the images of the {@code dam} workspace, one page at a
 * time ({@link AssetListing}), an upload form (the same checks as the edit form's and the API's), and
 * each asset's page: its alternative texts in every content language side by side, the items that
 * use it, Publish, Unpublish and Delete. Delete and Unpublish ask first ({@link ConfirmStep}, without
 * script too); Delete is refused while an item uses the image, naming them, or while it is public.
 *
 * <pre>
 * /.author/assets[?page=n]                  GET list; POST uploads (multipart: file, alt, alt_ar, ...)
 * /.author/assets/{jcr:id}                  GET the asset; POST saves its alternative texts
 * /.author/assets/{jcr:id}/{publish|unpublish|delete}   POST
 * </pre>
 */
final class AssetScreens {

    static final String PATH = "/assets";
    private static final Set<String> MESSAGES = Set.of("uploaded", "saved", "published", "unpublished");

    private final UiContext ui;
    private final AssetUploads uploads;
    private final AssetListing listing;
    private final Publisher publisher;
    private final ConfirmStep confirm;
    private final AssetAltTexts alt;

    AssetScreens(UiContext ui, AssetUploads uploads, SessionProvider sessions, Publisher publisher) {
        this.ui = ui;
        this.uploads = uploads;
        this.listing = new AssetListing(ui, sessions, uploads.settings());
        this.publisher = publisher;
        this.confirm = new ConfirmStep(ui);
        this.alt = new AssetAltTexts(ui);
    }

    static String url(AssetKey key) {
        return UiContext.BASE + PATH + "/" + key;
    }

    /** @param parts the path after {@code /.author/}, split at '/': {@code assets[, key[, action]]} */
    void route(String[] parts, boolean post, HttpServletRequest req, HttpServletResponse resp, UiSession session)
            throws IOException, RepositoryException {
        if (post) {
            session.requireCsrf(req);
        }
        if (parts.length == 1 && !post) {
            list(req, resp, session, 200, null, Map.of());
        } else if (parts.length == 1) {
            upload(req, resp, session);
        } else if (parts.length == 2 && !post) {
            show(resp, session, entry(parts[1]), 200, message(session.text(), req));
        } else if (parts.length == 2) {
            saveAlt(req, resp, session, entry(parts[1]));
        } else if (parts.length == 3 && post) {
            AssetListing.Entry entry = entry(parts[1]);
            switch (parts[2]) {
                case "publish" -> publish(resp, session, entry);
                case "unpublish" -> unpublish(req, resp, session, entry);
                case "delete" -> delete(req, resp, session, entry);
                default -> throw UiError.notFound("error.noPage");
            }
        } else {
            throw UiError.notFound("error.noPage");
        }
    }

    private AssetListing.Entry entry(String segment) throws RepositoryException {
        Optional<AssetKey> key = AssetKey.parse(segment);
        Optional<AssetListing.Entry> entry = key.isEmpty() ? Optional.empty() : listing.one(key.get());
        return entry.orElseThrow(() -> UiError.notFound("assets.noAsset", segment));
    }

    private void list(HttpServletRequest req, HttpServletResponse resp, UiSession session, int status, String error,
                      Map<String, String> altInput) throws IOException, RepositoryException {
        UiText t = session.text();
        long total = listing.total();
        int pages = (int) Math.max(1, (total + AssetListing.PAGE_SIZE - 1) / AssetListing.PAGE_SIZE);
        String asked = req.getParameter("page");
        int page = asked != null && asked.matches("\\d{1,6}") ? Math.min(Math.max(1, Integer.parseInt(asked)), pages) : 1;
        int from = (page - 1) * AssetListing.PAGE_SIZE;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AssetListing.Entry e : listing.page(from, AssetListing.PAGE_SIZE)) {
            Map<String, Object> row = listing.row(t, e);
            row.put("usedBy", listing.usedBy(t, e.asset().key()));
            rows.add(row);
        }
        Map<String, Object> m = ui.frame(session, t.get("nav.assets"), null);
        m.put("assetsNav", true);
        m.put("rows", rows);
        m.put("range", total == 0 ? t.get("assets.rangeNone") : t.get("assets.range", t.number(from + 1),
                t.number(from + rows.size()), t.number(total)));
        Map<String, Object> pager = new LinkedHashMap<>();
        pager.put("page", t.number(page));
        pager.put("pages", t.number(pages));
        String base = UiContext.BASE + PATH;
        if (page > 1) {
            pager.put("first", base);
            pager.put("prev", base + "?page=" + (page - 1));
        }
        if (page < pages) {
            pager.put("next", base + "?page=" + (page + 1));
            pager.put("last", base + "?page=" + pages);
        }
        m.put("pager", pager);
        m.put("canEdit", session.user().has(Role.EDITOR));
        m.put("altFields", alt.fields(t, altInput));
        m.put("maxSize", (uploads.settings().maxBytes() / 1024) + " KB");
        String deleted = req.getParameter("deleted");
        if ("deleted".equals(req.getParameter("msg")) && deleted != null) {
            m.put("message", t.get("assets.msg.deleted", deleted));
        }
        if (error != null) {
            m.put("error", error);
        }
        ui.pages.render(resp, status, "assets.ftlh", m);
    }

    private void upload(HttpServletRequest req, HttpServletResponse resp, UiSession session) throws IOException, RepositoryException {
        session.require(Role.EDITOR);
        Map<String, String> texts = alt.fromRequest(req);
        Optional<Part> file = AssetAltTexts.file(req);
        if (file.isEmpty()) {
            list(req, resp, session, 400, session.text().get("asset.error.emptyFile"), texts);
            return;
        }
        Asset asset;
        try (InputStream in = file.get().getInputStream()) {
            asset = uploads.upload(uploads.read(in), file.get().getSubmittedFileName(), texts, session.user().name());
        } catch (AssetRefused e) {
            list(req, resp, session, e.status(), session.text().get("asset.error." + e.key(), e.args()), texts);
            return;
        }
        LoginPages.redirect(resp, url(asset.key()) + "?msg=uploaded");
    }

    private void saveAlt(HttpServletRequest req, HttpServletResponse resp, UiSession session, AssetListing.Entry entry)
            throws IOException, RepositoryException {
        session.require(Role.EDITOR);
        Map<String, String> texts = alt.fromRequest(req);
        if (texts.values().stream().anyMatch(s -> s.length() > 500)) {
            show(resp, session, entry, 400, Map.of("error", session.text().get("assets.altTooLong")));
            return;
        }
        uploads.store().setAlt(entry.asset().key(), texts, session.user().name());
        LoginPages.redirect(resp, url(entry.asset().key()) + "?msg=saved");
    }

    private void publish(HttpServletResponse resp, UiSession session, AssetListing.Entry entry) throws IOException, RepositoryException {
        session.require(Role.PUBLISHER);
        try {
            publisher.publish(LightModule.DAM, entry.asset().path(), session.user().name());
        } catch (PublicationException e) {
            show(resp, session, entry, 409, Map.of("error", session.text().get("assets.notPublished", entry.asset().fileName())));
            return;
        }
        LoginPages.redirect(resp, url(entry.asset().key()) + "?msg=published");
    }

    private void unpublish(HttpServletRequest req, HttpServletResponse resp, UiSession session, AssetListing.Entry entry)
            throws IOException, RepositoryException {
        session.require(Role.PUBLISHER);
        UiText t = session.text();
        String name = entry.asset().fileName();
        if (!ConfirmStep.confirmed(req)) {
            List<Map<String, Object>> users = listing.usedBy(t, entry.asset().key());
            confirm.ask(resp, session, new ConfirmStep.Question(t.get("assets.unpublishTitle", name), t.get("assets.unpublishQuestion", name),
                            t.get("assets.unpublishConsequence"), t.get("assets.unpublishConfirm")),
                    t.get("assets.unpublishUsers"), users, false, url(entry.asset().key()) + "/unpublish", Map.of(),
                    url(entry.asset().key()), List.of());
            return;
        }
        try {
            publisher.unpublish(LightModule.DAM, entry.asset().path(), session.user().name());
        } catch (PublicationException e) {
            show(resp, session, entry, 409, Map.of("error", t.get("assets.notUnpublished", name)));
            return;
        }
        LoginPages.redirect(resp, url(entry.asset().key()) + "?msg=unpublished");
    }

    private void delete(HttpServletRequest req, HttpServletResponse resp, UiSession session, AssetListing.Entry entry)
            throws IOException, RepositoryException {
        session.require(Role.EDITOR);
        UiText t = session.text();
        AssetKey key = entry.asset().key();
        String name = entry.asset().fileName();
        if (refusedDelete(resp, session, entry)) {
            return;
        }
        if (!ConfirmStep.confirmed(req)) {
            confirm.ask(resp, session, new ConfirmStep.Question(t.get("assets.deleteTitle", name), t.get("assets.deleteQuestion", name),
                    t.get("assets.deleteConsequence"), t.get("assets.deleteConfirm")), null, List.of(), false,
                    url(key) + "/delete", Map.of(), url(key), List.of());
            return;
        }
        try {
            uploads.store().delete(key, () -> {
                // asked again under the write lock: an item saved since the question keeps its image
                if (!ui.content.assetReferrers(key.toString()).isEmpty() || uploads.store().isPublished(key)) {
                    throw new InUse();
                }
                return null;
            });
        } catch (InUse e) {
            refusedDelete(resp, session, entry);
            return;
        }
        LoginPages.redirect(resp, UiContext.BASE + PATH + "?msg=deleted&deleted=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    /** Refuses (409, on the asset's page) a delete while items use the image, naming them, or while it is public. */
    private boolean refusedDelete(HttpServletResponse resp, UiSession session, AssetListing.Entry entry)
            throws IOException, RepositoryException {
        UiText t = session.text();
        List<Map<String, Object>> users = listing.usedBy(t, entry.asset().key());
        if (!users.isEmpty()) {
            String named = String.join(t.get("common.listSep"), users.stream().map(u -> (String) u.get("label")).toList());
            show(resp, session, entry, 409, Map.of("error", t.get("assets.deleteRefusedUsed", entry.asset().fileName(), named)));
            return true;
        }
        if (uploads.store().isPublished(entry.asset().key())) {
            show(resp, session, entry, 409, Map.of("error", t.get("assets.deleteRefusedPublished", entry.asset().fileName())));
            return true;
        }
        return false;
    }

    private void show(HttpServletResponse resp, UiSession session, AssetListing.Entry entry, int status, Map<String, Object> extra)
            throws IOException, RepositoryException {
        UiText t = session.text();
        Asset a = entry.asset();
        Map<String, Object> m = ui.frame(session, a.fileName(), null);
        m.put("asset", listing.row(t, entry));
        m.put("usedBy", listing.usedBy(t, a.key()));
        m.put("altFields", alt.fields(t, a.alt()));
        m.put("canEdit", session.user().has(Role.EDITOR));
        m.put("canPublish", session.user().has(Role.PUBLISHER));
        m.put("listUrl", UiContext.BASE + PATH);
        m.put("action", url(a.key()));
        m.putAll(extra);
        ui.pages.render(resp, status, "asset.ftlh", m);
    }

    private static Map<String, Object> message(UiText t, HttpServletRequest req) {
        String msg = req.getParameter("msg");
        return msg != null && MESSAGES.contains(msg) ? Map.of("message", t.get("assets.msg." + msg)) : Map.of();
    }

    /** A delete that found the image in use under the lock. */
    private static final class InUse extends RuntimeException {
        InUse() {
            super(null, null, false, false);
        }
    }
}
