package org.argmap.render.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic argument map of {@code n} claims, the same graph written three ways: an Argmap
 * corpus ({@code bench.yaml} + {@code bench.txt}), an Argdown file ({@code bench.argdown}) and a
 * Graphviz file ({@code bench.dot}, boxes with the same wrapped text, edges bottom to top). Claim
 * texts are 8–30 words; with quotes, each claim has one quote (its own text, which
 * {@code bench.txt} then holds), as a map imported from Argdown has. Seeded: the same {@code n}
 * and shape give the same files. The shapes ({@link Shape}):
 * <ul>
 *   <li>{@code argmap}: argument-map shaped: theses (one per 40 claims) at the roots, every other
 *       claim supports (4 in 5) or attacks one of the 30 claims before it, plus one extra cross
 *       link per two claims to one of the 40 before it (argument threads are local): about 1.5
 *       edges per claim, acyclic;</li>
 *   <li>{@code dag}: a random DAG: every claim but the first supports one claim before it, chosen
 *       uniformly, and every second claim one more (long edges across many layers);</li>
 *   <li>{@code tree}: a balanced tree, each claim with three reasons;</li>
 *   <li>{@code fan}: wide fans: one thesis, ten claims supporting it, each with a fan of reasons
 *       (a layer of 99% of the claims);</li>
 *   <li>{@code chain}: a long chain, each claim supporting the one before (as many layers as claims).</li>
 * </ul>
 *
 * <p>Usage: {@code java -cp argmap.jar org.argmap.render.bench.SyntheticMap N DIR [SHAPE] [quotes]}
 */
public final class SyntheticMap {
    private static final String[] WORDS = ("the bureaucracy state workers revolution party soviet power class "
            + "councils property planning democracy regime capitalism socialism opposition congress economy "
            + "industry peasants terror exile prison program international leadership masses struggle crisis "
            + "nationalised defended betrayed restored crushed argued claimed proved showed denied affirmed "
            + "because therefore however although since unless whereas thus yet still only never always").split(" ");

    /** One claim of the synthetic map. */
    public record Claim(String id, String kind, String text) {
    }

    /** One relation: {@code from} supports or attacks {@code to}. */
    public record Link(String from, String to, boolean attack) {
    }

    /** The graph's shape (see the class comment). */
    public enum Shape { ARGMAP, DAG, TREE, FAN, CHAIN;

