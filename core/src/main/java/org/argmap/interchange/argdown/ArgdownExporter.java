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
 * errors.
 *
 * <ul>
 *   <li>Each source is a top-level section ({@code # title}) with a comment giving its id,
 *   authors and date, then its claims as statements {@code [source-id/claim-id]: text #tag}.</li>
 *   <li>Propositions follow in a section {@code # Propositions} as {@code [proposition-id]: text}.</li>
 *   <li>Relations follow in a section {@code # Relations}, grouped by their origin:
 *   supports {@code +>}, attacks {@code ->}; between propositions contradicts {@code ><},
 *   contrary {@code ->}, entails {@code +>}, equivalent {@code +>} both ways; stances: affirms
 *   {@code +>}, denies {@code ><} (qualifies is not written).</li>
 *   <li>Linked premises (supports {@code g.1}, {@code g.2}, ... of one conclusion) and supports
 *   that are undercut become reconstructed arguments {@code <g>} with numbered premises and
 *   conclusion; an undercut is {@code _> <g>}. An attack or undercut that is itself undercut
 *   becomes a sketched argument that its origin supports and that attacks (undercuts) the target.</li>
 * </ul>
 * Text is written on one line with Argdown's special characters escaped by a backslash.
 * Deterministic: corpus order throughout.
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

    /** The corpus as Argdown text. */
    public static String export(Corpus c) {
        StringBuilder sb = new StringBuilder();
        String docTitle = c.sources().size() == 1 ? c.sources().get(0).title() : "Argmap corpus";
        sb.append("===\ntitle: ").append(yamlString(docTitle)).append("\n===\n\n");
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
                sb.append('[').append(title(cl.ref())).append("]: ").append(escape(cl.text()));
                for (String t : cl.tags()) {
                    sb.append(' ').append(tag(t));
                }
                sb.append("\n\n");
            }
        }
        Set<String> usedProps = new HashSet<>();
        c.stances().forEach(s -> usedProps.add(s.proposition()));
        c.relations().stream().filter(r -> !r.type().betweenClaims()).forEach(r -> {
            usedProps.add(r.from());
            usedProps.add(r.to());
        });
        List<Proposition> props = c.propositions().stream().filter(p -> usedProps.contains(p.id())).toList();
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
        writeRelations(c, sb);
        return sb.toString().replaceAll("\n+$", "\n");
    }

    private static String comment(String s) {
        return s.replace("--", "- -");
    }

    private static String yamlString(String s) {
        return "\"" + s.replaceAll("\\s+", " ").replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private record Line(String from, String symbol, String to) {
    }

    private static void writeRelations(Corpus c, StringBuilder sb) {
        Map<String, Relation> byId = new HashMap<>();
        c.relations().forEach(r -> byId.put(r.id(), r));
        Set<String> undercutTargets = new HashSet<>();
        c.relations().stream().filter(r -> r.type() == RelationType.UNDERCUTS).forEach(r -> undercutTargets.add(r.to()));
        // supports that become reconstructed arguments: linked groups, and undercut supports
        Map<String, List<Relation>> groups = new LinkedHashMap<>();
        Map<String, String> argumentOf = new HashMap<>();
        for (Relation r : c.relations()) {
            if (r.type() != RelationType.SUPPORTS) {
                continue;
            }
            Matcher m = GROUP.matcher(r.id());
            String key = m.matches() ? m.group(1) + "|" + r.to() : r.id();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<String> pcsBlocks = new ArrayList<>();
        Set<String> inPcs = new HashSet<>();
        for (List<Relation> g : groups.values()) {
            boolean undercut = g.stream().anyMatch(r -> undercutTargets.contains(r.id()));
            if (g.size() < 2 && !undercut) {
                continue;
            }
            Matcher m = GROUP.matcher(g.get(0).id());
            String name = title(g.size() > 1 && m.matches() ? m.group(1) : g.get(0).id());
            StringBuilder b = new StringBuilder();
            b.append('<').append(name).append(">\n\n");
            int n = 0;
            for (Relation r : g) {
                b.append('(').append(++n).append(") [").append(title(r.from())).append("]\n");
                argumentOf.put(r.id(), name);
                inPcs.add(r.id());
            }
            b.append("----\n(").append(++n).append(") [").append(title(g.get(0).to())).append("]\n\n");
            pcsBlocks.add(b.toString());
        }
        List<Line> lines = new ArrayList<>();
        for (Relation r : c.relations()) {
            String from = "[" + title(r.from()) + "]";
            String to = "[" + title(r.to()) + "]";
            switch (r.type()) {
                case SUPPORTS -> {
                    if (!inPcs.contains(r.id())) {
                        lines.add(new Line(from, "+>", to));
                    }
                }
                case ATTACKS, UNDERCUTS -> {
                    String target = r.type() == RelationType.ATTACKS ? to : "<" + argumentOf.getOrDefault(r.to(), title(r.to())) + ">";
                    String symbol = r.type() == RelationType.ATTACKS ? "->" : "_>";
                    if (undercutTargets.contains(r.id())) {
                        // an undercut attack (or undercut): a sketched argument carries it, so that it can be undercut in turn
                        String arg = "<" + title(r.id()) + ">";
                        argumentOf.put(r.id(), title(r.id()));
                        lines.add(new Line(from, "+>", arg));
                        lines.add(new Line(arg, symbol, target));
                    } else {
                        lines.add(new Line(from, symbol, target));
                    }
                }
                case CONTRADICTS -> lines.add(new Line(from, "><", to));
                case CONTRARY -> lines.add(new Line(from, "->", to));
                case ENTAILS -> lines.add(new Line(from, "+>", to));
                case EQUIVALENT -> {
                    lines.add(new Line(from, "+>", to));
                    lines.add(new Line(to, "+>", from));
                }
            }
        }
        for (Stance s : c.stances()) {
            switch (s.type()) {
                case AFFIRMS -> lines.add(new Line("[" + title(s.claimRef()) + "]", "+>", "[" + title(s.proposition()) + "]"));
                case DENIES -> lines.add(new Line("[" + title(s.claimRef()) + "]", "><", "[" + title(s.proposition()) + "]"));
                default -> {
                }
            }
        }
        if (lines.isEmpty() && pcsBlocks.isEmpty()) {
            return;
        }
        sb.append("# Relations\n\n");
        pcsBlocks.forEach(sb::append);
        Map<String, List<Line>> byFrom = new LinkedHashMap<>();
        for (Line l : lines) {
            byFrom.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
        }
        for (var e : byFrom.entrySet()) {
            sb.append(e.getKey()).append('\n');
            Set<String> seen = new HashSet<>();
            for (Line l : e.getValue()) {
                if (seen.add(l.symbol() + l.to())) {
                    sb.append("  ").append(l.symbol()).append(' ').append(l.to()).append('\n');
                }
            }
            sb.append('\n');
        }
    }
}
