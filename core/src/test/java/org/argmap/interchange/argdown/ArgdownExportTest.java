package org.argmap.interchange.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.argmap.diag.Location;
import org.argmap.interchange.Corpora;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.Corpus;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.argmap.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exported Argdown parses: with our parser (always) and with the official Argdown command line
 * ({@code @argdown/cli@1}, installed by {@code npm install --prefix target/argdown-cli @argdown/cli@1}
 * at the repository root; the test is skipped when node or the CLI is missing).
 */
class ArgdownExportTest {
    static final Path CLI = Path.of(System.getProperty("argmap.argdown",
            Path.of("..", "target", "argdown-cli", "node_modules", ".bin", "argdown").toString()));

    private static Set<String> usedPropositions(Corpus c) {
        Set<String> used = new HashSet<>();
        c.stances().forEach(s -> used.add(s.proposition()));
        c.relations().stream().filter(r -> !r.type().betweenClaims()).forEach(r -> {
            used.add(r.from());
            used.add(r.to());
        });
        return used;
    }

    /** The text of a claim's element: its statement, or its argument's description. */
    private static String textOf(ArgdownDocument d, String ref) {
        ArgdownDocument.EquivalenceClass ec = d.statements().get(ref);
        if (ec != null && ec.text() != null) {
            return ec.text();
        }
        return d.arguments().get(ref).text();
    }

    @Test
    void exportedCorpusParsesWithOurParserIntoOneElementPerClaimAndProposition() {
        Corpus c = Corpora.real();
        String text = ArgdownExporter.export(c);
        assertEquals(text, ArgdownExporter.export(c), "deterministic");
        ArgdownDocument d = ArgdownParser.parse("corpus.argdown", text);
        assertEquals(List.of(), d.diagnostics());
        assertTrue(text.startsWith("===\ntitle: \"Argmap corpus\"\nmodel:\n    mode: strict\n"), "declares strict mode");
        Set<String> claimTitles = new HashSet<>();
        d.statements().keySet().stream().filter(t -> t.contains("/")).forEach(claimTitles::add);
        d.arguments().keySet().stream().filter(t -> t.contains("/")).forEach(claimTitles::add);
        assertEquals(c.claims().stream().map(Claim::ref).collect(java.util.stream.Collectors.toSet()), claimTitles);
        assertEquals(c.propositions().size(), d.statements().keySet().stream().filter(t -> !t.contains("/")).count());
        for (Claim cl : c.claims()) {
            StringBuilder expected = new StringBuilder(cl.text().replaceAll("\\s+", " ").strip());
            cl.tags().forEach(t -> expected.append(t.matches("[a-zA-Z0-9-]+") ? " #" + t : " #(" + t + ")"));
            assertEquals(expected.toString(), textOf(d, cl.ref()), cl.ref());
        }
        assertEquals(c.sources().size() + 2, d.sections().size(), "a section per source, Propositions and Relations");
    }

    @Test
    void escapedTextComesBackUnchanged() {
        String nasty = "a [b] <c> #d *e* _f_ @g {h: 1} // i /* j */ <!-- k --> === l \\ m -- n + o <-> p";
        Corpus c = tiny(nasty);
        ArgdownDocument d = ArgdownParser.parse("t.argdown", ArgdownExporter.export(c));
        assertEquals(List.of(), d.diagnostics());
        assertEquals(nasty, textOf(d, "s/x"));
    }

    private static Corpus tiny(String text) {
        Location at = Location.of("t.yaml");
        Source s = new Source("s", "T", List.of(), null, "unknown", "en", null, "t.txt", null, null, null, null, "t.yaml", at);
        Claim x = new Claim("s", "x", text, ClaimKind.PREMISE, List.of(), List.of(), List.of(), null, at);
        Claim y = new Claim("s", "y", "other", ClaimKind.PREMISE, List.of("two words"), List.of(), List.of(), null, at);
        Relation r = new Relation("r1", true, "s/y", "s/x", RelationType.SUPPORTS, "s", null, at);
        Relation u = new Relation("u1", true, "s/x", "r1", RelationType.UNDERCUTS, "s", null, at);
        return new Corpus(List.of(s), List.of(x, y), List.of(), List.of(r, u), List.of());
    }

    @Test
    void exportedCorpusParsesInTheArgdownCommandLine(@TempDir Path dir) throws IOException, InterruptedException {
        assumeCli();
        Corpus c = Corpora.real();
        JsonNode json = argdownJson(ArgdownExporter.export(c), dir);
        Set<String> titles = new HashSet<>();
        json.get("statements").fieldNames().forEachRemaining(titles::add);
        json.get("arguments").fieldNames().forEachRemaining(titles::add);
        assertEquals(c.claims().size(), titles.stream().filter(t -> t.contains("/")).count());
        assertEquals(c.propositions().size(), titles.stream().filter(t -> !t.contains("/") && json.get("statements").has(t)).count());
        Set<String> types = new HashSet<>(json.get("relations").findValuesAsText("relationType"));
        assertTrue(types.containsAll(List.of("support", "attack", "entails")), types.toString());
    }

    @Test
    void undercutAndNastyTextParseInTheArgdownCommandLine(@TempDir Path dir) throws IOException, InterruptedException {
        assumeCli();
        JsonNode json = argdownJson(ArgdownExporter.export(tiny("a [b] <c> #d *e* _f_ @g {h: 1} // i === l \\ m <-> n")), dir);
        assertEquals(List.of("undercut"), json.get("relations").findValuesAsText("relationType").stream()
                .filter(t -> t.equals("undercut")).toList());
        assertTrue(json.get("arguments").has("s/y"), "the undercut support comes from an argument");
    }

    static void assumeCli() {
        Tools.require(Files.isExecutable(CLI), "Argdown CLI not found at " + CLI
                + "; install it with: npm install --prefix target/argdown-cli @argdown/cli@1");
        boolean nodeRuns;
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            nodeRuns = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            nodeRuns = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            nodeRuns = false;
        }
        Tools.require(nodeRuns, "node does not run (the Argdown CLI needs it)");
    }

    /** Runs {@code argdown json} on the text; fails with the CLI's output when it rejects it. */
    static JsonNode argdownJson(String argdown, Path dir) throws IOException, InterruptedException {
        Path in = dir.resolve("export.argdown");
        Files.writeString(in, argdown, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(CLI.toAbsolutePath().toString(), "json", in.toString(), dir.resolve("out").toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "argdown timed out");
        assertEquals(0, p.exitValue(), () -> "argdown rejected the export:\n" + log);
        return new ObjectMapper().readTree(dir.resolve("out").resolve("export.json").toFile());
    }
}
