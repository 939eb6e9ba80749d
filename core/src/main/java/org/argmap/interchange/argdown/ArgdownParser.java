package org.argmap.interchange.argdown;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;
import org.argmap.interchange.argdown.ArgdownDocument.Kind;
import org.argmap.interchange.argdown.ArgdownDocument.Member;
import org.argmap.interchange.argdown.ArgdownDocument.RelationType;
import org.argmap.interchange.argdown.ArgdownDocument.Role;

/**
 * A line-oriented parser for Argdown (no recursion: relation trees are read with an explicit stack), written by hand because there is no
 * Java Argdown library; it follows argdown-core's lexer and grammar (chevrotain, TypeScript) for
 * what the Argdown examples and argdown-core's parser tests use:
 * <ul>
 *   <li>front matter between {@code ===} lines (YAML; {@code model: mode: strict} and
 *   {@code model: removeTagsFromText} are honoured), comments ({@code //}, {@code /* * /},
 *   {@code <!-- -->}) and data ({@code {key: value}}, ignored);</li>
 *   <li>blocks separated by empty lines: headings ({@code #}...), statements ({@code [Title]: text},
 *   {@code [Title]}, plain text), arguments ({@code <Title>: text}, {@code <Title>}),
 *   premise-conclusion structures ({@code (1) ...}, inference lines {@code --...--} or
 *   {@code ----}) and indented lists ({@code * item}, {@code 1. item});</li>
 *   <li>indented relation lines under a statement or argument: {@code +} / {@code <+} (the child
 *   supports the parent), {@code -} / {@code <-} (attacks), {@code <_} (undercuts), {@code +>},
 *   {@code ->}, {@code _>} (the parent supports, attacks, undercuts the child) and {@code ><}
 *   (contradictory), nested by indentation;</li>
 *   <li>in text: tags ({@code #tag}, {@code #(two words)}), mentions ({@code @[..]}, {@code @<..>}),
 *   links, bold and italic (markers dropped), backslash escapes.</li>
 * </ul>
 * Syntax errors are diagnostics with file, line and column, all of them; the parser never throws
 * on bad input. Cost: linear in the text (duplicate relations are found through a hash set).
 */
