package org.argmap.dung;

import java.util.Objects;

/**
 * One problem found while reading a framework file, located in the input.
 *
 * <p>{@code line} and {@code column} are 1-based; a column counts characters (UTF-16 code
 * units; a tab counts as one). Line and column 0 mean "the input as a whole" (e.g. an unreadable
 * file). {@code code} is a stable kebab-case identifier ({@link #APX_SYNTAX}, {@link
 * #TGF_SYNTAX}, {@link #UNKNOWN_ARGUMENT}, {@link #DUPLICATE_ARGUMENT}, {@link #IO_ERROR});
 * {@code message} is for humans and may change.
 */
public record DungParseError(int line, int column, String code, String message)
        implements Comparable<DungParseError> {

    /** Malformed ASPARTIX input (bad token, missing punctuation, unknown predicate). */
    public static final String APX_SYNTAX = "apx-syntax";
    /** Malformed trivial-graph-format input (wrong token count, bad name, stray separator). */
    public static final String TGF_SYNTAX = "tgf-syntax";
    /** An attack names an argument that is not declared. */
    public static final String UNKNOWN_ARGUMENT = "unknown-argument";
    /** An argument is declared twice. */
    public static final String DUPLICATE_ARGUMENT = "duplicate-argument";
    /** The input could not be read at all (missing file, not UTF-8, ...); line and column 0. */
    public static final String IO_ERROR = "io-error";

    public DungParseError {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative location " + line + ":" + column);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Orders by line, then column (code and message only to keep the order total). */
    @Override
    public int compareTo(DungParseError o) {
        int c = Integer.compare(line, o.line);
        if (c == 0) {
            c = Integer.compare(column, o.column);
        }
        if (c == 0) {
            c = code.compareTo(o.code);
        }
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** {@code file:line:column: error [code] message}, the form {@link Iccma} prints. */
    public String format(String file) {
        return file + ":" + line + ":" + column + ": error [" + code + "] " + message;
    }
}
