package org.argmap.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * A problem found in the user's input, returned as data. Printed as
 * {@code file:line:column: severity [code] message}, followed by {@code hint: ...} when a hint
 * helps. Codes are stable kebab-case words that tools and tests may rely on.
 *
 * <p>The message and hint are made printable here, the one place every diagnostic passes
 * through: control and bidirectional characters from the user's files are shown as escapes
 * (U+202E as the six characters backslash, u, 2, 0, 2, E) and text over {@link Printable#MAX_LENGTH} characters is cut
 * ({@link Printable#forMessage(String)}), so no message displays reversed, spans lines or runs
 * to megabytes. The file name is escaped the same way in {@link #format()}.
 *
 * @param severity error or warning
 * @param code stable kebab-case code, e.g. {@code unknown-claim}
 * @param message one-line message
 * @param file the file as the user named it (never null; may be {@code "<input>"})
 * @param line 1-based line
 * @param column 1-based column
 * @param hint optional hint, or null
 */
public record Diagnostic(Severity severity, String code, String message, String file, int line,
                         int column, String hint) {

    /** Orders diagnostics by file, line, column, then code. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code).thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
        Objects.requireNonNull(file);
        message = Printable.forMessage(message);
        hint = Printable.forMessage(hint);
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    public static Diagnostic error(String code, String message, Location at, String hint) {
        return new Diagnostic(Severity.ERROR, code, message, at.file(), at.line(), at.column(), hint);
    }

    public static Diagnostic warning(String code, String message, Location at, String hint) {
        return new Diagnostic(Severity.WARNING, code, message, at.file(), at.line(), at.column(), hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Location location() {
        return new Location(file, line, column);
    }

    /** The canonical one-line form, without the hint. */
    public String format() {
        return Printable.escape(file) + ":" + line + ":" + column + ": " + severity.word() + " [" + code + "] " + message;
    }

    @Override
    public String toString() {
        return hint == null ? format() : format() + "\n  hint: " + hint;
    }
}
