package org.argmap.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML document into a {@link YNode} tree that keeps the line and column of every
 * node, in one streaming pass over Jackson's YAML parser. Never throws for bad input: problems
 * are added to the diagnostics list and {@code null} is returned when nothing usable was read.
 *
 * <p>Guards: a size cap (checked before parsing), strict UTF-8, a nesting limit (enforced by
 * SnakeYAML's loader options and again while building), a node-count limit, and no YAML
 * aliases: anchors and aliases are rejected with a located error, so alias bombs cannot expand.
 */
public final class YamlReader {

    private final LoaderLimits limits;
    private final YAMLFactory factory;

    public YamlReader(LoaderLimits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(limits.maxDepth() + 2);
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 16));
        // EMPTY_STRING_AS_NULL: a key with no value ("relations:") is YAML null, as the YAML spec and
        // editors read it, not an empty string; a quoted '' stays an empty string
        this.factory = new WholeTextYamlFactory(YAMLFactory.builder().loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth() + 2).build()));
    }

    /**
     * Parses {@code bytes} read from {@code file}.
     *
     * @return the root node, or null when the file is empty, unreadable or broken
     */
    public YNode read(String file, byte[] bytes, List<Diagnostic> out) {
        if (bytes.length > limits.maxFileBytes()) {
            out.add(Diagnostic.error("file-too-large", "file is " + bytes.length + " bytes, over the limit of "
                    + limits.maxFileBytes() + " bytes", Location.of(file), "raise the limit with --max-file-size if the file is genuine"));
            return null;
        }
        String text = decodeUtf8(file, bytes, out);
        if (text == null) {
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!printable(file, text, out)) {
            return null;
        }
        if (text.isBlank() || onlyComments(text)) {
            out.add(Diagnostic.error("empty-file", "the file holds no YAML content", Location.of(file),
                    "a source map starts with 'source:', a shared file with 'propositions:' or 'relations:'"));
            return null;
        }
        try (YAMLParser p = (YAMLParser) factory.createParser(text)) {
            Builder b = new Builder(file, p, out);
            JsonToken t = p.nextToken();
            if (t == null) {
                out.add(Diagnostic.error("empty-file", "the file holds no YAML content", Location.of(file), null));
                return null;
            }
            YNode root = b.value(t, 0);
            if (root != null && p.nextToken() != null) {
                Location at = loc(file, p.currentTokenLocation());
                out.add(Diagnostic.error("yaml-syntax", "more than one YAML document in the file", at,
                        "remove the '---' separator: one file holds one map"));
            }
            return b.failed ? null : root;
        } catch (StopException e) {
            return null;
        } catch (JacksonException e) {
            out.add(syntaxError(file, e));
            return null;
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals some limits with unchecked exceptions; none may escape.
            out.add(Diagnostic.error("yaml-syntax", "cannot read YAML: " + firstLine(e.getMessage()), Location.of(file), null));
            return null;
        } catch (StackOverflowError e) {
            out.add(Diagnostic.error("too-deep", "nesting too deep", Location.of(file), null));
            return null;
        }
    }

    /**
     * Reports the first character YAML does not allow (control characters other than tab and line
     * breaks, U+FFFE, U+FFFF) at its exact line and column, counted as SnakeYAML counts them
     * (line breaks: LF, CR, CR LF, NEL, U+2028, U+2029; columns in code points). SnakeYAML itself
     * reports it without a position. One pass, O(n).
     *
     * @return true when every character is allowed
     */
    static boolean printable(String file, String text, List<Diagnostic> out) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!StreamReader.isPrintable(c)) {
                out.add(Diagnostic.error("invalid-character", String.format("character U+%04X%s is not allowed in YAML", c,
                        c == 0 ? " (NUL)" : ""), new Location(file, line, column),
                        "YAML files may not hold control characters other than tab and line breaks; delete it"
                                + (c == 0 ? " (a NUL byte often means the file is binary or UTF-16)" : "")));
                return false;
            }
            if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == '\r' && (next >= text.length() || text.charAt(next) != '\n')) {
                line++;
                column = 1;
            } else if (c != 0xFEFF) {
                column++;
            }
            i = next;
        }
        return true;
    }

    /** True when no line holds more than a comment or a document marker; stops at the first that does. */
    private static boolean onlyComments(String text) {
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String s = text.substring(from, end).strip();
            if (!s.isEmpty() && !s.startsWith("#") && !s.equals("---") && !s.equals("...")) {
                return false;
            }
            from = end + 1;
        }
        return true;
    }

    private Diagnostic syntaxError(String file, JacksonException e) {
        JsonLocation l = e.getLocation();
        String msg = e.getOriginalMessage() == null ? "invalid YAML" : e.getOriginalMessage();
        Location marked = null;
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
            msg = m.getProblem() == null ? msg : m.getProblem() + (m.getContext() == null ? "" : " (" + m.getContext() + ")");
            if (m.getProblemMark() != null) {
                marked = new Location(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
            }
        }
        String code = "yaml-syntax";
        String hint = null;
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nesting depth") || lower.contains("depth")) {
            code = "too-deep";
            msg = "nesting deeper than " + limits.maxDepth() + " levels";
            hint = "argmap files need only a few levels of nesting";
        } else if (lower.contains("alias")) {
            code = "yaml-alias";
            hint = "anchors and aliases are not supported in argmap files: write the value out";
        } else if (lower.contains("code point") || lower.contains("exceeds")) {
            code = "file-too-large";
        }
        Location at = marked != null ? marked : l == null ? Location.of(file) : loc(file, l);
        return Diagnostic.error(code, firstLine(cleanSnake(msg)), at, hint);
    }

    private static String cleanSnake(String msg) {
        // SnakeYAML messages carry a multi-line excerpt with the position; keep the gist.
        return msg.replaceAll("\\s*in 'reader', line \\d+, column \\d+:?", "").replaceAll("\\s+", " ").strip();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid YAML";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    static Location loc(String file, JsonLocation l) {
        return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    /** Decodes strict UTF-8; on failure reports the line and column of the first bad byte. */
    static String decodeUtf8(String file, byte[] bytes, List<Diagnostic> out) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String prefix = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
            int column = prefix.codePointCount(0, prefix.length()) + 1;
            out.add(Diagnostic.error("not-utf8", String.format("not valid UTF-8: byte 0x%02X at offset %d", bytes[bad] & 0xff, bad),
                    new Location(file, line, column), "save the file as UTF-8"));
            return null;
        }
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n;
            if (c < 0x80) {
                n = 0;
            } else if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
            } else {
                return i;
            }
            if (i + n >= b.length) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            // overlongs and surrogates
            if (n == 2) {
                int c1 = b[i + 1] & 0xff;
                if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F)) {
                    return i;
                }
            } else if (n == 3) {
                int c1 = b[i + 1] & 0xff;
                if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) {
                    return i;
                }
            }
            i += n + 1;
        }
        return Math.max(0, b.length - 1);
    }

    private final class Builder {
        private final String file;
        private final YAMLParser p;
        private final List<Diagnostic> out;
        private int nodes;
        private int aliases;
        boolean failed;

        Builder(String file, YAMLParser p, List<Diagnostic> out) {
            this.file = file;
            this.p = p;
            this.out = out;
        }

        YNode value(JsonToken t, int depth) throws IOException {
            Location at = loc(file, p.currentTokenLocation());
            if (++nodes > limits.maxNodes()) {
                out.add(Diagnostic.error("file-too-large", "more than " + limits.maxNodes() + " YAML nodes", at, null));
                failed = true;
                throw new StopException();
            }
            if (depth > limits.maxDepth()) {
                out.add(Diagnostic.error("too-deep", "nesting deeper than " + limits.maxDepth() + " levels", at,
                        "argmap files need only a few levels of nesting"));
                failed = true;
                throw new StopException();
            }
            if (p.getCurrentAnchor() != null && aliases < 20) {
                aliases++;
                out.add(Diagnostic.error("yaml-alias", "YAML anchors (&" + p.getCurrentAnchor() + ") are not supported", at,
                        "write the value out in full"));
            }
            switch (t) {
                case START_OBJECT: {
                    Map<String, YNode.Entry> entries = new LinkedHashMap<>();
                    JsonToken k;
                    while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                        Location kl = loc(file, p.currentTokenLocation());
                        String name = p.currentName();
                        JsonToken v = p.nextToken();
                        YNode node = value(v, depth + 1);
                        if (entries.containsKey(name)) {
                            YNode.Entry first = entries.get(name);
                            out.add(Diagnostic.error("duplicate-key", "key '" + name + "' appears twice in one mapping", kl,
                                    "first at line " + first.key().location().line() + "; remove one"));
                        } else {
                            entries.put(name, new YNode.Entry(new YNode.Key(name, kl), node));
                        }
                    }
                    return new YNode.YMap(entries, at);
                }
                case START_ARRAY: {
                    List<YNode> items = new ArrayList<>();
                    JsonToken v;
                    while ((v = p.nextToken()) != JsonToken.END_ARRAY && v != null) {
                        items.add(value(v, depth + 1));
                    }
                    return new YNode.YSeq(items, at);
                }
                default:
                    if (p.isCurrentAlias()) {
                        if (aliases++ < 20) {
                            out.add(Diagnostic.error("yaml-alias", "YAML aliases (*" + p.getText() + ") are not supported", at,
                                    "write the value out in full"));
                        }
                        failed = true;
                        return new YNode.YScalar(p.getText(), YNode.YScalar.Kind.NULL, at);
                    }
                    return scalar(t, at);
            }
        }

        private YNode scalar(JsonToken t, Location at) throws IOException {
            String text = p.getText();
            YNode.YScalar.Kind kind = switch (t) {
                case VALUE_NUMBER_INT -> YNode.YScalar.Kind.INTEGER;
                case VALUE_NUMBER_FLOAT -> YNode.YScalar.Kind.FLOAT;
                case VALUE_TRUE, VALUE_FALSE -> YNode.YScalar.Kind.BOOLEAN;
                case VALUE_NULL -> YNode.YScalar.Kind.NULL;
                default -> YNode.YScalar.Kind.STRING;
            };
            return new YNode.YScalar(text == null ? "" : text, kind, at);
        }
    }

    /** Unwinds the builder once a limit is hit; the diagnostic has been recorded. */
    private static final class StopException extends RuntimeException {
        StopException() {
            super(null, null, false, false);
        }
    }
}
