package org.argmap.dung;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the trivial graph format as used by ICCMA: one argument name per line, a line holding
 * only {@code #}, then one attack per line as {@code attacker attacked}, separated by spaces or
 * tabs. Blank lines are ignored everywhere, CRLF line ends are accepted. A file without a
 * {@code #} line is a framework without attacks. Attacks may only name arguments listed above
 * the {@code #} line. A repeated attack is harmless; a repeated argument is a {@code
 * duplicate-argument} error.
 */
final class TgfParser {

    private record Word(String text, int column) {
    }

    private final List<DungParseError> errors = new ArrayList<>();
    private final Map<String, Integer> declaredAt = new HashMap<>();
    private final List<String> arguments = new ArrayList<>();
    private final List<String[]> attacks = new ArrayList<>();

    private TgfParser() {
    }

    static DungParseResult parse(String text) {
        return new TgfParser().run(text);
    }

    private DungParseResult run(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // a byte-order mark is invisible in editors: not a column
        }
        String[] lines = text.split("\n", -1);
        int separatorLine = 0;
        for (int i = 0; i < lines.length; i++) {
            int ln = i + 1;
            List<Word> words = words(lines[i]);
            if (words.isEmpty()) {
                continue;
            }
            Word head = words.get(0);
            if (head.text.equals("#")) {
                if (separatorLine > 0) {
                    error(ln, head.column, "second '#' separator line (the first is line " + separatorLine + ")");
                } else {
                    separatorLine = ln;
                    if (words.size() > 1) {
                        error(ln, words.get(1).column, "the '#' separator line must contain nothing else");
                    }
                }
            } else if (separatorLine == 0) {
                argumentLine(ln, words);
            } else {
                attackLine(ln, words);
            }
        }
        if (!errors.isEmpty()) {
            return DungParseResult.failed(errors);
        }
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        arguments.forEach(b::addArgument);
        for (String[] attack : attacks) {
            b.addAttack(attack[0], attack[1]);
        }
        return DungParseResult.of(b.build());
    }

    private void argumentLine(int ln, List<Word> words) {
        Word name = words.get(0);
        if (validName(ln, name)) {
            Integer previous = declaredAt.putIfAbsent(name.text, ln);
            if (previous != null) {
                errors.add(new DungParseError(ln, name.column, DungParseError.DUPLICATE_ARGUMENT,
                        "argument '" + name.text + "' is already declared at line " + previous));
            } else {
                arguments.add(name.text);
            }
        }
        if (words.size() > 1) {
            error(ln, words.get(1).column, "expected one argument name per line, found also '"
                    + words.get(1).text + "'"
                    + (words.size() == 2 ? " (is the '#' line between arguments and attacks missing?)" : ""));
        }
    }

    private void attackLine(int ln, List<Word> words) {
        Word from = words.get(0);
        if (words.size() == 1) {
            error(ln, from.column + from.text.length(),
                    "expected 'attacker attacked', found only '" + from.text + "'");
        } else if (words.size() > 2) {
            error(ln, words.get(2).column, "expected 'attacker attacked', found extra '" + words.get(2).text + "'");
        }
        boolean ok = known(ln, from);
        if (words.size() > 1) {
            ok &= known(ln, words.get(1));
        }
        if (ok && words.size() == 2) {
            attacks.add(new String[] {from.text, words.get(1).text});
        }
    }

    private boolean known(int ln, Word w) {
        if (!validName(ln, w)) {
            return false;
        }
        if (!declaredAt.containsKey(w.text)) {
            errors.add(new DungParseError(ln, w.column, DungParseError.UNKNOWN_ARGUMENT,
                    "attack names undeclared argument '" + w.text + "'"));
            return false;
        }
        return true;
    }

    private boolean validName(int ln, Word w) {
        int bad = DungNames.firstInvalid(w.text);
        if (bad < 0) {
            return true;
        }
        error(ln, w.column + bad, "invalid character " + DungNames.describe(w.text.charAt(bad))
                + " in argument name '" + w.text + "'");
        return false;
    }

    private void error(int ln, int column, String message) {
        errors.add(new DungParseError(ln, column, DungParseError.TGF_SYNTAX, message));
    }

    /** Splits a line at blanks, keeping 1-based columns; a trailing CR is dropped. */
    private static List<Word> words(String line) {
        List<Word> out = new ArrayList<>();
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
            n--;
        }
        int i = 0;
        while (i < n) {
            while (i < n && DungNames.isSpace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !DungNames.isSpace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new Word(line.substring(start, i), start + 1));
            }
        }
        return out;
    }
}
