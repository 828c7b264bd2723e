package org.oicc.relations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The plain-JCR peer: Apache Jackrabbit's standalone server (2.21.16, its own Jetty 9 and Derby),
 * holding the same organization as an {@code nt:unstructured} tree (it knows no oicc node types),
 * read at {@code /server/default/jcr:root/<name>.<depth>.json}. It resolves no references: the
 * module's answer expands three, so the comparison favours the peer.
 */
final class DavexPeer implements AutoCloseable {

    private final Process process;
    final String base;

    /** CPU time the peer's process has used so far. */
    java.time.Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    private DavexPeer(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    static DavexPeer start(BenchConfig config, Path repo, Path log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder("java", "-Xmx" + config.heap(), "-cp", config.peerLib() + "/*",
                "org.apache.jackrabbit.standalone.Main", "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--repo", repo.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("the DavEx peer stopped; see " + log);
            }
            try {
                if (Http.get(base + "/server/default/jcr:root.0.json").status() > 0) {
                    return new DavexPeer(p, base);
                }
            } catch (IOException notYet) {
                Thread.sleep(300);
            }
        }
        p.destroyForcibly();
        throw new IOException("the DavEx peer did not answer in 180 s; see " + log);
    }

    /** Writes {@code node} (a Nodes API v1 read, depth 2) at {@code /<name>} with one DavEx diff. */
    void put(JsonNode node) throws IOException, InterruptedException {
        String diff = "+/" + node.get("name").asText() + " : " + davex(node);
        byte[] form = (":diff=" + URLEncoder.encode(diff, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        // the peer's CSRF check wants a Referer of its own
        Http.Answer a = Http.send("POST", base + "/server/default/jcr:root", "application/x-www-form-urlencoded", form,
                "Authorization", Http.basic("admin", "admin"), "Referer", base + "/");
        if (a.status() >= 300) {
            throw new IOException("DavEx peer refused the node: " + a.status() + " " + a.text());
        }
    }

    String nodeUrl(String name, int depth) {
        return base + "/server/default/jcr:root/" + name + "." + depth + ".json";
    }

    /** Nodes API JSON → DavEx JSON: properties as values (Long as numbers, multiple as arrays), children as objects. */
    static ObjectNode davex(JsonNode node) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("jcr:primaryType", "nt:unstructured");
        for (JsonNode p : node.path("properties")) {
            String name = p.get("name").asText();
            boolean number = "Long".equals(p.path("type").asText());
            ArrayNode values = json.createArrayNode();
            for (JsonNode v : p.path("values")) {
                if (number) {
                    values.add(Long.parseLong(v.asText()));
                } else {
                    values.add(v.asText());
                }
            }
            if (p.path("multiple").asBoolean()) {
                out.set(name, values);
            } else if (!values.isEmpty()) {
                out.set(name, values.get(0));
            }
        }
        for (JsonNode child : node.path("nodes")) {
            out.set(child.get("name").asText(), davex(child));
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
