package org.argmap.interchange.argdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.argmap.model.Stance;

/**
 * Writes a corpus as Argdown that the Argdown command line (argdown-core 1.x) parses without
 * errors and reads as meant, in strict mode, and that {@link ArgdownImporter} reads back as the
 * same claims, propositions, relations and ids (conventions marked by the front matter key
 * {@value #MARKER}; docs/interchange.md lists them).
 *
 * <ul>
 *   <li>Each source is a top-level section ({@code # title}) with a comment giving its id,
 *   authors and date, then its claims titled {@code source-id/claim-id}: arguments
 *   {@code <...>: text} when they support, attack or undercut outside a reconstruction, attack
 *   themselves or came from an Argdown argument; statements {@code [...]: text #tag} otherwise.</li>
 *   <li>A claim that stands for a reconstructed Argdown argument is written with its
 *   premise-conclusion structure, every inference step ({@code uses} where a step does not use
 *   the default statements).</li>
 *   <li>Propositions follow in a section {@code # Propositions}; relations in {@code # Relations},
 *   other linked groups as reconstructed arguments, each relation line with its id as data.</li>
 * </ul>
 * Text is written on one line with Argdown's special characters escaped by a backslash.
 * Deterministic: corpus order throughout. Cost: linear in the corpus.
 */
public final class ArgdownExporter {
    private static final Pattern GROUP = Pattern.compile("(.+)\\.(\\d+)");
    private static final Pattern PLAIN_TAG = Pattern.compile("[a-zA-Z0-9\\-\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]+");
    private static final String SPECIAL = "\\[]<>#*_@{}/=";

    private ArgdownExporter() {
    }

