package org.oicc.relations.repository;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;

import javax.jcr.PropertyType;

import org.apache.jackrabbit.util.ISO8601;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a YAML scalar or sequence into a typed JCR property. The typing rules are our own rather
 * than YAML 1.1's resolver, which would read {@code yes}, {@code on} or {@code 0777} as booleans
 * and octals; here only what an editor obviously means is typed, everything else stays a String:
 * <ul>
 * <li>quoted scalar: String, always;</li>
 * <li>plain {@code true}/{@code false}: Boolean; integer: Long; decimal or exponent: Double;
 * ISO-8601 date or date-time: Date (date-only is midnight UTC, a date-time without an offset is
 * UTC); {@code null}, {@code ~} or empty: no property; anything else: String;</li>
 * <li>local tags for the other JCR types: {@code !decimal !name !path !reference !weakreference
 * !uri !binary} (base64), plus {@code !string !long !double !boolean !date} for explicitness.</li>
 * </ul>
 */
final class YamlValueParser {

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");
    private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");

    static final Map<String, Integer> TAGS = Map.ofEntries(
            Map.entry("!string", PropertyType.STRING), Map.entry("!long", PropertyType.LONG),
            Map.entry("!double", PropertyType.DOUBLE), Map.entry("!boolean", PropertyType.BOOLEAN),
            Map.entry("!date", PropertyType.DATE), Map.entry("!decimal", PropertyType.DECIMAL),
            Map.entry("!name", PropertyType.NAME), Map.entry("!path", PropertyType.PATH),
            Map.entry("!reference", PropertyType.REFERENCE),
            Map.entry("!weakreference", PropertyType.WEAKREFERENCE),
            Map.entry("!uri", PropertyType.URI), Map.entry("!binary", PropertyType.BINARY));

    private final String file;

    YamlValueParser(String file) {
        this.file = file;
    }

    /** The property for a YAML value, or null when the value is YAML null (property omitted). */
    BootstrapProperty property(String name, Node value, int keyLine) throws BootstrapException {
        if (value instanceof ScalarNode scalar) {
            Typed typed = scalar(scalar);
            return typed == null ? null : BootstrapProperty.single(name, typed.type, typed.value, keyLine);
        }
        if (value instanceof SequenceNode sequence) {
            return multiple(name, sequence, keyLine);
        }
        throw new BootstrapException(file, line(value), "property '" + name + "' must be a scalar or a sequence");
    }

