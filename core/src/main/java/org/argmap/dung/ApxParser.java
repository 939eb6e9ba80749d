package org.argmap.dung;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the ASPARTIX format: facts {@code arg(a).} and {@code att(a,b).}, any whitespace
 * (including line breaks) between tokens, several facts per line, {@code %} comments to the end
 * of the line. Arguments may be declared after the attacks that use them. A repeated {@code att}
 * fact is harmless; a repeated {@code arg} fact is a {@code duplicate-argument} error.
 *
 * <p>After a syntax error the parser skips to the end of the fact (the next {@code .}), or to the
 * next line that starts with {@code arg} or {@code att}, whichever comes first. A missing period
 * is reported right after the {@code )} and, if an {@code arg} or {@code att} follows, parsing
 * resumes there, so it costs one error and loses no fact.
 */
final class ApxParser {

    private enum Kind { NAME, LPAREN, RPAREN, COMMA, DOT, BAD, EOF }

    /** A token; tokens never span lines. {@code firstOnLine}: no earlier token on its line. */
    private record Token(Kind kind, String text, int line, int column, boolean firstOnLine) {
        int endColumn() {
            return column + text.length();
        }

        String describe() {
            return switch (kind) {
                case EOF -> "end of input";
                case BAD -> "unexpected character " + DungNames.describe(text.charAt(0));
                default -> "'" + text + "'";
            };
        }

        boolean startsFact() {
            return kind == Kind.NAME && firstOnLine && (text.equals("arg") || text.equals("att"));
        }
    }

    private record Name(String text, int line, int column) {
    }

    private final String s;
    private int pos;
    private int line = 1;
    private int column = 1;
    private boolean sawNewline = true;

    private final Map<String, Name> arguments = new LinkedHashMap<>();
    private final List<Name[]> attacks = new ArrayList<>();
    private final List<DungParseError> errors = new ArrayList<>();

    private ApxParser(String text) {
        this.s = text;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            pos = 1;
        }
    }

    static DungParseResult parse(String text) {
        return new ApxParser(text).run();
    }

    private DungParseResult run() {
        Token t = next();
        while (t.kind != Kind.EOF) {
            t = fact(t);
        }
        for (Name[] attack : attacks) {
            for (Name name : attack) {
                if (!arguments.containsKey(name.text)) {
                    errors.add(new DungParseError(name.line, name.column, DungParseError.UNKNOWN_ARGUMENT,
                            "attack names undeclared argument '" + name.text + "'"));
                }
            }
        }
        if (!errors.isEmpty()) {
            return DungParseResult.failed(errors);
        }
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        arguments.keySet().forEach(b::addArgument);
        for (Name[] attack : attacks) {
            b.addAttack(attack[0].text, attack[1].text);
        }
        return DungParseResult.of(b.build());
    }

    /** Parses one fact starting at {@code t}; returns the first token after it. */
    private Token fact(Token t) {
        if (t.kind != Kind.NAME) {
            return fail(t, "expected 'arg(...)' or 'att(...)', found " + t.describe());
        }
        boolean isArg = t.text.equals("arg");
        if (!isArg && !t.text.equals("att")) {
            error(t, "unknown predicate '" + t.text + "'; expected 'arg' or 'att'");
            return recover(next());
        }
        Token open = next();
        if (open.kind != Kind.LPAREN) {
            return fail(open, "expected '(' after '" + t.text + "', found " + open.describe());
        }
        Token first = next();
        if (first.kind != Kind.NAME) {
            return fail(first, "expected an argument name, found " + first.describe());
        }
        Token close;
        if (isArg) {
            declare(first);
            close = next();
            if (close.kind != Kind.RPAREN) {
                return fail(close, close.kind == Kind.COMMA
                        ? "arg(...) takes exactly one argument name"
                        : "expected ')' after '" + first.text + "', found " + close.describe());
            }
        } else {
            Token comma = next();
            if (comma.kind != Kind.COMMA) {
                return fail(comma, "expected ',' after attacker '" + first.text + "', found " + comma.describe());
            }
            Token second = next();
            if (second.kind != Kind.NAME) {
                return fail(second, "expected the attacked argument's name, found " + second.describe());
            }
            close = next();
            if (close.kind != Kind.RPAREN) {
                return fail(close, close.kind == Kind.COMMA
                        ? "att(...) takes exactly two argument names"
                        : "expected ')' after '" + second.text + "', found " + close.describe());
            }
            attacks.add(new Name[] {name(first), name(second)});
        }
        Token dot = next();
        if (dot.kind == Kind.DOT) {
            return next();
        }
        // Report a missing period where it belongs, right after the ')'.
        errors.add(new DungParseError(close.line, close.endColumn(), DungParseError.APX_SYNTAX,
                "expected '.' after ')', found " + dot.describe()));
        boolean nextFact = dot.kind == Kind.NAME && (dot.text.equals("arg") || dot.text.equals("att"));
        return nextFact ? dot : recover(dot);
    }

    private void declare(Token t) {
        Name previous = arguments.putIfAbsent(t.text, name(t));
        if (previous != null) {
            errors.add(new DungParseError(t.line, t.column, DungParseError.DUPLICATE_ARGUMENT,
                    "argument '" + t.text + "' is already declared at line " + previous.line
                            + ", column " + previous.column));
        }
    }

    private static Name name(Token t) {
        return new Name(t.text, t.line, t.column);
    }

    private void error(Token t, String message) {
        errors.add(new DungParseError(t.line, t.column, DungParseError.APX_SYNTAX, message));
    }

    private Token fail(Token t, String message) {
        error(t, message);
        return recover(t);
    }

    /** Skips to just after the next '.', or to a line-initial arg/att, or to the end. */
    private Token recover(Token t) {
        while (t.kind != Kind.EOF && !t.startsFact()) {
            if (t.kind == Kind.DOT) {
                return next();
            }
            t = next();
        }
        return t;
    }

    // ---- tokenizer ----

    private Token next() {
        skipSpaceAndComments();
        boolean first = sawNewline;
        sawNewline = false;
        if (pos >= s.length()) {
            return new Token(Kind.EOF, "", line, column, first);
        }
        int startLine = line;
        int startColumn = column;
        char c = s.charAt(pos);
        Kind kind = switch (c) {
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case ',' -> Kind.COMMA;
            case '.' -> Kind.DOT;
            default -> DungNames.isNameChar(c) ? Kind.NAME : Kind.BAD;
        };
        int start = pos;
        if (kind == Kind.NAME) {
            while (pos < s.length() && DungNames.isNameChar(s.charAt(pos))) {
                pos++;
            }
        } else {
            pos++;
        }
        column += pos - start;
        return new Token(kind, s.substring(start, pos), startLine, startColumn, first);
    }

    private void skipSpaceAndComments() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                column = 1;
                sawNewline = true;
            } else if (c == '%') {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    pos++;
                    column++;
                }
            } else if (DungNames.isSpace(c)) {
                pos++;
                column++;
            } else {
                return;
            }
        }
    }
}
