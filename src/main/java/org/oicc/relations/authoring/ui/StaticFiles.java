package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The UI's stylesheet and script, served from the jar: a fixed list, so no path reaches anything else. */
final class StaticFiles {

    private static final String CSS = "text/css;charset=UTF-8";
    private static final String JS = "text/javascript;charset=UTF-8";

    /** Name under /.author/static/ → its place in the jar, relative to static/, and its type. */
    private record File(String resource, String type) {
    }

    // the rich-text editor's library is copied into the jar from npm at build time (pom.xml, src/main/editor)
    private static final Map<String, File> FILES = Map.ofEntries(
            Map.entry("author.css", new File("author.css", CSS)),
            Map.entry("author.js", new File("author.js", JS)),
            Map.entry("rich-text.css", new File("rich-text.css", CSS)),
            Map.entry("rich-text.js", new File("rich-text.js", JS)),
            Map.entry("quill.core.css", new File("vendor/quill/dist/quill.core.css", CSS)),
            Map.entry("quill.js", new File("vendor/quill/dist/quill.js", JS)),
            Map.entry("quill-LICENSE.txt", new File("vendor/quill/LICENSE", "text/plain;charset=UTF-8")),
            Map.entry("order.js", new File("order.js", JS)),
            Map.entry("ui-text.js", new File("ui-text.js", JS)),
            Map.entry("unsaved.js", new File("unsaved.js", JS)),
            Map.entry("forms.js", new File("forms.js", JS)),
            Map.entry("confirm.js", new File("confirm.js", JS)),
            Map.entry("page-structure.js", new File("page-structure.js", JS)));

    private StaticFiles() {
    }

    static void serve(String name, HttpServletResponse resp) throws IOException {
        File file = FILES.get(name);
        if (file == null) {
            throw UiError.notFound("error.noFile");
        }
        byte[] body;
        try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + file.resource())) {
            if (in == null) {
                throw new IllegalStateException("static/" + file.resource() + " is missing from the jar");
            }
            body = in.readAllBytes();
        }
        UiTemplates.secure(resp);
        resp.setContentType(file.type());
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
