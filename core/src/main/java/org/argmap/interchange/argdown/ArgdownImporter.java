package org.argmap.interchange.argdown;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.MapBuilder;
import org.argmap.interchange.argdown.ArgdownDocument.Kind;
import org.argmap.interchange.argdown.ArgdownDocument.Member;
import org.argmap.model.ClaimKind;
import org.argmap.model.RelationType;
import org.argmap.model.Source;

/**
 * Maps an Argdown document onto one source map.
 *
 * <ul>
 *   <li>The file is one source: title, author and date from the front matter (date
 *   {@code dd/mm/yyyy} becomes ISO), else the file name.</li>
 *   <li>Each statement (equivalence class) is a claim; its tags are the {@code #tags} plus
 *   {@code section:<heading>} for the heading it is defined under. A statement that is only
 *   referenced, never defined, takes its title as its text (with a warning).</li>
 *   <li>Each argument is a claim too (its description, the "gist"). A reconstructed argument's
 *   premises support the conclusion of their inference as linked premises
 *   ({@code <argument>.1}, {@code <argument>.2}, ...; earlier inferences
 *   {@code <argument>-s<k>.1}, ...), and the argument's claim supports its main conclusion
 *   (relation id {@code <argument>}).</li>
 *   <li>support → {@code supports}, attack → {@code attacks} between the claims. An undercut
 *   targets the argument's (last) inference: the linked supports of a reconstructed argument, or
 *   the first support (else attack) that a sketched argument makes; with neither it becomes an
 *   attack on the argument, with a warning.</li>
 *   <li>contradictory ({@code ><}), contrary and entails (statement-to-statement attack and
 *   support in {@code model: mode: strict}) relate propositions in our model: each claim
 *   involved affirms a proposition of its own ({@code p-<claim>}) and the propositions are
 *   related by {@code contradicts}, {@code contrary} or {@code entails}.</li>
 * </ul>
 */
public final class ArgdownImporter {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern TAG = Pattern.compile(
            "#(?:\\([^)\\n]+\\)|[a-zA-z0-9\\-\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]+)");

    private ArgdownImporter() {
    }

