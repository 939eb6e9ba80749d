package org.argmap.dung;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two ICCMA input formats, each with a parser and a writer.
 *
 * <ul>
 *   <li>{@link #APX}: ASPARTIX facts {@code arg(a).} / {@code att(a,b).}; whitespace and line
 *       breaks between tokens and {@code %} line comments are ignored.
 *   <li>{@link #TGF}: trivial graph format, argument names one per line, a {@code #} line, then
 *       {@code attacker attacked} lines.
 * </ul>
 *
 * <p>Argument names are runs of characters other than whitespace, control characters and
 * {@code ( ) , . % [ ] " ' #}. Parsing never throws for bad input: errors come back located, all
 * of them, in the {@link DungParseResult}.
 */
public enum DungFormat {
    APX("apx"),
    TGF("tgf");

    private final String id;

    DungFormat(String id) {
        this.id = id;
    }

    /** The ICCMA name of the format, as given to {@code -fo}: {@code apx} or {@code tgf}. */
    public String id() {
        return id;
    }

    /** All format ids, in declaration order: {@code [apx, tgf]}. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(DungFormat::id).toList();
    }

    /** The format with this id (exact, lower case), if any. */
    public static Optional<DungFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** The format named by the file's extension ({@code .apx}, {@code .tgf}, any case), if any. */
    public static Optional<DungFormat> forFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : byId(s.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Parses {@code text}; never throws for malformed input. */
    public DungParseResult parse(String text) {
        return switch (this) {
            case APX -> ApxParser.parse(text);
            case TGF -> TgfParser.parse(text);
        };
    }

    /**
     * Writes {@code af} in this format, arguments and attacks in framework order, one per line,
     * each line ending in {@code \n}; {@code parse(write(af))} gives back an equal framework.
     *
     * @throws IllegalArgumentException if an argument name is not valid in the formats
     */
    public String write(ArgumentationFramework af) {
        for (String a : af.arguments()) {
            if (!DungNames.isValid(a)) {
                throw new IllegalArgumentException("argument name '" + a + "' cannot be written as " + id);
            }
        }
        StringBuilder sb = new StringBuilder();
        switch (this) {
            case APX -> {
                af.arguments().forEach(a -> sb.append("arg(").append(a).append(").\n"));
                af.attacks().forEach(t -> sb.append("att(").append(t.from()).append(',').append(t.to()).append(").\n"));
            }
            case TGF -> {
                af.arguments().forEach(a -> sb.append(a).append('\n'));
                sb.append("#\n");
                af.attacks().forEach(t -> sb.append(t.from()).append(' ').append(t.to()).append('\n'));
            }
        }
        return sb.toString();
    }
}