    /** Escapes Argdown's special characters and puts the text on one line. */
    static String escape(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        StringBuilder sb = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String tag(String t) {
        String s = t.replaceAll("\\s+", " ").strip();
        return PLAIN_TAG.matcher(s).matches() ? "#" + s : "#(" + s.replace(")", "") + ")";
    }

    /** A title between brackets: our ids are slugs, so only brackets and line breaks need guarding. */
    private static String title(String id) {
        return id.replaceAll("[\\[\\]<>\\s]", "-");
    }

    /** The front matter key that marks argmap's export conventions (read back by {@link ArgdownImporter}). */
    public static final String MARKER = "argmap";

    /** How the export writes a claim. */
    private static final class Plan {
        final Map<String, Claim> claims = new LinkedHashMap<>();
        /** Claims written as arguments {@code <ref>}; the others are statements {@code [ref]}. */
        final Set<String> arguments = new HashSet<>();
        /** Argument claims with their inferences (support groups, first step first). */
        final Map<String, List<List<Relation>>> reconstructed = new LinkedHashMap<>();
        /** Support groups written as carrier arguments {@code <name>}, by name. */
        final Map<String, List<Relation>> carriers = new LinkedHashMap<>();
        /** The argument (title) that carries each relation written in a pcs or by a carrier. */
        final Map<String, String> argumentOf = new HashMap<>();
        final Set<String> implicit = new HashSet<>();
        /** Main conclusions of reconstructed argument claims: their outgoing relations are written from the argument. */
        final Map<String, String> argumentConcluding = new HashMap<>();

        /** The element a relation from {@code ref} starts at: the argument that concludes it, or the claim's own. */
        String origin(String ref) {
            String a = argumentConcluding.get(ref);
            return a != null ? "<" + title(a) + ">" : element(ref);
        }

        String element(String ref) {
            return arguments.contains(ref) ? "<" + title(ref) + ">" : "[" + title(ref) + "]";
        }
    }

    private static Plan plan(Corpus c) {
        Plan p = new Plan();
        c.claims().forEach(cl -> p.claims.put(cl.ref(), cl));
        Set<String> undercut = new HashSet<>();
        c.relations().stream().filter(r -> r.type() == RelationType.UNDERCUTS).forEach(r -> undercut.add(r.to()));
        // support groups: ids stem.1, stem.2, ... to one conclusion
        Map<String, List<Relation>> groups = new LinkedHashMap<>();
        Map<String, Relation> byId = new HashMap<>();
        for (Relation r : c.relations()) {
            byId.put(r.id(), r);
            Matcher m = GROUP.matcher(r.id());
            if (r.type() == RelationType.SUPPORTS && m.matches()) {
                groups.computeIfAbsent(m.group(1) + "|" + r.to(), k -> new ArrayList<>()).add(r);
            }
        }
        // an argument claim with its reconstruction: claim X supports the main conclusion by relation X,
        // and its inferences are the groups X-s1, X-s2, ..., X (as the Argdown importer names them)
        Map<String, List<Relation>> byStem = new HashMap<>();
        groups.values().forEach(g -> byStem.put(stem(g.get(0).id()), g));
        for (Claim cl : c.claims()) {
            Relation gist = byId.get(cl.id());
            List<Relation> last = byStem.get(cl.id());
            if (gist == null || last == null || gist.type() != RelationType.SUPPORTS || !gist.from().equals(cl.ref())
                    || !gist.to().equals(last.get(0).to())) {
                continue;
            }
            List<List<Relation>> steps = new ArrayList<>();
            for (int k = 1; byStem.containsKey(cl.id() + "-s" + k); k++) {
                steps.add(byStem.get(cl.id() + "-s" + k));
            }
            steps.add(last);
            p.reconstructed.put(cl.ref(), steps);
            p.argumentConcluding.putIfAbsent(last.get(0).to(), cl.ref());
            p.arguments.add(cl.ref());
            p.implicit.add(gist.id());
            steps.forEach(g -> g.forEach(r -> p.argumentOf.put(r.id(), title(cl.ref()))));
        }
        Set<String> inPcs = new HashSet<>();
        p.reconstructed.values().forEach(st -> st.forEach(g -> g.forEach(r -> {
            inPcs.add(r.from());
            inPcs.add(r.to());
        })));
        for (List<Relation> g : groups.values()) {
            if (!p.argumentOf.containsKey(g.get(0).id())) {
                String name = g.size() == 1 ? g.get(0).id() : stem(g.get(0).id());
                p.carriers.put(title(name), g);
                g.forEach(r -> {
                    p.argumentOf.put(r.id(), title(name));
                    inPcs.add(r.from());
                    inPcs.add(r.to());
                });
            }
        }
        // claims that originate a support, attack or undercut outside a pcs, or attack themselves, or came
        // from an Argdown argument, are arguments: in strict mode only arguments support and attack
        for (Claim cl : c.claims()) {
            if (cl.note() != null && cl.note().startsWith("Argdown argument <")) {
                p.arguments.add(cl.ref());
            }
        }
        for (Relation r : c.relations()) {
            if (!r.type().betweenClaims() || p.argumentOf.containsKey(r.id()) || p.implicit.contains(r.id())) {
                continue;
            }
            if (r.from().equals(r.to()) || !inPcs.contains(r.from()) && !p.argumentConcluding.containsKey(r.from())) {
                p.arguments.add(r.from());
            }
        }
        // supports between claims that stay statements: one-premise carrier arguments (a statement may support an argument)
        for (Relation r : c.relations()) {
            if (r.type() == RelationType.SUPPORTS && !p.argumentOf.containsKey(r.id()) && !p.implicit.contains(r.id())
                    && !p.arguments.contains(r.from()) && !p.argumentConcluding.containsKey(r.from()) && !p.arguments.contains(r.to())) {
                p.carriers.put(title(r.id()), List.of(r));
                p.argumentOf.put(r.id(), title(r.id()));
            }
        }
        return p;
    }

    private static String stem(String id) {
        Matcher m = GROUP.matcher(id);
        return m.matches() ? m.group(1) : id;
    }

    /**
     * The corpus as Argdown text, in strict mode ({@code model: mode: strict}): statements relate
     * by entailment, contrariety and contradiction, and support, attack and undercut involve an
     * argument. The front matter key {@value #MARKER} marks the conventions the importer reads back.
     */
    public static String export(Corpus c) {
        Plan plan = plan(c);
        StringBuilder sb = new StringBuilder();
        String docTitle = c.sources().size() == 1 ? c.sources().get(0).title() : "Argmap corpus";
        sb.append("===\ntitle: ").append(yamlString(docTitle)).append("\nmodel:\n    mode: strict\n")
                .append(MARKER).append(": 1\n===\n\n");
        Map<String, List<Claim>> bySource = new LinkedHashMap<>();
        for (Source s : c.sources()) {
            bySource.put(s.id(), new ArrayList<>());
        }
        for (Claim cl : c.claims()) {
            bySource.computeIfAbsent(cl.source(), k -> new ArrayList<>()).add(cl);
        }
        for (Source s : c.sources()) {
            sb.append("# ").append(escape(s.title())).append("\n\n");
            sb.append("<!-- source ").append(comment(s.id())).append(s.authors().isEmpty() ? "" : "; " + comment(String.join(", ", s.authors())))
                    .append(s.date() == null ? "" : "; " + comment(s.date())).append(" -->\n\n");
            for (Claim cl : bySource.get(s.id())) {
                boolean arg = plan.arguments.contains(cl.ref());
                sb.append(arg ? '<' : '[').append(title(cl.ref())).append(arg ? ">: " : "]: ").append(escape(cl.text()));
                for (String t : cl.tags()) {
                    sb.append(' ').append(tag(t));
                }
                sb.append("\n\n");
                List<List<Relation>> steps = plan.reconstructed.get(cl.ref());
                if (steps != null) {
                    sb.append('<').append(title(cl.ref())).append(">\n\n").append(pcs(steps)).append('\n');
                }
            }
        }
        List<Proposition> props = c.propositions();
        if (!props.isEmpty()) {
            sb.append("# Propositions\n\n");
            for (Proposition p : props) {
                sb.append('[').append(title(p.id())).append("]: ").append(escape(p.text().isBlank() ? p.id() : p.text()));
                for (String t : p.tags()) {
                    sb.append(' ').append(tag(t));
                }
                sb.append("\n\n");
            }
        }
        writeRelations(c, plan, sb);
        return sb.toString().replaceAll("\n+$", "\n");
    }

    /**
     * A premise-conclusion structure for inferences in order: each step's premises not yet
     * numbered, an inference line, its conclusion. When a step uses other statements than the
     * premises since the last conclusion and that conclusion, the inference says which
     * ({@code -- {uses: [1, 3]} --}).
     */
    private static String pcs(List<List<Relation>> steps) {
        StringBuilder b = new StringBuilder();
        Map<String, Integer> number = new LinkedHashMap<>();
        int n = 0;
        Integer lastConclusion = null;
        for (List<Relation> g : steps) {
            List<Integer> fresh = new ArrayList<>();
            List<Integer> uses = new ArrayList<>();
            for (Relation r : g) {
                Integer k = number.get(r.from());
                if (k == null) {
                    k = ++n;
                    number.put(r.from(), k);
                    fresh.add(k);
                    b.append('(').append(k).append(") [").append(title(r.from())).append("]\n");
                }
                uses.add(k);
            }
            List<Integer> standard = new ArrayList<>(fresh);
            if (lastConclusion != null) {
                standard.add(0, lastConclusion);
            }
            boolean sameAsDefault = new HashSet<>(uses).equals(new HashSet<>(standard)) && uses.size() == standard.size();
            if (lastConclusion == null && sameAsDefault) {
                b.append("----\n");
            } else if (sameAsDefault) {
                b.append("----\n");
            } else {
                b.append("-- {uses: ").append(uses).append("} --\n");
            }
            int k = ++n;
            number.put(g.get(0).to(), k);
            lastConclusion = k;
            b.append('(').append(k).append(") [").append(title(g.get(0).to())).append("]\n");
        }
        return b.toString();
    }

    private static String comment(String s) {
        return s.replace("--", "- -");
    }

    private static String yamlString(String s) {
        return "\"" + s.replaceAll("\\s+", " ").replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private record Line(String from, String symbol, String to, String data) {
    }

    private static String data(String id) {
        return "{relation: " + yamlString(id) + "}";
    }

    private static void writeRelations(Corpus c, Plan plan, StringBuilder sb) {
        Map<String, Relation> byId = new HashMap<>();
        c.relations().forEach(r -> byId.put(r.id(), r));
        Set<String> undercutTargets = new HashSet<>();
        c.relations().stream().filter(r -> r.type() == RelationType.UNDERCUTS).forEach(r -> undercutTargets.add(r.to()));
        List<String> blocks = new ArrayList<>();
        for (var e : plan.carriers.entrySet()) {
            List<List<Relation>> one = List.of(e.getValue());
            blocks.add("<" + e.getKey() + ">\n\n" + pcs(one) + "\n");
        }
        List<Line> lines = new ArrayList<>();
        for (Relation r : c.relations()) {
            if (plan.argumentOf.containsKey(r.id()) || plan.implicit.contains(r.id())) {
                continue;
            }
            String from = r.type().betweenClaims() ? plan.origin(r.from()) : "[" + title(r.from()) + "]";
            switch (r.type()) {
                case SUPPORTS -> lines.add(new Line(from, "+>", plan.element(r.to()), data(r.id())));
                case ATTACKS, UNDERCUTS -> {
                    String target;
                    String extra = "";
                    if (r.type() == RelationType.ATTACKS) {
                        target = plan.element(r.to());
                    } else {
                        Relation t = byId.get(r.to());
                        String carrier = plan.argumentOf.get(r.to());
                        if (carrier == null && t != null && plan.arguments.contains(t.from())) {
                            carrier = title(t.from());
                        }
                        target = "<" + (carrier == null ? title(r.to()) : carrier) + ">";
                        extra = ", undercuts: " + yamlString(r.to());
                    }
                    String symbol = r.type() == RelationType.ATTACKS ? "->" : "_>";
                    boolean needsCarrier = undercutTargets.contains(r.id()) || !from.startsWith("<")
                            && r.type() == RelationType.ATTACKS && !target.startsWith("<");
                    if (needsCarrier) {
                        // a sketched argument carries the attack (or undercut), so that it can be undercut in turn
                        // and so that, in strict mode, it is an attack and not a contrariety
                        String arg = "<" + title(r.id()) + ">";
                        plan.argumentOf.put(r.id(), title(r.id()));
                        lines.add(new Line(from, "+>", arg, "{carries: " + yamlString(r.id()) + "}"));
                        lines.add(new Line(arg, symbol, target, "{relation: " + yamlString(r.id()) + extra + "}"));
                    } else {
                        lines.add(new Line(from, symbol, target, "{relation: " + yamlString(r.id()) + extra + "}"));
                    }
                }
                case CONTRADICTS -> lines.add(new Line(from, "><", "[" + title(r.to()) + "]", data(r.id())));
                case CONTRARY -> lines.add(new Line(from, "->", "[" + title(r.to()) + "]", data(r.id())));
                case ENTAILS -> lines.add(new Line(from, "+>", "[" + title(r.to()) + "]", data(r.id())));
                case EQUIVALENT -> {
                    lines.add(new Line(from, "+>", "[" + title(r.to()) + "]", data(r.id())));
                    lines.add(new Line("[" + title(r.to()) + "]", "+>", from, data(r.id())));
                }
            }
        }
        for (Stance s : c.stances()) {
            switch (s.type()) {
                case AFFIRMS -> lines.add(new Line(plan.element(s.claimRef()), "+>", "[" + title(s.proposition()) + "]", "{stance: affirms}"));
                case DENIES -> lines.add(new Line(plan.element(s.claimRef()), "->", "[" + title(s.proposition()) + "]", "{stance: denies}"));
                default -> {
                }
            }
        }
        if (lines.isEmpty() && blocks.isEmpty()) {
            return;
        }
        sb.append("# Relations\n\n");
        blocks.forEach(sb::append);
        Map<String, List<Line>> byFrom = new LinkedHashMap<>();
        for (Line l : lines) {
            byFrom.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
        }
        for (var e : byFrom.entrySet()) {
            sb.append(e.getKey()).append('\n');
            Set<String> seen = new HashSet<>();
            for (Line l : e.getValue()) {
                if (seen.add(l.symbol() + l.to() + l.data())) {
                    sb.append("  ").append(l.symbol()).append(' ').append(l.to()).append(' ').append(l.data()).append('\n');
                }
            }
            sb.append('\n');
        }
    }
}
