package org.argmap.dung;

/**
 * The argument-name rule shared by the parsers and writers: a non-empty run of characters that
 * are neither whitespace, control characters nor one of {@code ( ) , . % [ ] " ' #}. Such names
 * survive both file formats and the ICCMA list syntax unchanged.
 */
final class DungNames {

    private static final String RESERVED = "(),.%[]\"'#";

    private DungNames() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static boolean isNameChar(char c) {
        return !isSpace(c) && !Character.isISOControl(c) && RESERVED.indexOf(c) < 0;
    }

    /** The index of the first character that may not appear in a name, or -1 if none. */
    static int firstInvalid(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!isNameChar(name.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isValid(String name) {
        return !name.isEmpty() && firstInvalid(name) < 0;
    }

    /** A character for an error message: printable ones quoted, others as U+XXXX. */
    static String describe(char c) {
        if (Character.isISOControl(c) || isSpace(c)) {
            return String.format("U+%04X", (int) c);
        }
        return "'" + c + "'";
    }
}
