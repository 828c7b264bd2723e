package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The UI's stylesheet and script, served from the jar: a fixed list, so no path reaches anything else. */
final class StaticFiles {

    private static final Map<String, String> FILES = Map.of(
            "author.css", "text/css;charset=UTF-8",
            "author.js", "text/javascript;charset=UTF-8",
            "order.js", "text/javascript;charset=UTF-8",
            "unsaved.js", "text/javascript;charset=UTF-8");

    private StaticFiles() {
    }

    static void serve(String name, HttpServletResponse resp) throws IOException {
        String type = FILES.get(name);
        if (type == null) {
            throw UiError.notFound("No such file.");
        }
        byte[] body;
        try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("static/" + name + " is missing from the jar");
            }
            body = in.readAllBytes();
        }
        UiTemplates.secure(resp);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