        /** The shape of a lowercase word. */
        public static Shape parse(String word) {
            return valueOf(word.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private final List<Claim> claims = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final boolean quotes;

    /** Generates the argument-map-shaped map of {@code n} claims, without quotes. */
    public SyntheticMap(int n) {
        this(n, Shape.ARGMAP, false);
    }

    /** Generates a map of {@code n} claims of the given shape, with a quote per claim or none. */
    public SyntheticMap(int n, Shape shape, boolean quotes) {
        this.quotes = quotes;
        if (shape == Shape.ARGMAP) {
            argmapShaped(n);
            return;
        }
        Random rnd = new Random(42);
        for (int i = 0; i < n; i++) {
            claims.add(new Claim("c" + i, i == 0 ? "thesis" : "premise", text(rnd)));
        }
        for (int i = 1; i < n; i++) {
            switch (shape) {
                case DAG -> {
                    int a = rnd.nextInt(i);
                    links.add(new Link("c" + i, "c" + a, rnd.nextInt(5) == 0));
                    if (i % 2 == 0 && i > 1) {
                        int b = rnd.nextInt(i);
                        if (b != a) {
                            links.add(new Link("c" + i, "c" + b, rnd.nextInt(5) == 0));
                        }
                    }
                }
                case TREE -> links.add(new Link("c" + i, "c" + (i - 1) / 3, rnd.nextInt(5) == 0));
                case FAN -> links.add(new Link("c" + i, "c" + (i <= 10 ? 0 : 1 + (i - 11) % 10), rnd.nextInt(5) == 0));
                case CHAIN -> links.add(new Link("c" + i, "c" + (i - 1), false));
                default -> throw new IllegalStateException();
            }
        }
    }

    private static String text(Random rnd) {
        int words = 8 + rnd.nextInt(23);
        StringBuilder t = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[rnd.nextInt(WORDS.length)];
            t.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return t + ".";
    }

    private void argmapShaped(int n) {
        Random rnd = new Random(42);
        int roots = Math.max(1, n / 40);
        String[] kinds = {"premise", "premise", "fact", "interpretation", "objection", "rebuttal"};
        for (int i = 0; i < n; i++) {
            String kind = i < roots ? "thesis" : kinds[rnd.nextInt(kinds.length)];
            int words = 8 + rnd.nextInt(23);
            StringBuilder t = new StringBuilder();
            for (int w = 0; w < words; w++) {
                String word = WORDS[rnd.nextInt(WORDS.length)];
                t.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            claims.add(new Claim("c" + i, kind, t + "."));
            if (i >= roots) {
                // a parent among the recent claims, so that trees grow deep as well as wide
                int parent = Math.max(0, i - 1 - rnd.nextInt(Math.min(i, 30)));
                links.add(new Link("c" + i, "c" + parent, rnd.nextInt(5) == 0));
            }
        }
        for (int i = roots + 1; i < n; i += 2) {
            // cross links stay within a thread of argument, as in real maps: a claim among the 40 before
            int target = Math.max(0, i - 2 - rnd.nextInt(Math.min(i - 1, 40)));
            Link l = new Link("c" + i, "c" + target, rnd.nextInt(5) == 0);
            if (!links.contains(l) && links.stream().noneMatch(x -> x.from().equals(l.from()) && x.to().equals(l.to()))) {
                links.add(l);
            }
        }
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<Link> links() {
        return links;
    }

    /** The Argmap corpus: a source map and its text. */
    public String yaml() {
        StringBuilder y = new StringBuilder();
        y.append("source:\n  id: bench\n  title: A synthetic map of ").append(claims.size()).append(" claims\n")
                .append("  authors: [Bench]\n  outlet: Generated\n  date: 2026\n  language: en\n  text: bench.txt\n");
        y.append("claims:\n");
        for (Claim c : claims) {
            y.append("  - id: ").append(c.id()).append("\n    kind: ").append(c.kind()).append("\n    text: ")
                    .append(c.text()).append('\n');
            if (quotes) {
                y.append("    evidence:\n      - quote: \"").append(c.text()).append("\"\n");
            }
        }
        y.append("relations:\n");
        for (Link l : links) {
            y.append("  - from: ").append(l.from()).append("\n    to: ").append(l.to()).append("\n    type: ")
                    .append(l.attack() ? "attacks" : "supports").append('\n');
        }
        return y.toString();
    }

    /** The same map in Argdown: each statement defined once, then each relation from its target. */
    public String argdown() {
        StringBuilder a = new StringBuilder("===\ntitle: synthetic map\n===\n\n");
        for (Claim c : claims) {
            a.append('[').append(c.id()).append("]: ").append(c.text()).append("\n\n");
        }
        for (Link l : links) {
            a.append('[').append(l.to()).append("]\n  ").append(l.attack() ? "- " : "+ ").append('[')
                    .append(l.from()).append("]\n\n");
        }
        return a.toString();
    }

    /** The same map in Graphviz dot: boxes of text wrapped near 40 characters, edges bottom to top. */
    public String dot() {
        StringBuilder d = new StringBuilder("digraph bench {\n  rankdir=BT;\n  node [shape=box, style=rounded, "
                + "fontname=\"DejaVu Sans\", fontsize=11];\n");
        for (Claim c : claims) {
            d.append("  ").append(c.id()).append(" [label=\"").append(c.kind().toUpperCase()).append("\\n")
                    .append(wrap(c.text(), 40)).append("\"];\n");
        }
        for (Link l : links) {
            d.append("  ").append(l.from()).append(" -> ").append(l.to())
                    .append(l.attack() ? " [color=red, style=dashed];\n" : " [color=darkgreen];\n");
        }
        return d.append("}\n").toString();
    }

    private static String wrap(String s, int width) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String w : s.split(" ")) {
            if (col > 0 && col + 1 + w.length() > width) {
                out.append("\\n");
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(w);
            col += w.length();
        }
        return out.toString();
    }

    /** Writes bench.yaml, bench.txt, bench.argdown and bench.dot into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("bench.yaml"), yaml(), StandardCharsets.UTF_8);
        StringBuilder txt = new StringBuilder("A synthetic text.\n");
        if (quotes) {
            claims.forEach(c -> txt.append('\n').append(c.text()).append('\n'));
        }
        Files.writeString(dir.resolve("bench.txt"), txt, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bench.argdown"), argdown(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bench.dot"), dot(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: SyntheticMap N DIR [argmap|dag|tree|fan|chain] [quotes]");
            System.exit(2);
        }
        SyntheticMap m = new SyntheticMap(Integer.parseInt(args[0]), args.length > 2 ? Shape.parse(args[2]) : Shape.ARGMAP,
                args.length > 3 && args[3].equals("quotes"));
        m.write(Path.of(args[1]));
        System.out.println(m.claims().size() + " claims, " + m.links().size() + " relations written to " + args[1]);
    }
}
