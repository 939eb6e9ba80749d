package org.argmap.analysis;

import java.util.List;
import java.util.Map;

/**
 * Propositions × sources: what each source holds on each proposition.
 *
 * <p>A cell aggregates the stances of the source's claims on the proposition, leaving out claims
 * of kind {@code objection} (they voice an opponent, not the source). Explicit stances outweigh
 * implied ones: when any is explicit, implied ones are ignored. If the remaining stances agree,
 * the cell takes that stance; if they differ (affirms and denies, or either with qualifies), the
 * cell is {@link Position#QUALIFIES}. {@link Cell#mixed()} is set whenever the source's claims take
 * different stances, counted or not: explicit affirms with implied denies is an {@code affirms}
 * cell marked mixed. No stance: {@link Position#SILENT}.
 *
 * <p>For a silent cell, {@link Cell#entailed()} tells what the source's other commitments entail
 * through the relations between propositions (affirms when they entail P, denies when they entail
 * not P, silent when neither or both).
 *
 * @param propositions the rows, in catalog order
 * @param sources the columns, in corpus order
 * @param cells every cell, row by row
 */
public record StanceMatrix(List<String> propositions, List<String> sources, List<Cell> cells) {

    public StanceMatrix {
        propositions = List.copyOf(propositions);
        sources = List.copyOf(sources);
        cells = List.copyOf(cells);
    }

    /**
     * One cell.
     *
     * @param proposition the row
     * @param source the column
     * @param position the aggregated position
     * @param mixed true when the source's claims take different stances, even if only the explicit ones are counted
     * @param implied true when every stance that counted is implied
     * @param entailed for a silent cell, what the source's commitments entail; else {@link Position#SILENT}
     * @param claims the claims with a stance on the proposition (objections excluded), each with its stance
     */
    public record Cell(String proposition, String source, Position position, boolean mixed, boolean implied,
                       Position entailed, List<CitedClaim> claims) {
        public Cell {
            claims = List.copyOf(claims);
        }

        /** The position, or for a silent cell what is entailed. */
        public Position effective() {
            return position.taken() ? position : entailed;
        }
    }

    /** The cell at a row and column. */
    public Cell cell(String proposition, String source) {
        int r = propositions.indexOf(proposition);
        int c = sources.indexOf(source);
        if (r < 0 || c < 0) {
            throw new IllegalArgumentException("no cell " + proposition + " × " + source);
        }
        return cells.get(r * sources.size() + c);
    }

    /** The cells of one row, in source order. */
    public List<Cell> row(String proposition) {
        int r = propositions.indexOf(proposition);
        if (r < 0) {
            throw new IllegalArgumentException("no proposition " + proposition);
        }
        return cells.subList(r * sources.size(), (r + 1) * sources.size());
    }

    /** Rows with at least one stance, for compact display; keyed by proposition in catalog order. */
    public Map<String, List<Cell>> nonEmptyRows() {
        Map<String, List<Cell>> m = new java.util.LinkedHashMap<>();
        for (String p : propositions) {
            List<Cell> row = row(p);
            if (row.stream().anyMatch(c -> c.position().taken())) {
                m.put(p, row);
            }
        }
        return m;
    }
}