    private BootstrapProperty multiple(String name, SequenceNode sequence, int keyLine) throws BootstrapException {
        if (!sequence.getTag().equals(Tag.SEQ)) {
            throw new BootstrapException(file, line(sequence), "unknown tag " + sequence.getTag().getValue()
                    + " on sequence '" + name + "' (tag each element instead)");
        }
        List<String> values = new ArrayList<>();
        int type = PropertyType.STRING;
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node element = sequence.getValue().get(i);
            if (!(element instanceof ScalarNode scalar)) {
                throw new BootstrapException(file, line(element), "multi-value property '" + name
                        + "' may only hold scalars, not " + (element instanceof SequenceNode ? "sequences" : "mappings"));
            }
            Typed typed = scalar(scalar);
            if (typed == null) {
                throw new BootstrapException(file, line(element), "multi-value property '" + name + "' holds a null");
            }
            if (i > 0 && typed.type != type) {
                throw new BootstrapException(file, line(element), "multi-value property '" + name + "' mixes "
                        + PropertyType.nameFromValue(type) + " and " + PropertyType.nameFromValue(typed.type) + " values");
            }
            type = typed.type;
            values.add(typed.value);
        }
        return new BootstrapProperty(name, type, true, List.copyOf(values), keyLine);
    }

    private Typed scalar(ScalarNode scalar) throws BootstrapException {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.STR) || tag.equals(Tag.NULL) || tag.equals(Tag.BOOL) || tag.equals(Tag.INT)
                || tag.equals(Tag.FLOAT) || tag.equals(Tag.TIMESTAMP)) {
            // An implicit tag from SnakeYAML's resolver (or an explicit core tag): apply our rules.
            return scalar.isPlain() ? plain(scalar, text) : new Typed(PropertyType.STRING, text);
        }
        Integer type = TAGS.get(tag.getValue());
        if (type == null) {
            throw new BootstrapException(file, line(scalar), "unknown tag " + tag.getValue()
                    + " (known: " + String.join(" ", new java.util.TreeSet<>(TAGS.keySet())) + ")");
        }
        return new Typed(type, tagged(scalar, type, text));
    }

    private Typed plain(ScalarNode scalar, String text) throws BootstrapException {
        if (NULL.matcher(text).matches()) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return new Typed(PropertyType.BOOLEAN, text);
        }
        if (INTEGER.matcher(text).matches()) {
            return new Typed(PropertyType.LONG, tagged(scalar, PropertyType.LONG, text));
        }
        if (FLOAT.matcher(text).matches()) {
            return new Typed(PropertyType.DOUBLE, tagged(scalar, PropertyType.DOUBLE, text));
        }
        if (DATE_LIKE.matcher(text).matches()) {
            return new Typed(PropertyType.DATE, date(scalar, text));
        }
        return new Typed(PropertyType.STRING, text);
    }

    /** Checks a value of an explicit type and returns its JCR string form. */
    private String tagged(ScalarNode scalar, int type, String text) throws BootstrapException {
        try {
            return switch (type) {
                case PropertyType.LONG -> Long.toString(Long.parseLong(text.startsWith("+") ? text.substring(1) : text));
                case PropertyType.DOUBLE -> Double.toString(parseDouble(text));
                case PropertyType.BOOLEAN -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new IllegalArgumentException("expected true or false");
                    }
                    yield text;
                }
                case PropertyType.DATE -> date(scalar, text);
                case PropertyType.DECIMAL -> new BigDecimal(text).toString();
                case PropertyType.URI -> new URI(text).toString();
                case PropertyType.BINARY -> {
                    String base64 = text.replaceAll("\\s", "");
                    Base64.getDecoder().decode(base64);
                    yield base64;
                }
                case PropertyType.REFERENCE, PropertyType.WEAKREFERENCE -> {
                    if (text.isBlank()) {
                        throw new IllegalArgumentException("empty identifier");
                    }
                    yield text;
                }
                case PropertyType.NAME, PropertyType.PATH -> {
                    if (text.isBlank()) {
                        throw new IllegalArgumentException("empty " + PropertyType.nameFromValue(type).toLowerCase());
                    }
                    yield text;
                }
                default -> text;
            };
        } catch (BootstrapException e) {
            throw e;
        } catch (Exception e) {
            throw new BootstrapException(file, line(scalar), "invalid " + PropertyType.nameFromValue(type)
                    + " value '" + text + "': " + e.getMessage());
        }
    }

    private static double parseDouble(String text) {
        String t = text.toLowerCase();
        if (t.endsWith(".inf")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (t.equals(".nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }

    private String date(ScalarNode scalar, String text) throws BootstrapException {
        try {
            OffsetDateTime time;
            if (text.length() <= 10) {
                time = LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            } else if (text.endsWith("Z") || text.matches(".*[+-][0-9]{2}:?[0-9]{2}$")) {
                time = OffsetDateTime.parse(text.replace(' ', 'T'));
            } else {
                time = LocalDateTime.parse(text.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
            }
            GregorianCalendar calendar = GregorianCalendar.from(time.toZonedDateTime());
            calendar.setTimeZone(TimeZone.getTimeZone(time.getOffset()));
            return ISO8601.format(calendar);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new BootstrapException(file, line(scalar), "invalid date '" + text
                    + "' (expected ISO-8601, e.g. 2015-09-15T10:52:25.749+02:00)");
        }
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private record Typed(int type, String value) {
    }
}
