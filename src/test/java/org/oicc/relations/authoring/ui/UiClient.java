package org.oicc.relations.authoring.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.oicc.relations.testing.TestSite;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser stand-in over HTTP: keeps the session cookie, submits forms as a browser would (jsoup's form data). */
final class UiClient {

    private static final Pattern COOKIE = Pattern.compile("OICC_AUTHOR=([^;]*)");

    private final TestSite f;
    private final HttpClient http = HttpClient.newHttpClient();
    String cookie;

    UiClient(TestSite f) {
        this.f = f;
    }

    static UiClient loggedIn(TestSite f, String user) throws Exception {
        UiClient c = new UiClient(f);
        HttpResponse<String> r = c.post("/.author/login", List.of(Map.entry("username", user), Map.entry("password", TestSite.PASSWORD)));
        if (r.statusCode() != 303) {
            throw new AssertionError("login failed: " + r.statusCode());
        }
        return c;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(f.base() + path)).GET());
    }

    /** A GET as the UI's script sends it: with the session's CSRF token in its header. */
    HttpResponse<String> getWithToken(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(f.base() + path)).header("X-CSRF-Token", token).GET());
    }

    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) throws Exception {
        StringJoiner body = new StringJoiner("&");
        for (Map.Entry<String, String> e : fields) {
            body.add(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(f.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * A multipart form as a browser sends one with a file input: the fields in order, then the file
     * part ({@code fileField}, its name and bytes; none when {@code file} is null).
     */
    HttpResponse<String> postMultipart(String path, List<Map.Entry<String, String>> fields, String fileField, String fileName,
                                       String type, byte[] file) throws Exception {
        String boundary = "----oicc" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> e : fields) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fileField != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + (file == null ? "" : fileName) + "\"\r\nContent-Type: " + (file == null ? "application/octet-stream" : type)
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            if (file != null) {
                body.write(file);
            }
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(f.base() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    HttpResponse<String> postWithOrigin(String path, List<Map.Entry<String, String>> fields, String origin) throws Exception {
        StringJoiner body = new StringJoiner("&");
        for (Map.Entry<String, String> e : fields) {
            body.add(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(f.base() + path)).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * Submits the page's form {@code selector} as a browser would, with {@code changes} applied
     * (replacing every value of that name; a null value removes the field) and the button's
     * {@code _action} when given.
     */
    HttpResponse<String> submit(Document page, String selector, Map<String, String> changes, String action) throws Exception {
        FormElement form = (FormElement) page.selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector);
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (var kv : form.formData()) {
            if (kv.key().equals("_action") || changes.containsKey(kv.key())) {
                continue;
            }
            fields.add(Map.entry(kv.key(), kv.value()));
        }
        changes.forEach((k, v) -> {
            if (v != null) {
                fields.add(Map.entry(k, v));
            }
        });
        if (action != null) {
            fields.add(Map.entry("_action", action));
        }
        return post(URI.create(form.attr("action")).getPath(), fields);
    }

    /** {@link #submit} for a multipart form with a file chosen for {@code fileField} (null: no file chosen). */
    HttpResponse<String> submitWithFile(Document page, String selector, Map<String, String> changes, String action, String fileField,
                                        String fileName, byte[] file) throws Exception {
        FormElement form = (FormElement) page.selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector);
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (var kv : form.formData()) {
            if (kv.key().equals("_action") || changes.containsKey(kv.key()) || kv.key().endsWith("@file")) {
                continue;
            }
            fields.add(Map.entry(kv.key(), kv.value()));
        }
        changes.forEach((k, v) -> {
            if (v != null) {
                fields.add(Map.entry(k, v));
            }
        });
        if (action != null) {
            fields.add(Map.entry("_action", action));
        }
        return postMultipart(URI.create(form.attr("action")).getPath(), fields, fileField, fileName, "image/png", file);
    }

    /**
     * Presses a submit button as a browser would: its form (the {@code form} attribute's, or the
     * enclosing one) is sent to the button's {@code formaction} (or the form's action) with
     * {@code changes} applied and the button's own name and value.
     */
    HttpResponse<String> press(Document page, String button, Map<String, String> changes) throws Exception {
        org.jsoup.nodes.Element b = page.selectFirst(button);
        if (b == null) {
            throw new AssertionError("no button " + button);
        }
        FormElement form = b.hasAttr("form") ? (FormElement) page.getElementById(b.attr("form")) : (FormElement) b.closest("form");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (var kv : form.formData()) {
            if (kv.key().equals("_action") || changes.containsKey(kv.key())) {
                continue;
            }
            fields.add(Map.entry(kv.key(), kv.value()));
        }
        changes.forEach((k, v) -> {
            if (v != null) {
                fields.add(Map.entry(k, v));
            }
        });
        if (b.hasAttr("name")) {
            fields.add(Map.entry(b.attr("name"), b.attr("value")));
        }
        String target = b.hasAttr("formaction") ? b.attr("formaction") : form.attr("action");
        return post(URI.create(target).getPath(), fields);
    }

    /**
     * Answers a confirmation step (unpublish, delete, restore) as an editor without script does:
     * the answer must be the question page, whose confirm button is pressed.
     */
    HttpResponse<String> confirm(HttpResponse<String> question) throws Exception {
        if (question.statusCode() != 200 || html(question).selectFirst(".confirm-step") == null) {
            throw new AssertionError("no confirmation step: " + question.statusCode() + " " + question.body());
        }
        return press(html(question), ".confirm-form button[name=_confirm]", Map.of());
    }

    static Document html(HttpResponse<String> r) {
        return Jsoup.parse(r.body(), "http://127.0.0.1/");
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        if (cookie != null) {
            b.header("Cookie", "OICC_AUTHOR=" + cookie);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : r.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(set);
            if (m.find()) {
                cookie = m.group(1).isEmpty() ? null : m.group(1);
            }
        }
        return r;
    }
}
