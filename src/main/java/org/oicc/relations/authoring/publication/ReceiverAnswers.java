package org.oicc.relations.authoring.publication;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The receiver's small JSON answers, written by hand: a few fixed fields, no mapper needed. */
final class ReceiverAnswers {

    private ReceiverAnswers() {
    }

    static void applied(HttpServletResponse resp, boolean applied) throws IOException {
        write(resp, 200, "{\"applied\":" + applied + "}");
    }

    static void published(HttpServletResponse resp, boolean published) throws IOException {
        write(resp, published ? 200 : 404, "{\"published\":" + published + "}");
    }

    static void error(HttpServletResponse resp, int status, String code, String message) throws IOException {
        write(resp, status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + escape(message) + "\"}}");
    }

    private static void write(HttpServletResponse resp, int status, String json) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(text).toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