public final class ArgdownParser {
    private static final Pattern RELATION = Pattern.compile("^([ \\t]*)(\\+>|->|<\\+|\\+|<-|-|><|_>|<_)");
    private static final Pattern INFERENCE_START = Pattern.compile("^[ \\t]*--");
    private static final Pattern STATEMENT_NUMBER = Pattern.compile("^[ \\t]*\\(\\d+\\)");
    private static final Pattern LIST_ITEM = Pattern.compile("^([ \\t]+)(\\*|\\d+\\.)(?=\\s|$)");
    private static final Pattern HEADING = Pattern.compile("^[ \\t]*(#+) ");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+?)\\]\\(([^)\\n]+?)\\)");
    private static final Pattern ARG_DEF = Pattern.compile("^<([^\\n]+?)>:");
    // as argdown-core's lexer: a reference's title does not start with a hyphen, so "a <-> b" is text
    private static final Pattern ARG_REF = Pattern.compile("^<([^-\\n][^\\n]*?)>");
    private static final Pattern ST_DEF = Pattern.compile("^\\[([^\\n]+?)\\]:");
    private static final Pattern ST_REF = Pattern.compile("^\\[([^-\\n][^\\n]*?)\\]");
    private static final Pattern TAG = Pattern.compile(
            "#(?:\\(([^)\\n]+)\\)|([a-zA-z0-9\\-\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]+))[ \\t]?");
    private static final Pattern MENTION = Pattern.compile("@\\[[^\\n]+?\\]|@<[^\\n]+?>");
    private static final Pattern STRAY_REF = Pattern.compile("\\[[^-\\n][^\\n]*?\\]|<[^-\\n][^\\n]*?>");
    private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final char ESCAPE_MARK = '\uE000';
    /** The deepest tree of relations accepted (levels below a top-level element); deeper is an error. */
    public static final int MAX_DEPTH = 64;

    private final String file;
    private final List<Diagnostic> out = new ArrayList<>();
    private final Map<String, EcDraft> statements = new LinkedHashMap<>();
    private final Map<String, ArgDraft> arguments = new LinkedHashMap<>();
    private final List<RelDraft> relations = new ArrayList<>();
    private final Set<List<Object>> relationKeys = new java.util.HashSet<>();
    private final List<ArgdownDocument.Section> sections = new ArrayList<>();
    private final Deque<ArgdownDocument.Section> sectionStack = new ArrayDeque<>();
    private Map<String, Object> frontMatter = Map.of();
    private boolean strict;
    private boolean removeTags;
    private int untitled;

    private record Line(int no, String text, int indent) {
    }

    /** A data element ({@code {...}}, YAML) and where it starts. */
    private record Data(String yaml, Location location) {
    }

    /** Data elements by the line they start on (only inferences read theirs: {@code uses}). */
    private final Map<Integer, List<Data>> data = new java.util.HashMap<>();

    /** Rules and used statement numbers of an inference. */
    private record Inference(List<String> rules, List<Integer> uses) {
    }

    private static final class Cursor {
        final List<Line> lines;
        int pos;

        Cursor(List<Line> lines) {
            this.lines = lines;
        }

        Line peek() {
            return pos < lines.size() ? lines.get(pos) : null;
        }

        Line next() {
            return lines.get(pos++);
        }
    }

    private static final class EcDraft {
        final String title;
        final List<ArgdownDocument.Statement> members = new ArrayList<>();
        final Set<String> tags = new LinkedHashSet<>();
        String section;

        EcDraft(String title) {
            this.title = title;
        }
    }

    private static final class ArgDraft {
        final String title;
        final List<ArgdownDocument.Description> descriptions = new ArrayList<>();
        List<ArgdownDocument.PcsStatement> pcs = new ArrayList<>();
        final Set<String> tags = new LinkedHashSet<>();
        String section;
        Location location;

        ArgDraft(String title) {
            this.title = title;
        }
    }

    private static final class RelDraft {
        RelationType type;
        Member from;
        Member to;
        final Location location;

        Map<String, Object> data = Map.of();

        RelDraft(RelationType type, Member from, Member to, Location location) {
            this.type = type;
            this.from = from;
            this.to = to;
            this.location = location;
        }
    }

    private ArgdownParser(String file) {
        this.file = file;
    }

    /**
     * Parses Argdown text.
     *
     * @param file the file as the user named it, for diagnostics
     * @param text the text
     */
    public static ArgdownDocument parse(String file, String text) {
        return new ArgdownParser(file).run(text);
    }

    private Location at(int line, int column) {
        return new Location(file, line, column);
    }

    private void error(String code, String message, Location at, String hint) {
        out.add(Diagnostic.error(code, message, at, hint));
    }

    private ArgdownDocument run(String text) {
        List<Line> lines = clean(text.replace("\r\n", "\n").replace('\r', '\n'));
        // blocks: runs of lines separated by empty lines; lines emptied by comments or data do not separate
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> cur = new ArrayList<>();
        for (Line l : lines) {
            if (l == null) {
                if (!cur.isEmpty()) {
                    blocks.add(cur);
                    cur = new ArrayList<>();
                }
            } else {
                cur.add(l);
            }
        }
        if (!cur.isEmpty()) {
            blocks.add(cur);
        }
        String previousArgument = null;
        for (List<Line> b : blocks) {
            previousArgument = block(new Cursor(b), previousArgument);
        }
        transformArgumentRelations();
        if (strict) {
            transformStatementRelations();
        }
        return build();
    }

    // ---------------------------------------------------------------- cleaning

    /**
     * Blanks out the front matter, comments and data, keeping every other character where it is
     * so that lines and columns stay true. Returns the lines; null stands for an empty line, and
     * lines that only held comments or data are left out (they do not end a block).
     */
    private List<Line> clean(String text) {
        char[] c = text.toCharArray();
        int n = c.length;
        boolean[] touched = new boolean[n + 1];
        int i = 0;
        int k = 0;
        while (k < n && Character.isWhitespace(c[k])) {
            k++;
        }
        if (text.startsWith("===", k)) {
            int j = k;
            while (j < n && c[j] == '=') {
                j++;
            }
            int close = text.indexOf("===", j);
            if (close < 0) {
                error("argdown-unclosed-front-matter", "front matter opened with === is never closed", locate(text, k), "close it with a line ===");
                close = n;
            }
            readFrontMatter(text.substring(j, close), locate(text, k));
            int end = close;
            while (end < n && c[end] == '=') {
                end++;
            }
            blank(c, touched, k, end);
            i = end;
        }
        int lineAt = 1;
        int lineScan = 0;
        while (i < n) {
            char ch = c[i];
            if (text.startsWith("<!--", i) || text.startsWith("/*", i)) {
                String close = ch == '<' ? "-->" : "*/";
                int end = text.indexOf(close, i + 2);
                if (end < 0) {
                    error("argdown-unclosed-comment", "comment is never closed", locate(text, i), "close it with " + close);
                    end = n;
                } else {
                    end += close.length();
                }
                blank(c, touched, i, end);
                i = end;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(c, touched, i, end);
                i = end;
            } else if (ch == '\\') {
                i += 2;
            } else if (ch == '{') {
                int end = closingBrace(text, i);
                if (end > 0) {
                    while (lineScan < i) {
                        if (c[lineScan++] == '\n') {
                            lineAt++;
                        }
                    }
                    data.computeIfAbsent(lineAt, key -> new ArrayList<>()).add(new Data(text.substring(i, end + 1), at(lineAt, i - text.lastIndexOf('\n', i - 1))));
                    blank(c, touched, i, end + 1);
                    i = end + 1;
                } else {
                    i++;
                }
            } else if (ch == '[' || ch == '<' || ch == '#' && i + 1 < n && c[i + 1] == '(') {
                Matcher m = (ch == '[' ? LINK : ch == '<' ? ARG_REF : TAG).matcher(text).region(i, n);
                Matcher r = ST_REF.matcher(text).region(i, n);
                if (m.lookingAt()) {
                    i = m.end();
                } else if (ch == '[' && r.lookingAt()) {
                    i = r.end();
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        String cleaned = new String(c);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int no = 1;
        while (start <= n) {
            int end = cleaned.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String t = cleaned.substring(start, end);
            boolean wasTouched = false;
            for (int j = start; j < end; j++) {
                wasTouched |= touched[j];
            }
            if (!t.isBlank()) {
                int ind = 0;
                while (ind < t.length() && (t.charAt(ind) == ' ' || t.charAt(ind) == '\t')) {
                    ind++;
                }
                lines.add(new Line(no, t.stripTrailing(), ind));
            } else if (!wasTouched) {
                lines.add(null);
            }
            start = end + 1;
            no++;
        }
        return lines;
    }

    private static void blank(char[] c, boolean[] touched, int from, int to) {
        for (int j = from; j < to && j < c.length; j++) {
            if (c[j] != '\n') {
                c[j] = ' ';
                touched[j] = true;
            }
        }
    }

    /** The index of the brace closing the one at {@code open}, skipping quoted strings, or -1. */
    private static int closingBrace(String t, int open) {
        int depth = 0;
        char quote = 0;
        for (int j = open; j < t.length(); j++) {
            char ch = t.charAt(j);
            if (quote != 0) {
                if (ch == '\\') {
                    j++;
                } else if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                // an apostrophe inside a word is no quote
                if (ch == '"' || j == 0 || !Character.isLetter(t.charAt(j - 1))) {
                    quote = ch;
                }
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return -1;
    }

    private Location locate(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int j = 0; j < offset && j < text.length(); j++) {
            if (text.charAt(j) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return at(line, col);
    }

    @SuppressWarnings("unchecked")
    private void readFrontMatter(String yaml, Location where) {
        try {
            Object o = new ObjectMapper(new YAMLFactory()).readValue(yaml.isBlank() ? "{}" : yaml, Object.class);
            if (o instanceof Map<?, ?> m) {
                frontMatter = (Map<String, Object>) m;
                if (m.get("model") instanceof Map<?, ?> model) {
                    strict = "strict".equals(String.valueOf(model.get("mode")));
                    removeTags = Boolean.TRUE.equals(model.get("removeTagsFromText"));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            out.add(Diagnostic.warning("argdown-invalid-front-matter", "front matter is not valid YAML; ignored", where,
                    e.getMessage() == null ? null : e.getMessage().lines().findFirst().orElse(null)));
        }
    }

    // ---------------------------------------------------------------- blocks

    /** Parses one block; returns the title of the argument it defines or references at top level, or null. */
    private String block(Cursor cur, String previousArgument) {
        Line first = cur.peek();
        String argument = null;
        if (RELATION.matcher(first.text()).lookingAt() && !INFERENCE_START.matcher(first.text()).lookingAt()) {
            error("argdown-relation-without-parent", "a relation line must follow its statement or argument without an empty line",
                    at(first.no(), first.indent() + 1), "remove the empty line above, or write the statement or argument it belongs to");
            cur.pos = cur.lines.size();
            return null;
        }
        Matcher h = HEADING.matcher(first.text());
        if (h.lookingAt()) {
            heading(cur, h);
        } else if (STATEMENT_NUMBER.matcher(first.text()).lookingAt()) {
            pcs(cur, previousArgument);
        } else if (LIST_ITEM.matcher(first.text()).lookingAt()) {
            list(cur);
        } else if (INFERENCE_START.matcher(first.text()).lookingAt()) {
            error("argdown-inference-outside-pcs", "an inference line (--) belongs between the numbered statements of an argument",
                    at(first.no(), first.indent() + 1), "number the premises (1), (2), ... above it and the conclusion below it");
            cur.pos = cur.lines.size();
            return null;
        } else {
            Member m = element(cur, cur.next(), first.indent(), Role.TOP_LEVEL);
            relationTree(cur, m, 0, false);
            if (m != null && m.kind() == Kind.ARGUMENT) {
                argument = m.title();
            }
        }
        Line rest = cur.peek();
        if (rest != null) {
            boolean rel = RELATION.matcher(rest.text()).lookingAt();
            error(rel ? "argdown-unindented-relation" : "argdown-expected-empty-line",
                    rel ? "a relation line must be indented deeper than the statement or argument it belongs to"
                            : "expected an empty line before this line",
                    at(rest.no(), rest.indent() + 1), rel ? "indent it, e.g. by two spaces" : "separate statements, arguments and headings by an empty line");
        }
        return argument;
    }

    private void heading(Cursor cur, Matcher h) {
        Line l = cur.next();
        int level = h.group(1).length();
        List<Seg> segs = new ArrayList<>();
        segs.add(new Seg(l.no(), h.end() + 1, l.text().substring(h.end())));
        continuation(cur, segs);
        Text t = text(segs);
        while (!sectionStack.isEmpty() && sectionStack.peek().level() >= level) {
            sectionStack.pop();
        }
        String parent = sectionStack.isEmpty() ? null : sectionStack.peek().id();
        ArgdownDocument.Section s = new ArgdownDocument.Section("s" + (sections.size() + 1), level, t.text, parent,
                at(l.no(), l.indent() + 1));
        sections.add(s);
        sectionStack.push(s);
    }

    private String section() {
        return sectionStack.isEmpty() ? null : sectionStack.peek().id();
    }

    private void list(Cursor cur) {
        int level = cur.peek().indent();
        Line l;
        while ((l = cur.peek()) != null) {
            Matcher m = LIST_ITEM.matcher(l.text());
            if (!m.lookingAt() || l.indent() < level) {
                break;
            }
            cur.next();
            relationTree(cur, element(cur, l, m.end(), Role.LIST_ITEM), level, false);
        }
    }

    private void pcs(Cursor cur, String previousArgument) {
        Line first = cur.peek();
        ArgDraft arg;
        if (previousArgument != null) {
            arg = arguments.get(previousArgument);
        } else {
            arg = argument("Untitled " + (++untitled));
            arg.location = at(first.no(), first.indent() + 1);
        }
        if (arg.section == null) {
            arg.section = section();
        }
        if (!arg.pcs.isEmpty()) {
            out.add(Diagnostic.warning("argdown-duplicate-pcs", "argument <" + arg.title + "> is reconstructed twice; the later one counts",
                    at(first.no(), first.indent() + 1), null));
        }
        List<ArgdownDocument.PcsStatement> pcs = new ArrayList<>();
        Inference rules = null;
        Line l;
        while ((l = cur.peek()) != null) {
            Matcher num = STATEMENT_NUMBER.matcher(l.text());
            if (num.lookingAt()) {
                cur.next();
                Member m = element(cur, l, num.end(), rules == null ? Role.PREMISE : Role.CONCLUSION);
                relationTree(cur, m, 0, false);
                if (m != null) {
                    pcs.add(new ArgdownDocument.PcsStatement(m.title(), rules != null, rules == null ? List.of() : rules.rules(),
                            rules == null ? List.of() : rules.uses(),
                            at(l.no(), l.indent() + 1)));
                }
                rules = null;
            } else if (INFERENCE_START.matcher(l.text()).lookingAt()) {
                if (rules != null || pcs.isEmpty()) {
                    error("argdown-misplaced-inference", "an inference line must follow a numbered premise",
                            at(l.no(), l.indent() + 1), null);
                }
                rules = inference(cur, arg.title);
            } else {
                break;
            }
        }
        if (rules != null || pcs.isEmpty() || !pcs.get(pcs.size() - 1).conclusion()) {
            error("argdown-pcs-without-conclusion", "argument reconstruction <" + arg.title
                    + "> must end with an inference line (----) and a numbered conclusion", at(first.no(), first.indent() + 1), null);
        }
        if (!pcs.isEmpty()) {
            arg.pcs = pcs;
        }
    }

    /** Parses {@code --rules--} (over one or more lines) and its undercut relations; returns the rules. */
    private Inference inference(Cursor cur, String argumentTitle) {
        Line l = cur.next();
        int start = l.text().indexOf("--") + 2;
        StringBuilder rules = new StringBuilder();
        String rest = l.text().substring(start);
        Line line = l;
        while (true) {
            int end = rest.indexOf("--");
            if (end >= 0) {
                rules.append(rest, 0, end);
                break;
            }
            rules.append(rest).append(' ');
            Line next = cur.peek();
            if (next == null || STATEMENT_NUMBER.matcher(next.text()).lookingAt()) {
                error("argdown-unclosed-inference", "inference line is never closed with --", at(line.no(), line.indent() + 1),
                        "write ---- alone, or -- rule -- on one line");
                break;
            }
            line = cur.next();
            rest = line.text();
        }
        List<String> names = new ArrayList<>();
        for (String r : rules.toString().split(",")) {
            if (!r.isBlank()) {
                names.add(r.strip());
            }
        }
        List<Integer> uses = new ArrayList<>();
        for (int no = l.no(); no <= line.no(); no++) {
            for (Data d : data.getOrDefault(no, List.of())) {
                uses.addAll(uses(d));
            }
        }
        relationTree(cur, new Member(Kind.INFERENCE, argumentTitle), 0, true);
        return new Inference(names, List.copyOf(uses));
    }

    /**
     * The statement numbers in an inference's {@code uses} key. The Argdown CLI stops with an
     * exception on data that is not valid YAML; here it is a warning and the data is ignored.
     */
    private List<Integer> uses(Data d) {
        Object o;
        try {
            o = new ObjectMapper(new YAMLFactory()).readValue(d.yaml(), Object.class);
        } catch (java.io.IOException | RuntimeException e) {
            out.add(Diagnostic.warning("argdown-invalid-data", "inference data is not valid YAML; ignored", d.location(),
                    e.getMessage() == null ? null : e.getMessage().lines().findFirst().orElse(null)));
            return List.of();
        }
        List<Integer> res = new ArrayList<>();
        if (o instanceof Map<?, ?> m && m.get("uses") instanceof List<?> list) {
            for (Object x : list) {
                if (x instanceof Number num) {
                    res.add(num.intValue());
                } else {
                    out.add(Diagnostic.warning("argdown-invalid-data", "'uses' lists statement numbers; '" + x + "' is ignored",
                            d.location(), null));
                }
            }
        }
        return res;
    }

    // ---------------------------------------------------------------- elements and relations

    private record Seg(int line, int column, String text) {
    }

    /**
     * Parses a statement or argument that starts at {@code col} of {@code l} (with its continuation
     * lines, not its relations) and records it; returns what it is.
     */
    private Member element(Cursor cur, Line l, int col, Role role) {
        String s = l.text().substring(Math.min(col, l.text().length()));
        int lead = s.length() - s.stripLeading().length();
        s = s.stripLeading();
        int c0 = col + lead;
        Location where = at(l.no(), c0 + 1);
        Member member;
        Matcher m;
        if ((m = ARG_DEF.matcher(s)).lookingAt()) {
            Text t = content(cur, l, c0 + m.end(), s.substring(m.end()), where, true);
            member = argumentOccurrence(m.group(1).strip(), t, false, where);
        } else if ((m = ARG_REF.matcher(s)).lookingAt()) {
            Text t = referenceTags(cur, l, c0 + m.end(), s.substring(m.end()));
            member = argumentOccurrence(m.group(1).strip(), t, true, where);
        } else if (!LINK.matcher(s).lookingAt() && (m = ST_DEF.matcher(s)).lookingAt()) {
            Text t = content(cur, l, c0 + m.end(), s.substring(m.end()), where, true);
            member = statementOccurrence(m.group(1).strip(), t, role, false, where);
        } else if (!LINK.matcher(s).lookingAt() && (m = ST_REF.matcher(s)).lookingAt()) {
            Text t = referenceTags(cur, l, c0 + m.end(), s.substring(m.end()));
            member = statementOccurrence(m.group(1).strip(), t, role, true, where);
        } else {
            Text t = content(cur, l, c0, s, where, false);
            member = statementOccurrence("Untitled " + (++untitled), t, role, false, where);
        }
        return member;
    }

    private Member statementOccurrence(String title, Text t, Role role, boolean reference, Location where) {
        EcDraft ec = statements.computeIfAbsent(title, EcDraft::new);
        String sec = section();
        ec.members.add(new ArgdownDocument.Statement(title, t.text, t.tags, role, reference, sec, where));
        ec.tags.addAll(t.tags);
        if (!reference && ec.section == null) {
            ec.section = sec;
        }
        return new Member(Kind.STATEMENT, title);
    }

    private ArgDraft argument(String title) {
        return arguments.computeIfAbsent(title, ArgDraft::new);
    }

    private Member argumentOccurrence(String title, Text t, boolean reference, Location where) {
        ArgDraft a = argument(title);
        String sec = section();
        a.descriptions.add(new ArgdownDocument.Description(t.text, t.tags, reference, sec, where));
        a.tags.addAll(t.tags);
        if (a.location == null || !reference && a.descriptions.stream().filter(d -> !d.reference()).count() == 1) {
            a.location = where;
        }
        if (!reference && a.section == null) {
            a.section = sec;
        }
        return new Member(Kind.ARGUMENT, title);
    }

    /** The text of a definition or plain statement: the rest of the line and the lines that continue it. */
    private Text content(Cursor cur, Line l, int col, String rest, Location where, boolean definition) {
        List<Seg> segs = new ArrayList<>();
        segs.add(new Seg(l.no(), col + 1 + (rest.length() - rest.stripLeading().length()), rest.strip()));
        continuation(cur, segs);
        Text t = text(segs);
        if (t.text.isBlank() && (definition || t.tags.isEmpty())) {
            error("argdown-empty-statement", definition ? "a definition needs text after the colon" : "empty statement", where,
                    definition ? "write the text after ':', or drop the ':' to refer to the title" : null);
        }
        return t;
    }

    /** After {@code [Title]} or {@code <Title>} only tags may follow. */
    private Text referenceTags(Cursor cur, Line l, int col, String rest) {
        List<Seg> segs = new ArrayList<>();
        segs.add(new Seg(l.no(), col + 1, rest));
        Text t = text(segs);
        if (!t.text.isBlank()) {
            error("argdown-text-after-reference", "only tags may follow a reference on its line", at(l.no(), col + 1),
                    "to define the text write [Title]: text (or <Title>: text)");
        }
        Line next = cur.peek();
        if (next != null && !structural(next)) {
            error("argdown-text-after-reference", "text cannot continue a reference", at(next.no(), next.indent() + 1),
                    "to define the text write [Title]: text (or <Title>: text)");
            while ((next = cur.peek()) != null && !structural(next)) {
                cur.next();
            }
        }
        return t;
    }

    private void continuation(Cursor cur, List<Seg> segs) {
        Line n;
        while ((n = cur.peek()) != null && !structural(n)) {
            cur.next();
            segs.add(new Seg(n.no(), n.indent() + 1, n.text().strip()));
        }
    }

    private static boolean structural(Line l) {
        String t = l.text();
        return RELATION.matcher(t).lookingAt() || INFERENCE_START.matcher(t).lookingAt()
                || STATEMENT_NUMBER.matcher(t).lookingAt() || LIST_ITEM.matcher(t).lookingAt();
    }

    /** A relation member whose children are being read; {@code pending} is the relation to its parent. */
    private static final class Frame {
        final Member member;
        final int floor;
        final boolean undercutsOnly;
        final String symbol;
        final Member parent;
        final Location where;
        int level = -1;

        Frame(Member member, int floor, boolean undercutsOnly, String symbol, Member parent, Location where) {
            this.member = member;
            this.floor = floor;
            this.undercutsOnly = undercutsOnly;
            this.symbol = symbol;
            this.parent = parent;
            this.where = where;
        }
    }

    /**
     * Parses the tree of relation lines under {@code root}: the first must be indented deeper than
     * {@code floor}, its siblings as deep as it, and each child's own children deeper still. Works
     * with an explicit stack, so that no input can exhaust the call stack; trees deeper than
     * {@link #MAX_DEPTH} levels are an error ({@code argdown-too-deep}) and their deeper lines are
     * skipped. Relations are recorded when their child's subtree is complete (post-order), as
     * argdown-core lists them.
     */
    private void relationTree(Cursor cur, Member root, int floor, boolean undercutsOnly) {
        Deque<Frame> frames = new ArrayDeque<>();
        frames.push(new Frame(root, floor, undercutsOnly, null, null, null));
        while (!frames.isEmpty()) {
            Frame f = frames.peek();
            Line l = cur.peek();
            Matcher m = l == null ? null : RELATION.matcher(l.text());
            boolean fits = m != null && !INFERENCE_START.matcher(l.text()).lookingAt() && m.lookingAt()
                    && (f.level < 0 ? l.indent() > f.floor : l.indent() >= f.level);
            if (!fits) {
                frames.pop();
                if (f.symbol != null && f.member != null) {
                    lineData = lineData(f.where.line());
                    relation(f.symbol, f.parent, f.member, f.where);
                    lineData = Map.of();
                }
                continue;
            }
            if (f.level < 0) {
                f.level = l.indent();
            }
            cur.next();
            String symbol = m.group(2);
            Location where = at(l.no(), l.indent() + 1);
            if (frames.size() > MAX_DEPTH) {
                error("argdown-too-deep", "relations nest deeper than " + MAX_DEPTH + " levels", where,
                        "flatten the tree: continue it in a new block that starts with a reference to this line's parent");
                Line n;
                while ((n = cur.peek()) != null && n.indent() >= l.indent() && !INFERENCE_START.matcher(n.text()).lookingAt()) {
                    cur.next();
                }
                continue;
            }
            if (f.undercutsOnly && !symbol.equals("<_")) {
                error("argdown-inference-relation", "only undercuts (<_) can be attached to an inference", where, null);
            }
            Member child = element(cur, l, m.end(), Role.RELATION);
            frames.push(new Frame(child, f.level, false, symbol, f.member, where));
        }
    }

    private void relation(String symbol, Member parent, Member child, Location where) {
        switch (symbol) {
            case "+>" -> add(RelationType.SUPPORT, parent, child, where);
            case "->" -> add(RelationType.ATTACK, parent, child, where);
            case "+", "<+" -> add(RelationType.SUPPORT, child, parent, where);
            case "-", "<-" -> add(RelationType.ATTACK, child, parent, where);
            case "<_" -> add(RelationType.UNDERCUT, child, parent, where);
            case "_>" -> {
                if (child.kind() != Kind.ARGUMENT) {
                    error("argdown-undercut-needs-argument", "an undercut (_>) attacks an argument's inference: write <Title> after _>",
                            where, null);
                    return;
                }
                add(RelationType.UNDERCUT, parent, child, where);
            }
            default -> {
                if (child.kind() != Kind.STATEMENT) {
                    error("argdown-contradiction-needs-statement", "a contradiction (><) relates two statements: write [Title] after ><",
                            where, null);
                    return;
                }
                add(RelationType.CONTRADICTORY, parent, child, where);
            }
        }
    }

    private void add(RelationType type, Member from, Member to, Location where) {
        if (relationKeys.contains(key(type, to, from)) && type == RelationType.CONTRADICTORY || !relationKeys.add(key(type, from, to))) {
            return;
        }
        RelDraft r = new RelDraft(type, from, to, where);
        r.data = lineData;
        relations.add(r);
    }

    /** The data of the relation line being recorded (empty when none). */
    private Map<String, Object> lineData = Map.of();

    /** The YAML data elements on a line, merged; invalid data is left to other readers (empty here). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> lineData(int line) {
        List<Data> ds = data.get(line);
        if (ds == null) {
            return Map.of();
        }
        Map<String, Object> res = new LinkedHashMap<>();
        for (Data d : ds) {
            try {
                Object o = new ObjectMapper(new YAMLFactory()).readValue(d.yaml(), Object.class);
                if (o instanceof Map<?, ?> m) {
                    res.putAll((Map<String, Object>) m);
                }
            } catch (java.io.IOException | RuntimeException e) {
                // data of elements is not read otherwise; an invalid one names no relation
            }
        }
        return res;
    }

    private static List<Object> key(RelationType type, Member from, Member to) {
        return List.of(type, from, to);
    }

    // ---------------------------------------------------------------- text

    private record Text(String text, List<String> tags) {
    }

    /** Joins the segments into one line of text: escapes resolved, links to their text, bold and italic markers dropped, tags collected. */
    private Text text(List<Seg> segs) {
        List<String> tags = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Seg seg : segs) {
            String raw = seg.text();
            StringBuilder sb = new StringBuilder();
            List<Character> escaped = new ArrayList<>();
            for (int i = 0; i < raw.length(); i++) {
                char ch = raw.charAt(i);
                if (ch == '\\' && i + 1 < raw.length()) {
                    escaped.add(raw.charAt(++i));
                    sb.append(ESCAPE_MARK);
                } else {
                    sb.append(ch);
                }
            }
            String t = sb.toString();
            t = LINK.matcher(t).replaceAll(mr -> Matcher.quoteReplacement(mr.group(1)));
            Matcher tm = TAG.matcher(t);
            StringBuilder noTags = new StringBuilder();
            while (tm.find()) {
                String tag = tm.group(1) != null ? tm.group(1) : tm.group(2);
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
                tm.appendReplacement(noTags, Matcher.quoteReplacement(removeTags ? "" : tm.group()));
            }
            tm.appendTail(noTags);
            t = noTags.toString();
            String withoutMentions = MENTION.matcher(t).replaceAll(mr -> " ".repeat(mr.group().length()));
            Matcher stray = STRAY_REF.matcher(withoutMentions);
            if (stray.find()) {
                error("argdown-reference-in-text", "'" + stray.group() + "' inside text: references start a statement or argument",
                        at(seg.line(), seg.column() + offsetInRaw(raw, stray.start())),
                        "write @" + stray.group() + " to mention it, or escape the bracket with a backslash");
            }
            t = BOLD.matcher(t).replaceAll(mr -> Matcher.quoteReplacement(mr.group(2)));
            t = ITALIC.matcher(t).replaceAll(mr -> Matcher.quoteReplacement(mr.group(2)));
            StringBuilder restored = new StringBuilder();
            int e = 0;
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                restored.append(ch == ESCAPE_MARK && e < escaped.size() ? escaped.get(e++) : ch);
            }
            if (!all.isEmpty()) {
                all.append(' ');
            }
            all.append(restored);
        }
        return new Text(all.toString().replaceAll("\\s+", " ").strip(), tags);
    }

    /** Maps an offset in the escaped text back to the raw text (each escape took two characters). */
    private static int offsetInRaw(String raw, int offset) {
        int o = 0;
        for (int i = 0; i < raw.length() && o < offset; i++, o++) {
            if (raw.charAt(i) == '\\') {
                i++;
            }
            if (o + 1 == offset) {
                return i + 1;
            }
        }
        return offset;
    }

    // ---------------------------------------------------------------- model transformations

    /** As argdown-core: relations from a reconstructed argument start at its main conclusion; undercuts of it target its last inference. */
    private void transformArgumentRelations() {
        List<RelDraft> res = new ArrayList<>();
        Set<List<Object>> keys = new java.util.HashSet<>();
        for (RelDraft r : relations) {
            boolean moved = false;
            if (r.from.kind() == Kind.ARGUMENT && reconstructed(r.from.title())) {
                List<ArgdownDocument.PcsStatement> pcs = arguments.get(r.from.title()).pcs;
                r.from = new Member(Kind.STATEMENT, pcs.get(pcs.size() - 1).title());
                moved = true;
            }
            if (r.to.kind() == Kind.ARGUMENT && r.type == RelationType.UNDERCUT && reconstructed(r.to.title())) {
                r.to = new Member(Kind.INFERENCE, r.to.title());
            }
            // argdown-core drops a relation that the move turned into one from a conclusion to itself;
            // an argument that attacks itself as written keeps that attack (as in the Argdown CLI's JSON)
            if (!(moved && r.from.equals(r.to)) && keys.add(key(r.type, r.from, r.to))) {
                res.add(r);
            }
        }
        relations.clear();
        relations.addAll(res);
    }

    private boolean reconstructed(String title) {
        ArgDraft a = arguments.get(title);
        return a != null && !a.pcs.isEmpty();
    }

    /** Strict mode: statement-to-statement supports are entailments, attacks contraries (merged when written both ways). */
    private void transformStatementRelations() {
        List<RelDraft> res = new ArrayList<>();
        for (RelDraft r : relations) {
            if (r.from.kind() == Kind.STATEMENT && r.to.kind() == Kind.STATEMENT) {
                if (r.type == RelationType.SUPPORT) {
                    r.type = RelationType.ENTAILS;
                } else if (r.type == RelationType.ATTACK) {
                    boolean exists = res.stream().anyMatch(x -> x.type == RelationType.CONTRARY
                            && (x.from.equals(r.from) && x.to.equals(r.to) || x.from.equals(r.to) && x.to.equals(r.from)));
                    if (exists) {
                        continue;
                    }
                    r.type = RelationType.CONTRARY;
                }
            }
            res.add(r);
        }
        relations.clear();
        relations.addAll(res);
    }

    private ArgdownDocument build() {
        Map<String, ArgdownDocument.EquivalenceClass> st = new LinkedHashMap<>();
        for (EcDraft e : statements.values()) {
            st.put(e.title, new ArgdownDocument.EquivalenceClass(e.title, List.copyOf(e.members), List.copyOf(e.tags), e.section));
        }
        Map<String, ArgdownDocument.Argument> args = new LinkedHashMap<>();
        for (ArgDraft a : arguments.values()) {
            args.put(a.title, new ArgdownDocument.Argument(a.title, List.copyOf(a.descriptions), List.copyOf(a.pcs),
                    List.copyOf(a.tags), a.section, a.location == null ? at(1, 1) : a.location));
        }
        List<ArgdownDocument.Relation> rels = relations.stream()
                .map(r -> new ArgdownDocument.Relation(r.type, r.from, r.to, r.location, r.data)).toList();
        List<Diagnostic> ds = new ArrayList<>(out);
        ds.sort(Diagnostic.ORDER);
        return new ArgdownDocument(java.util.Collections.unmodifiableMap(st), java.util.Collections.unmodifiableMap(args),
                rels, List.copyOf(sections), frontMatter, ds);
    }
}
