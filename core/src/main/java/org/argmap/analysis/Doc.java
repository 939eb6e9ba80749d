package org.argmap.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny document model, so that one walk over a report gives both plain text and Markdown:
 * headings, paragraphs, list items, quotes and tables. Plain text wraps at {@link #WIDTH} columns.
 */
final class Doc {

    static final int WIDTH = 100;

    private sealed interface Block permits Heading, Para, Item, QuoteBlock, Table {
    }

    private record Heading(int level, String text) implements Block {
    }

    private record Para(String text) implements Block {
    }

    private record Item(int depth, String text) implements Block {
    }

    private record QuoteBlock(int depth, String text) implements Block {
    }

    private record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    Doc heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    Doc para(String text) {
        blocks.add(new Para(text));
        return this;
    }

    Doc item(int depth, String text) {
        blocks.add(new Item(depth, text));
        return this;
    }

    Doc quote(int depth, String text) {
        blocks.add(new QuoteBlock(depth, text));
        return this;
    }

    Doc table(List<String> header, List<List<String>> rows) {
        blocks.add(new Table(List.copyOf(header), rows.stream().map(List::copyOf).toList()));
        return this;
    }

    /** Plain text: headings underlined, items with "- ", quotes with "> ", lines wrapped. */
    String text() {
        StringBuilder b = new StringBuilder();
        Block prev = null;
        for (Block x : blocks) {
            if (prev != null && (x instanceof Heading || x instanceof Para || x instanceof Table
                    || (x instanceof Item i && i.depth == 0 && !(prev instanceof Item p && p.depth == 0)))) {
                b.append('\n');
            }
            if (x instanceof Heading h) {
                b.append(h.text).append('\n');
                if (h.level < 3) {
                    b.append((h.level == 1 ? "=" : "-").repeat(h.text.length())).append('\n');
                }
            } else if (x instanceof Para p) {
                wrap(b, p.text, "", "");
            } else if (x instanceof Item i) {
                wrap(b, i.text, "  ".repeat(i.depth) + "- ", "  ".repeat(i.depth) + "  ");
            } else if (x instanceof QuoteBlock q) {
                wrap(b, q.text, "  ".repeat(q.depth) + "  > ", "  ".repeat(q.depth) + "    ");
            } else if (x instanceof Table t) {
                textTable(b, t);
            }
            prev = x;
        }
        return b.toString();
    }

    /** GitHub-flavoured Markdown. */
    String markdown() {
        StringBuilder b = new StringBuilder();
        Block prev = null;
        for (Block x : blocks) {
            boolean listy = x instanceof Item || x instanceof QuoteBlock;
            boolean prevListy = prev instanceof Item || prev instanceof QuoteBlock;
            if (prev != null && !(listy && prevListy)) {
                b.append('\n');
            }
            if (x instanceof Heading h) {
                b.append("#".repeat(h.level)).append(' ').append(h.text).append('\n');
            } else if (x instanceof Para p) {
                b.append(p.text).append('\n');
            } else if (x instanceof Item i) {
                b.append("  ".repeat(i.depth)).append("- ").append(i.text).append('\n');
            } else if (x instanceof QuoteBlock q) {
                if (prev instanceof QuoteBlock p && p.depth == q.depth) {
                    // a bare '>' line keeps consecutive quotes apart (GFM would join them into one paragraph)
                    b.append("  ".repeat(q.depth)).append("  >\n");
                }
                b.append("  ".repeat(q.depth)).append("  > ").append(q.text).append('\n');
            } else if (x instanceof Table t) {
                b.append("| ").append(String.join(" | ", t.header.stream().map(Doc::cell).toList())).append(" |\n");
                b.append("|").append(" --- |".repeat(t.header.size())).append('\n');
                for (List<String> r : t.rows) {
                    b.append("| ").append(String.join(" | ", r.stream().map(Doc::cell).toList())).append(" |\n");
                }
            }
            prev = x;
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    private static void textTable(StringBuilder b, Table t) {
        int[] w = new int[t.header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = t.header.get(i).length();
            for (List<String> r : t.rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        row(b, t.header, w);
        List<String> rule = new ArrayList<>();
        for (int x : w) {
            rule.add("-".repeat(x));
        }
        row(b, rule, w);
        t.rows.forEach(r -> row(b, r, w));
    }

    private static void row(StringBuilder b, List<String> cells, int[] w) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : "  ");
            String c = cells.get(i);
            line.append(c).append(" ".repeat(i == cells.size() - 1 ? 0 : w[i] - c.length()));
        }
        b.append(line.toString().stripTrailing()).append('\n');
    }

    /** Wraps at word boundaries; a single word longer than the line is left whole. */
    private static void wrap(StringBuilder b, String text, String first, String rest) {
        String prefix = first;
        StringBuilder line = new StringBuilder(prefix);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                b.append(line).append('\n');
                prefix = rest;
                line = new StringBuilder(prefix);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        b.append(line).append('\n');
    }
}
