package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.argmap.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing: valid maps are mutated (characters, lines, indentation, YAML
 * punctuation, truncation) and loaded; no exception may escape and every diagnostic must have a
 * file, line and column. Set {@code -Dargmap.fuzz.cases=N} and {@code -Dargmap.fuzz.seed=S} to
 * run longer or reproduce.
 */
class MutationFuzzTest {
    private static final String[] TOKENS = {":", "- ", "[", "]", "{", "}", "&a ", "*a", "\"", "'", "#", "|", ">-", "\t",
            "\n", "  ", "---\n", "? ", "!!str ", "%YAML 1.2\n", "\u0000", "\uFEFF", "é", "“", "\\", "@", "`", "0x", "~", "null",
            "true", "claims:", "source:", "relations:", "propositions:", "quote: ", "id: ", "type: undercuts", "to: ", "from: "};

    @Test
    void noExceptionEscapesAndEveryDiagnosticIsLocated() throws Exception {
        int cases = Integer.getInteger("argmap.fuzz.cases", 10_000);
        long seed = Long.getLong("argmap.fuzz.seed", 20261122L);
        Path base = Path.of("src/test/resources/fixtures/valid");
        List<String> seeds = new ArrayList<>();
        for (String f : List.of("alpha.yaml", "beta.yaml", "shared.yaml")) {
            seeds.add(Files.readString(base.resolve(f)));
        }
        // a slice of a real map keeps the cost per case low while exercising real content
        String real = Files.readString(Path.of("../argmaps/trotsky-1935.yaml"));
        seeds.add(real.substring(0, Math.min(real.length(), 6000)));
        Random rnd = new Random(seed);
        CorpusLoader loader = new CorpusLoader();
        int withDiagnostics = 0;
        for (int i = 0; i < cases; i++) {
            String input = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
            LoadResult r;
            try {
                r = loader.loadString("fuzz.yaml", input, base);
            } catch (Throwable t) {
                fail("case " + i + " (seed " + seed + ") threw " + t + " on input:\n" + input, t);
                return;
            }
            for (Diagnostic d : r.diagnostics()) {
                assertTrue(d.line() >= 1 && d.column() >= 1 && !d.file().isEmpty() && !d.code().isEmpty(), d::toString);
                assertTrue(d.code().matches("[a-z]+(-[a-z0-9]+)*"), d.code());
            }
            if (!r.diagnostics().isEmpty()) {
                withDiagnostics++;
            }
        }
        // the mutations must actually break things most of the time, or the fuzzer tests nothing
        assertTrue(withDiagnostics > cases / 2, "only " + withDiagnostics + " of " + cases + " mutants were diagnosed");
    }

    static String mutate(String s, Random rnd) {
        StringBuilder sb = new StringBuilder(s);
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n && sb.length() > 0; k++) {
            int at = rnd.nextInt(sb.length());
            switch (rnd.nextInt(8)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, TOKENS[rnd.nextInt(TOKENS.length)]);
                case 2 -> sb.setCharAt(at, (char) (32 + rnd.nextInt(95)));
                case 3 -> sb.setLength(at);
                case 4 -> {
                    int nl = sb.indexOf("\n", at);
                    if (nl >= 0) {
                        sb.insert(nl + 1, " ".repeat(1 + rnd.nextInt(4)));
                    }
                }
                case 5 -> {
                    int nl = sb.indexOf("\n", at);
                    int prev = sb.lastIndexOf("\n", at);
                    if (nl > prev && prev >= 0) {
                        String line = sb.substring(prev + 1, nl + 1);
                        sb.insert(nl + 1, line);
                    }
                }
                case 6 -> {
                    int nl = sb.indexOf("\n", at);
                    int prev = sb.lastIndexOf("\n", at);
                    if (nl > prev && prev >= 0) {
                        sb.delete(prev + 1, nl + 1);
                    }
                }
                default -> sb.insert(at, (char) rnd.nextInt(0x3000));
            }
        }
        return sb.toString();
    }
}