    /**
     * Imports an Argdown file.
     *
     * @param file the file
     * @param outFile the map file the result will be written to
     * @param textPath the source text path to record, relative to the map file
     */
    public static ImportedMap importFile(Path file, String outFile, String textPath) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return failed(file.toString(), textPath, Diagnostic.error("not-utf8", "file is not UTF-8 text", Location.of(file.toString()), null));
        } catch (IOException e) {
            return failed(file.toString(), textPath, Diagnostic.error("io-error", "cannot read file: " + e.getMessage(),
                    Location.of(file.toString()), null));
        }
        return importText(file.toString(), text, outFile, textPath);
    }

    private static ImportedMap failed(String file, String textPath, Diagnostic d) {
        return new ImportedMap(source(file, Map.of(), textPath, ""), List.of(), List.of(), List.of(), "", List.of(d));
    }

    /** Imports Argdown text; {@code fileName} names it in diagnostics and gives the source id. */
    public static ImportedMap importText(String fileName, String text, String outFile, String textPath) {
        ArgdownDocument doc = ArgdownParser.parse(fileName, text);
        if (doc.hasErrors()) {
            return new ImportedMap(source(fileName, doc.frontMatter(), textPath, ""), List.of(), List.of(), List.of(), "",
                    doc.diagnostics());
        }
        return map(fileName, doc, outFile, textPath);
    }

    static String stem(String fileName) {
        String n = Path.of(fileName).getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static Source source(String fileName, Map<String, Object> fm, String textPath, String notes) {
        String title = fm.get("title") == null ? stem(fileName) : String.valueOf(fm.get("title")).replaceAll("\\s+", " ").strip();
        List<String> authors = new ArrayList<>();
        Object a = fm.get("author");
        if (a instanceof List<?> l) {
            l.forEach(x -> authors.add(String.valueOf(x).strip()));
        } else if (a != null) {
            authors.add(String.valueOf(a).strip());
        }
        String date = "unknown";
        if (fm.get("date") != null) {
            String d = String.valueOf(fm.get("date")).strip();
            Matcher m = DMY.matcher(d);
            if (m.matches()) {
                date = String.format("%s-%02d-%02d", m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            } else if (ISO.matcher(d).matches()) {
                date = d;
            }
        }
        Object lang = fm.getOrDefault("language", fm.get("lang"));
        String language = lang != null && String.valueOf(lang).matches("[a-z]{2}") ? String.valueOf(lang) : "en";
        Object sub = fm.get("subTitle");
        String n = (sub == null ? "" : String.valueOf(sub).strip() + ". ") + notes;
        return new Source(MapBuilder.slug(stem(fileName), 60, "argdown-import"), title, authors, null, date, language, null,
                textPath, null, null, null, n.isBlank() ? null : n.strip(), fileName, Location.of(fileName));
    }

    private static ImportedMap map(String fileName, ArgdownDocument doc, String outFile, String textPath) {
        if (doc.frontMatter().containsKey(ArgdownExporter.MARKER)) {
            return ArgmapExportReader.map(fileName, doc, outFile, textPath, source(fileName, doc.frontMatter(), textPath,
                    String.format("Imported from Argdown %s (written by argmap).", Path.of(fileName).getFileName())));
        }
        List<Diagnostic> out = new ArrayList<>(doc.diagnostics());
        MapBuilder b = new MapBuilder(MapBuilder.slug(stem(fileName), 60, "argdown-import"), outFile);
        Map<String, String> sectionTitle = new HashMap<>();
        doc.sections().forEach(s -> sectionTitle.put(s.id(), s.title()));
        Map<String, String> claimOfStatement = new HashMap<>();
        for (ArgdownDocument.EquivalenceClass ec : doc.statements().values()) {
            boolean untitled = ec.title().startsWith("Untitled ");
            String text = withoutTags(ec.text());
            if (text == null) {
                text = ec.title();
                out.add(Diagnostic.warning("argdown-undefined-statement", "statement [" + ec.title()
                        + "] is referenced but never given a text; its title stands as its text", ec.location(), null));
            }
            String id = b.uniqueId(MapBuilder.slug(untitled ? text : ec.title(), 40, "statement"));
            b.claim(id, text, ClaimKind.PREMISE, tags(ec.tags(), ec.section(), sectionTitle),
                    untitled ? null : "Argdown statement [" + ec.title() + "]", true, List.of());
            claimOfStatement.put(ec.title(), id);
        }
        Map<String, String> claimOfArgument = new HashMap<>();
        for (ArgdownDocument.Argument a : doc.arguments().values()) {
            String text = withoutTags(a.text());
            if (text == null) {
                text = a.title();
                if (!a.reconstructed()) {
                    out.add(Diagnostic.warning("argdown-undefined-argument", "argument <" + a.title()
                            + "> has neither a description nor a reconstruction; its title stands as its text", a.location(), null));
                }
            }
            String id = b.uniqueId(MapBuilder.slug(a.title(), 40, "argument"));
            b.claim(id, text, ClaimKind.PREMISE, tags(a.tags(), a.section(), sectionTitle), "Argdown argument <" + a.title() + ">",
                    true, List.of());
            claimOfArgument.put(a.title(), id);
        }
        // reconstructions: linked premises per inference; the argument's claim supports its main conclusion
        Map<String, String> inferenceOf = new HashMap<>();
        for (ArgdownDocument.Argument a : doc.arguments().values()) {
            if (!a.reconstructed()) {
                continue;
            }
            String arg = claimOfArgument.get(a.title());
            List<ArgdownDocument.PcsStatement> pcs = a.pcs();
            int steps = (int) pcs.stream().filter(ArgdownDocument.PcsStatement::conclusion).count();
            List<String> premises = new ArrayList<>();
            int step = 0;
            int index = 0;
            for (ArgdownDocument.PcsStatement s : pcs) {
                index++;
                String claim = claimOfStatement.get(s.title());
                if (!s.conclusion()) {
                    premises.add(claim);
                    continue;
                }
                step++;
                if (!s.uses().isEmpty()) {
                    // the inference names the statements it uses: premises or earlier conclusions
                    premises.clear();
                    for (int u : s.uses()) {
                        if (u >= 1 && u < index) {
                            premises.add(claimOfStatement.get(pcs.get(u - 1).title()));
                        } else {
                            out.add(Diagnostic.warning("argdown-invalid-data", "in <" + a.title() + "> the inference before ("
                                    + index + ") uses (" + u + "), which is not a statement above it; ignored", s.location(), null));
                        }
                    }
                }
                String group = step == steps ? arg : arg + "-s" + step;
                int k = 0;
                for (String p : premises.stream().distinct().toList()) {
                    if (p.equals(claim)) {
                        out.add(Diagnostic.warning("argdown-circular-premise", "in <" + a.title() + "> the conclusion [" + s.title()
                                + "] is also a premise of its own inference; that support is left out", s.location(), null));
                        continue;
                    }
                    k++;
                    String id = group + "." + k;
                    b.relation(id, p, claim, RelationType.SUPPORTS, k == 1 ? "premises of <" + a.title() + ">" : null);
                    if (step == steps && k == 1) {
                        inferenceOf.put(a.title(), id);
                    }
                }
                premises.clear();
                premises.add(claim);
            }
            String main = claimOfStatement.get(pcs.get(pcs.size() - 1).title());
            if (!main.equals(arg)) {
                b.relation(arg, arg, main, RelationType.SUPPORTS, "the gist of <" + a.title() + "> for its conclusion");
                inferenceOf.putIfAbsent(a.title(), arg);
            }
        }
        // relations: ids first, so that undercuts of sketched arguments can name the argument's first support
        Map<ArgdownDocument.Relation, String> ids = new HashMap<>();
        Map<String, String> firstOutgoing = new HashMap<>();
        int n = 0;
        for (ArgdownDocument.Relation r : doc.relations()) {
            if (r.type() == ArgdownDocument.RelationType.UNDERCUT) {
                continue;
            }
            String id = "r" + (++n);
            while (b.hasRelation(id)) {
                id = "r" + (++n);
            }
            ids.put(r, id);
            if (r.from().kind() == Kind.ARGUMENT && (r.type() == ArgdownDocument.RelationType.SUPPORT
                    || r.type() == ArgdownDocument.RelationType.ATTACK)) {
                String key = r.from().title();
                String prev = firstOutgoing.get(key);
                if (prev == null || r.type() == ArgdownDocument.RelationType.SUPPORT && prev.startsWith("A:")) {
                    firstOutgoing.put(key, (r.type() == ArgdownDocument.RelationType.SUPPORT ? "S:" : "A:") + id);
                }
            }
        }
        for (ArgdownDocument.Relation r : doc.relations()) {
            String from = claim(r.from(), claimOfStatement, claimOfArgument);
            if (r.type() == ArgdownDocument.RelationType.UNDERCUT) {
                String target = switch (r.to().kind()) {
                    case INFERENCE -> inferenceOf.get(r.to().title());
                    case ARGUMENT -> firstOutgoing.containsKey(r.to().title()) ? firstOutgoing.get(r.to().title()).substring(2) : null;
                    case STATEMENT -> null;
                };
                String id = "r" + (++n);
                while (b.hasRelation(id)) {
                    id = "r" + (++n);
                }
                if (target != null) {
                    b.relation(id, from, target, RelationType.UNDERCUTS, null);
                } else {
                    String to = claim(r.to(), claimOfStatement, claimOfArgument);
                    out.add(Diagnostic.warning("argdown-undercut-without-inference", "undercut of " + r.to()
                            + ", which draws no inference to undercut; imported as an attack on it", r.location(), null));
                    if (!to.equals(from)) {
                        b.relation(id, from, to, RelationType.ATTACKS, "an undercut in Argdown");
                    }
                }
                continue;
            }
            String to = claim(r.to(), claimOfStatement, claimOfArgument);
            if (from.equals(to) && r.type() != ArgdownDocument.RelationType.ATTACK) {
                out.add(Diagnostic.warning("argdown-self-relation", r.type().word() + " of " + r.from() + " to itself; left out",
                        r.location(), null));
                continue;
            }
            String id = ids.get(r);
            switch (r.type()) {
                case SUPPORT -> b.relation(id, from, to, RelationType.SUPPORTS, null);
                case ATTACK -> b.relation(id, from, to, RelationType.ATTACKS, null);
                case ENTAILS -> b.relation(id, b.propositionFor(from), b.propositionFor(to), RelationType.ENTAILS, null);
                case CONTRARY -> b.relation(id, b.propositionFor(from), b.propositionFor(to), RelationType.CONTRARY, null);
                default -> b.relation(id, b.propositionFor(from), b.propositionFor(to), RelationType.CONTRADICTS, null);
            }
        }
        String notes = String.format("Imported from Argdown %s: %d statements, %d arguments, %d relations.",
                Path.of(fileName).getFileName(), doc.statements().size(), doc.arguments().size(), doc.relations().size());
        return b.build(source(fileName, doc.frontMatter(), textPath, notes), out, Location.of(fileName));
    }

    /** The text without its {@code #tags} (they become the claim's tags), or the text as it is when nothing else is left. */
    static String withoutTags(String text) {
        if (text == null) {
            return null;
        }
        String t = TAG.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? text : t;
    }

    private static String claim(Member m, Map<String, String> statements, Map<String, String> arguments) {
        return m.kind() == Kind.STATEMENT ? statements.get(m.title()) : arguments.get(m.title());
    }

    static List<String> tags(List<String> tags, String section, Map<String, String> sectionTitle) {
        List<String> t = new ArrayList<>(tags);
        if (section != null && sectionTitle.get(section) != null && !sectionTitle.get(section).isBlank()) {
            t.add("section:" + sectionTitle.get(section));
        }
        return t;
    }
}
