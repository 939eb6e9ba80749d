package org.argmap.interchange.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.argmap.diag.Diagnostic;
import org.argmap.interchange.ExternalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArgdownParserTest {

    private static ArgdownDocument parse(String text) {
        return ArgdownParser.parse("t.argdown", text);
    }

    private static List<String> relations(ArgdownDocument d) {
        return d.relations().stream().map(r -> r.from() + " " + r.type().word() + " " + r.to()).toList();
    }

    private static List<String> formatted(ArgdownDocument d) {
        return d.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsEveryRelationSymbolFromTheParentsPointOfView() {
        ArgdownDocument d = parse("""
                [A]: Text of A.
                  + [B]: supports A
                  +> [C]: A supports C
                  - <D>: attacks A
                  -> [E]: A attacks E
                  >< [F]: contradicts A
                  <_ <G>: undercuts A
                  <+ [H]: supports A too
                  <- [I]: attacks A too
                """);
        assertEquals(List.of(), d.diagnostics());
        assertEquals(List.of("[B] support [A]", "[A] support [C]", "<D> attack [A]", "[A] attack [E]",
                "[A] contradictory [F]", "<G> undercut [A]", "[H] support [A]", "[I] attack [A]"), relations(d));
        assertEquals("Text of A.", d.statements().get("A").text());
    }

    @Test
    void nestsRelationsByIndentation() {
        ArgdownDocument d = parse("""
                A
                  + B
                    - C
                      <+ D
                  - E
                """);
        assertEquals(List.of("[Untitled 4] support [Untitled 3]", "[Untitled 3] attack [Untitled 2]",
                "[Untitled 2] support [Untitled 1]", "[Untitled 5] attack [Untitled 1]"), relations(d));
    }

    @Test
    void reportsARelationAfterAnEmptyLineWithLineAndColumn() {
        ArgdownDocument d = parse("[A]: text\n\n  + [B]\n");
        assertEquals(List.of("t.argdown:3:3: error [argdown-relation-without-parent] "
                + "a relation line must follow its statement or argument without an empty line"), formatted(d));
    }

    @Test
    void reportsEveryErrorAtOnce() {
        ArgdownDocument d = parse("""
                [A]: foo <x> bar

                [B]: text
                + [C]

                (1) premise without conclusion
                """);
        assertEquals(List.of(
                "t.argdown:1:10: error [argdown-reference-in-text] '<x>' inside text: references start a statement or argument",
                "t.argdown:4:1: error [argdown-unindented-relation] a relation line must be indented deeper than the statement or argument it belongs to",
                "t.argdown:6:1: error [argdown-pcs-without-conclusion] argument reconstruction <Untitled 1> must end with an inference line (----) and a numbered conclusion"),
                formatted(d));
    }

    @Test
    void commentsAndDataNeitherSplitBlocksNorEnterTheText() {
        ArgdownDocument d = parse("""
                [A]: a // trailing comment
                <!-- a comment
                over lines -->
                  + [B]: b {isInMap: false}
                  /* more */
                  - [C]: see [the site](https://example.org/a//b) #(two words) #tag
                """);
        assertEquals(List.of(), d.diagnostics());
        assertEquals(List.of("[B] support [A]", "[C] attack [A]"), relations(d));
        assertEquals("a", d.statements().get("A").text());
        assertEquals("see the site #(two words) #tag", d.statements().get("C").text());
        assertEquals(List.of("two words", "tag"), d.statements().get("C").tags());
    }

    @Test
    void readsAReconstructionWithTwoInferencesAndAnUndercutOfItsInference() {
        ArgdownDocument d = parse("""
                <Arg>: The gist.

                (1) [P1]: first
                (2) second
                -- Modus ponens, Some rule --
                (3) intermediate
                (4) fourth
                ----
                (5) [C]: conclusion
                  +> [D]: further

                [U]: undercutter
                  _> <Arg>
                """);
        assertEquals(List.of(), d.diagnostics());
        ArgdownDocument.Argument a = d.arguments().get("Arg");
        assertEquals(List.of("P1", "Untitled 1", "Untitled 2", "Untitled 3", "C"),
                a.pcs().stream().map(ArgdownDocument.PcsStatement::title).toList());
        assertEquals(List.of("Modus ponens", "Some rule"), a.pcs().get(2).inferenceRules());
        assertTrue(a.pcs().get(4).conclusion());
        assertEquals(List.of("[C] support [D]", "[U] undercut inference of <Arg>"), relations(d));
    }

    @Test
    void strictModeMakesStatementRelationsEntailmentAndContrariety() {
        ArgdownDocument d = parse("""
                ===
                model:
                    mode: strict
                ===

                [A]: a
                  - [B]: b
                  + [C]: c

                [B]
                  - [A]
                """);
        assertEquals(List.of(), d.diagnostics());
        assertEquals(List.of("[B] contrary [A]", "[C] entails [A]"), relations(d));
    }

    @Test
    void headingsMakeNestedSections() {
        ArgdownDocument d = parse("# One\n\n[A]: a\n\n## Two {isGroup: false}\n\n[B]: b\n\n# Three\n\n[A]\n");
        assertEquals(List.of("s1 1 One null", "s2 2 Two s1", "s3 1 Three null"),
                d.sections().stream().map(s -> s.id() + " " + s.level() + " " + s.title() + " " + s.parent()).toList());
        assertEquals("s1", d.statements().get("A").section());
        assertEquals("s2", d.statements().get("B").section());
    }

    /** A relation tree {@code levels} deep: each statement supports the one above it. */
    static String chain(int levels) {
        StringBuilder sb = new StringBuilder("[s0]: level 0\n");
        for (int i = 1; i < levels; i++) {
            sb.append(" ".repeat(i)).append("+ [s").append(i).append("]: level ").append(i).append('\n');
        }
        return sb.toString();
    }

    /** Runs the parse on a thread with a small stack (256 KiB), so that recursion on input depth would overflow it. */
    static ArgdownDocument parseOnSmallStack(String text) throws InterruptedException {
        ArgdownDocument[] result = new ArgdownDocument[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = parse(text);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertEquals(null, failure[0], "the parser threw");
        return result[0];
    }

    @Test
    void nestingDeeperThanTheLimitIsOneLocatedErrorNotAStackOverflow() throws InterruptedException {
        ArgdownDocument d = parseOnSmallStack(chain(2000));
        int line = ArgdownParser.MAX_DEPTH + 2;
        assertEquals(List.of("t.argdown:" + line + ":" + line + ": error [argdown-too-deep] relations nest deeper than "
                + ArgdownParser.MAX_DEPTH + " levels"), formatted(d));
    }

    @Test
    void nestingUpToTheLimitParsesWithoutRecursion() throws InterruptedException {
        ArgdownDocument d = parseOnSmallStack(chain(ArgdownParser.MAX_DEPTH + 1));
        assertEquals(List.of(), d.diagnostics());
        assertEquals(ArgdownParser.MAX_DEPTH, d.relations().size());
        assertEquals("[s" + ArgdownParser.MAX_DEPTH + "] support [s" + (ArgdownParser.MAX_DEPTH - 1) + "]", relations(d).get(0),
                "post-order: the deepest relation first, as argdown-core lists them");
    }

    /** As the Argdown CLI (@argdown/cli 1.x): a reference's title cannot start with a hyphen, so arrows are text. */
    @Test
    void arrowsInTextAreTextAsInTheArgdownCli() {
        ArgdownDocument d = parse("[A]: p <-> q, p <--> q, p <- q, x <-y> z, [-] and <>< too\n");
        assertEquals(List.of(), d.diagnostics());
        assertEquals("p <-> q, p <--> q, p <- q, x <-y> z, [-] and <>< too", d.statements().get("A").text());
    }

    /** What the Argdown CLI rejects as a reference in the middle of text, we reject too. */
    @Test
    void referencesInTheMiddleOfTextStayErrorsAsInTheArgdownCli() {
        ArgdownDocument d = parse("[A]: p <=> q\n\n[B]: x <+> y\n\n[C]: a [b] c\n");
        assertEquals(List.of("t.argdown:1:8: error [argdown-reference-in-text] '<=>' inside text: references start a statement or argument",
                "t.argdown:3:8: error [argdown-reference-in-text] '<+>' inside text: references start a statement or argument",
                "t.argdown:5:8: error [argdown-reference-in-text] '[b]' inside text: references start a statement or argument"),
                formatted(d));
    }

    /** More lenient than the Argdown CLI, which wants an empty line after the front matter. */
    @Test
    void frontMatterNeedsNoEmptyLineAfterItUnlikeTheArgdownCli() {
        ArgdownDocument d = parse("===\ntitle: x\n===\n[A]: a\n  + [B]: b\n");
        assertEquals(List.of(), d.diagnostics());
        assertEquals(List.of("[B] support [A]"), relations(d));
    }

    @Test
    void readsTheStatementsAnInferenceUsesFromItsData() {
        ArgdownDocument d = parse("""
                <A>

                (1) p
                (2) q
                -- {uses: [1]} --
                (3) r
                --
                Modus ponens
                {uses: [2, 3], logic: ["deductive"]}
                --
                (4) s
                """);
        assertEquals(List.of(), d.diagnostics());
        List<ArgdownDocument.PcsStatement> pcs = d.arguments().get("A").pcs();
        assertEquals(List.of(1), pcs.get(2).uses());
        assertEquals(List.of(2, 3), pcs.get(3).uses());
        assertEquals(List.of("Modus ponens"), pcs.get(3).inferenceRules());
    }

    /** The Argdown CLI stops with a YAMLException on such data; we warn and ignore it (more lenient). */
    @Test
    void invalidInferenceDataIsAWarningNotAnErrorUnlikeTheArgdownCli() {
        ArgdownDocument d = parse("(1) a\n(2) b\n-- {uses: [1, } --\n(3) c\n");
        assertEquals(List.of("argdown-invalid-data 3:4"), d.diagnostics().stream()
                .map(x -> x.code() + " " + x.location().line() + ":" + x.location().column()).toList());
        assertFalse(d.hasErrors());
        assertEquals(List.of(), d.arguments().get("Untitled 1").pcs().get(2).uses());
    }

    static Stream<Path> coreTests() {
        return ExternalData.argdown("core-tests", ".argdown").stream();
    }

    /** argdown-core's own parser tests assert these inputs parse without errors. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("coreTests")
    void parsesArgdownCoreTestInputsWithoutErrors(Path file) throws IOException {
        ArgdownDocument d = ArgdownParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(), d.diagnostics().stream().filter(Diagnostic::isError).toList());
        assertTrue(d.statements().size() > 0);
    }
}
