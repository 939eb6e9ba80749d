package org.argmap.diag;

/**
 * Makes user text safe to show inside a one-line diagnostic: characters that are invisible or
 * change how the rest of the line displays are written as escapes, and very long text is cut.
 *
 * <p>Escaped: control characters (Unicode category Cc: C0, DEL, C1), format characters (Cf: the
 * bidirectional controls U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, U+061C, zero-width
 * characters, soft hyphen, byte order mark), line and paragraph separators (Zl, Zp) and lone
 * surrogates (Cs). Tab, line feed and carriage return become {@code \t}, {@code \n}, {@code \r};
 * others {@code \}{@code uXXXX}, or {@code \}{@code UXXXXXXXX} above U+FFFF. A backslash already in
 * the text is left as it is. So a message never displays reversed or spans lines.
 */
public final class Printable {
    /** Longest message or hint kept, in chars; the rest is replaced by a count. */
    public static final int MAX_LENGTH = 2_000;

    private Printable() {
    }

    /** True when {@code cp} is written as an escape by {@link #escape(String)}. */
    public static boolean needsEscape(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** {@code s} with the characters of {@link #needsEscape(int)} escaped; null stays null. O(length). */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !needsEscape(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!needsEscape(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp <= 0xFFFF) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.append(String.format("\\U%08X", cp));
            }
        }
        return sb.toString();
    }

    /** {@code s} cut to {@link #MAX_LENGTH} chars (never inside a surrogate pair), then escaped. */
    public static String forMessage(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() > MAX_LENGTH) {
            int cut = Character.isHighSurrogate(s.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            s = s.substring(0, cut) + "… (" + (s.length() - cut) + " more characters)";
        }
        return escape(s);
    }
}
