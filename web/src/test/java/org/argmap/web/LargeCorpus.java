package org.argmap.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a corpus of many one-claim sources, the shape of a group mapping many short pieces on
 * one contested question: each source makes one claim, quoted from its one-line text, that
 * affirms, denies or qualifies one of the propositions (and, one time in three, a second one);
 * the propositions come in contrary pairs, with a chain of entailments; one source in five
 * attacks another source's claim. Random but seeded: the same arguments give the same files.
 */
final class LargeCorpus {

    private LargeCorpus() {
    }

    /**
     * Writes {@code sources} source maps, their texts and {@code propositions.yaml} into {@code dir}.
     *
     * @param propositions how many propositions (even; at least 2)
     * @return {@code dir}
     */
    static Path write(Path dir, int sources, int propositions, long seed) {
        Random random = new Random(seed);
        try {
            Files.createDirectories(dir);
            StringBuilder shared = new StringBuilder("propositions:\n");
            for (int p = 0; p < propositions; p++) {
                shared.append("  - id: ").append(prop(p)).append('\n')
                        .append("    text: Proposition ").append(p).append(" holds.\n");
            }
            shared.append("relations:\n");
            for (int p = 0; p + 1 < propositions; p += 2) {
                shared.append("  - from: ").append(prop(p)).append("\n    to: ").append(prop(p + 1)).append("\n    type: contrary\n");
            }
            for (int p = 0; p + 2 < propositions; p += 2) {
                shared.append("  - from: ").append(prop(p)).append("\n    to: ").append(prop(p + 2)).append("\n    type: entails\n");
            }
            for (int s = 0; s < sources; s++) {
                if (random.nextInt(5) == 0) {
                    int other = random.nextInt(sources);
                    if (other != s) {
                        shared.append("  - from: ").append(source(s)).append("/claim\n    to: ").append(source(other))
                                .append("/claim\n    type: attacks\n");
                    }
                }
            }
            Files.writeString(dir.resolve("propositions.yaml"), shared.toString(), StandardCharsets.UTF_8);

            String[] stances = {"affirms", "denies", "qualifies"};
            for (int s = 0; s < sources; s++) {
                String id = source(s);
                String sentence = "Author " + s + " argues point " + random.nextInt(1000) + " at some length.";
                Files.writeString(dir.resolve(id + ".txt"), "Preamble. " + sentence + " The end.\n", StandardCharsets.UTF_8);
                StringBuilder map = new StringBuilder();
                map.append("source:\n  id: ").append(id).append("\n  title: Article ").append(s)
                        .append("\n  authors: [Author ").append(s).append("]\n  date: ").append(1990 + random.nextInt(35))
                        .append("\n  language: en\n  text: ").append(id).append(".txt\n");
                map.append("claims:\n  - id: claim\n    text: The claim of article ").append(s).append(".\n    kind: thesis\n");
                map.append("    evidence:\n      - quote: \"").append(sentence).append("\"\n");
                map.append("    stances:\n");
                int first = random.nextInt(propositions);
                map.append("      - proposition: ").append(prop(first)).append("\n        stance: ")
                        .append(stances[random.nextInt(10) < 7 ? random.nextInt(2) : 2]).append('\n');
                if (random.nextInt(3) == 0) {
                    int second = (first + 1 + random.nextInt(propositions - 1)) % propositions;
                    map.append("      - proposition: ").append(prop(second)).append("\n        stance: ")
                            .append(stances[random.nextInt(2)]).append('\n');
                }
                Files.writeString(dir.resolve(id + ".yaml"), map.toString(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String source(int s) {
        return String.format(Locale.ROOT, "s-%04d", s);
    }

    private static String prop(int p) {
        return String.format(Locale.ROOT, "p-%03d", p);
    }

    /** Writes a corpus: {@code LargeCorpus DIR [SOURCES [PROPOSITIONS [SEED]]]} (500, 40, 1 by default), for the benchmark. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/large-corpus");
        int sources = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int propositions = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        write(dir, sources, propositions, seed);
        System.out.println(dir);
    }
}
