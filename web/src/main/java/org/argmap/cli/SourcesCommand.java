package org.argmap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.load.LoadResult;
import org.argmap.model.Corpus;
import org.argmap.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code argmap sources}: a table of the corpus's sources with their counts (the README's table comes from here). */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List the sources: outlet, authors, year, language, claims and quotes.")
final class SourcesCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Map files or folders (default: argmaps/).")
    List<Path> paths;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--format", defaultValue = "text", description = "text or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("markdown")) {
            throw new Main.UsageException("--format must be text or markdown, not '" + format + "'");
        }
        LoadResult r = corpus.load(paths);
        Diagnostics.print(r.diagnostics(), spec.commandLine().getErr());
        spec.commandLine().getOut().print(table(r.corpus(), format.equals("markdown")));
        spec.commandLine().getOut().flush();
        return r.hasErrors() ? 1 : 0;
    }

    /** The table; markdown for the README, aligned text for the terminal. */
    static String table(Corpus c, boolean markdown) {
        String[] head = {"source", "outlet", "author", "year", "language", "claims", "quotes"};
        List<String[]> rows = new java.util.ArrayList<>();
        int claims = 0;
        int quotes = 0;
        for (Source s : c.sources()) {
            int nc = c.claimsOf(s.id()).size();
            int nq = c.claimsOf(s.id()).stream().mapToInt(x -> x.evidence().size()).sum();
            claims += nc;
            quotes += nq;
            Matcher m = YEAR.matcher(s.date() == null ? "" : s.date());
            String year = m.find() ? (s.date().startsWith("c") ? "c. " : "") + m.group() : "unknown";
            rows.add(new String[] {s.id(), nz(s.outlet()), s.authors().isEmpty() ? "(not named)" : String.join(", ", s.authors()),
                    year, nz(s.language()), Integer.toString(nc), Integer.toString(nq)});
        }
        rows.add(new String[] {"total", "", "", "", "", Integer.toString(claims), Integer.toString(quotes)});
        StringBuilder sb = new StringBuilder();
        if (markdown) {
            sb.append("| ").append(String.join(" | ", head)).append(" |\n");
            sb.append("|---|---|---|---|---|--:|--:|\n");
            for (String[] row : rows) {
                sb.append("| ").append(String.join(" | ", escape(row))).append(" |\n");
            }
            return sb.toString();
        }
        int[] w = new int[head.length];
        for (String[] row : concat(head, rows)) {
            for (int i = 0; i < row.length; i++) {
                w[i] = Math.max(w[i], row[i].length());
            }
        }
        for (String[] row : concat(head, rows)) {
            for (int i = 0; i < row.length; i++) {
                String cell = i >= 5 ? " ".repeat(w[i] - row[i].length()) + row[i] : row[i] + " ".repeat(w[i] - row[i].length());
                sb.append(cell).append(i == row.length - 1 ? "\n" : "  ");
            }
        }
        return sb.toString();
    }

    private static List<String[]> concat(String[] head, List<String[]> rows) {
        List<String[]> all = new java.util.ArrayList<>();
        all.add(head);
        all.addAll(rows);
        return all;
    }

    private static String[] escape(String[] row) {
        String[] out = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i].replace("|", "\\|");
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
