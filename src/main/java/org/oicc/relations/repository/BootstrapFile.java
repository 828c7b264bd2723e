package org.oicc.relations.repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One bootstrap file, read into memory: bootstrap files are small seed content, and holding the
 * bytes lets the importer hash them (the first-start marker) and parse them without re-opening
 * a jar entry.
 *
 * @param name the file name only, e.g. {@code website.travel.about.yaml}: it names the target
 * @param content the file's bytes, UTF-8 YAML
 */
public record BootstrapFile(String name, byte[] content) {

    public BootstrapFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        content = content.clone();
    }

    public static BootstrapFile of(String name, String yaml) {
        return new BootstrapFile(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** SHA-256 of the content, hex: recorded at import so a later change can be noticed. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Dots in the name before {@code .yaml}: parents have fewer than their children. */
    int depth() {
        return (int) name.chars().filter(c -> c == '.').count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BootstrapFile f && f.name.equals(name) && java.util.Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "BootstrapFile[" + name + ", " + content.length + " bytes]";
    }
}
