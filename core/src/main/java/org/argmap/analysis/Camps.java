package org.argmap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import org.argmap.model.Corpus;
import org.argmap.model.Source;

/**
 * Agreement scores, camps and cruxes (definitions in {@link SourceAgreement}, {@link Camp} and
 * {@link Crux}).
 *
 * <p>Scores: each source's effective positions are kept as a sparse list of (proposition,
 * position), so a pair costs the sum of their lengths, not the catalog size: O(S² · k) for S
 * sources taking k positions each.
 *
 * <p>Camps are found by average-linkage agglomerative clustering (UPGMA; Sokal and Michener 1958)
 * with a stopping threshold: start from one camp per source and repeatedly merge the two camps
 * whose mean pairwise score is highest, while it is at least the threshold; ties go to the pair
 * that comes first in corpus order. Only pairs of sources that share a proposition have a score;
 * two camps merge only when every source of one shares something with every source of the other,
 * so a camp never puts together sources that have nothing to agree on (a source that shares
 * nothing with the others stays a camp of its own), and its cohesion is the mean over all its
 * pairs. Implementation: a matrix of score sums and defined-pair counts between camps, updated
 * on each merge by the Lance–Williams rule for average linkage (sums and counts add), and per
 * camp its best partner among the later camps, recomputed only for the rows a merge touches
 * (Müllner's "generic" scheme); the result is exactly that of rescanning all pairs, in O(S²)
 * time typically, O(S³) at worst, and O(S²) memory. JGraphT offers no threshold-based
 * agglomerative clustering (its {@code GirvanNewmanClustering} and {@code KSpanningTreeClustering}
 * need the number of clusters in advance, and {@code LabelPropagationClustering} is randomised and
 * ignores weights).
 */
final class Camps {

    private Camps() {
    }

    static List<SourceAgreement> scores(StanceMatrix m) {
        List<String> s = m.sources();
        int ns = s.size();
        int np = m.propositions().size();
        // per source, the propositions (by row) it takes a position on, ascending, with the position
        int[][] props = new int[ns][];
        Position[][] pos = new Position[ns][];
        for (int j = 0; j < ns; j++) {
            List<Integer> ps = new ArrayList<>();
            List<Position> xs = new ArrayList<>();
            for (int r = 0; r < np; r++) {
                Position x = m.cells().get(r * ns + j).effective();
                if (x.taken()) {
                    ps.add(r);
                    xs.add(x);
                }
            }
            props[j] = ps.stream().mapToInt(Integer::intValue).toArray();
            pos[j] = xs.toArray(new Position[0]);
        }
        List<SourceAgreement> out = new ArrayList<>(ns * (ns - 1) / 2);
        for (int i = 0; i < ns; i++) {
            for (int j = i + 1; j < ns; j++) {
                int shared = 0;
                int same = 0;
                int opposite = 0;
                int partial = 0;
                int x = 0;
                int y = 0;
                while (x < props[i].length && y < props[j].length) {
                    if (props[i][x] < props[j][y]) {
                        x++;
                    } else if (props[i][x] > props[j][y]) {
                        y++;
                    } else {
                        Position a = pos[i][x++];
                        Position b = pos[j][y++];
                        shared++;
                        if (a == b) {
                            same++;
                        } else if (a == Position.QUALIFIES || b == Position.QUALIFIES) {
                            partial++;
                        } else {
                            opposite++;
                        }
                    }
                }
                Double score = shared == 0 ? null : (same + 0.5 * partial) / shared;
                out.add(new SourceAgreement(s.get(i), s.get(j), shared, same, opposite, partial, score));
            }
        }
        return out;
    }

    static List<Camp> cluster(Corpus corpus, List<String> sources, List<SourceAgreement> scores, double threshold) {
        int n = sources.size();
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < n; i++) {
            at.put(sources.get(i), i);
        }
        double[][] sum = new double[n][n];
        int[][] defined = new int[n][n];
        for (SourceAgreement a : scores) {
            Integer i = at.get(a.a());
            Integer j = at.get(a.b());
            if (i == null || j == null || a.score() == null) {
                continue;
            }
            sum[i][j] = sum[j][i] = a.score();
            defined[i][j] = defined[j][i] = 1;
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] alive = new boolean[n];
        Arrays.fill(alive, true);
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        // clusters are named by their first member, which is their smallest index, so index order
        // is corpus order of first members, the order ties are broken in
        int[] best = new int[n];
        double[] bestValue = new double[n];
        Linkage link = new Linkage(sum, defined, size, alive, threshold);
        for (int i = 0; i < n; i++) {
            link.rescan(i, best, bestValue);
        }
        while (true) {
            int bi = -1;
            for (int i = 0; i < n; i++) {
                if (alive[i] && best[i] >= 0 && (bi < 0 || bestValue[i] > bestValue[bi])) {
                    bi = i;
                }
            }
            if (bi < 0) {
                break;
            }
            int bj = best[bi];
            // Lance–Williams for average linkage: sums and counts of the merged camp add up
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != bi && k != bj) {
                    sum[bi][k] = sum[k][bi] = sum[bi][k] + sum[bj][k];
                    defined[bi][k] = defined[k][bi] = defined[bi][k] + defined[bj][k];
                }
            }
            sum[bi][bi] += sum[bj][bj] + sum[bi][bj];
            defined[bi][bi] += defined[bj][bj] + defined[bi][bj];
            alive[bj] = false;
            size[bi] += size[bj];
            members.get(bi).addAll(members.get(bj));
            link.rescan(bi, best, bestValue);
            for (int k = 0; k < bj; k++) {
                if (!alive[k] || k == bi) {
                    continue;
                }
                if (best[k] == bj || best[k] == bi) {
                    link.rescan(k, best, bestValue);
                } else if (k < bi) {
                    double v = link.mean(k, bi);
                    if (!Double.isNaN(v) && (v > bestValue[k] || v == bestValue[k] && bi < best[k])) {
                        best[k] = bi;
                        bestValue[k] = v;
                    }
                }
            }
        }
        List<Camp> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!alive[i]) {
                continue;
            }
            List<Integer> idx = members.get(i);
            idx.sort(null);
            List<String> c = idx.stream().map(sources::get).toList();
            int pairs = defined[i][i];
            Double cohesion = c.size() < 2 || pairs == 0 ? null : sum[i][i] / pairs;
            List<String> traditions = c.stream().map(id -> corpus.source(id).map(Source::tradition).orElse(null)).distinct().toList();
            String label = traditions.size() == 1 ? traditions.get(0) : null;
            out.add(new Camp(out.size() + 1, c, cohesion, label, pairs));
        }
        return out;
    }

    /** Linkage between live camps, from the sum and count matrices. */
    private record Linkage(double[][] sum, int[][] defined, int[] size, boolean[] alive, double threshold) {

        /**
         * The mean score between camps i and j, or NaN when they may not merge: some pair of their
         * sources shares nothing, or the mean is below the threshold.
         */
        double mean(int i, int j) {
            if (defined[i][j] < size[i] * size[j]) {
                return Double.NaN;
            }
            double v = sum[i][j] / defined[i][j];
            return v >= threshold ? v : Double.NaN;
        }

        /** Recomputes camp i's best later partner (first on ties), or -1. */
        void rescan(int i, int[] best, double[] bestValue) {
            best[i] = -1;
            bestValue[i] = Double.NEGATIVE_INFINITY;
            for (int j = i + 1; j < alive.length; j++) {
                if (alive[j]) {
                    double v = mean(i, j);
                    if (!Double.isNaN(v) && v > bestValue[i]) {
                        best[i] = j;
                        bestValue[i] = v;
                    }
                }
            }
        }
    }

    static List<Crux> cruxes(StanceMatrix m, List<Camp> camps) {
        if (camps.size() < 2) {
            return List.of();
        }
        int ns = m.sources().size();
        Map<String, Integer> col = new HashMap<>();
        for (int j = 0; j < ns; j++) {
            col.put(m.sources().get(j), j);
        }
        List<int[]> campCols = camps.stream().map(c -> c.sources().stream().mapToInt(col::get).toArray()).toList();
        List<Crux> out = new ArrayList<>();
        List<String> props = m.propositions();
        for (int r = 0; r < props.size(); r++) {
            String p = props.get(r);
            List<Crux.CampView> views = new ArrayList<>();
            int covered = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < camps.size(); k++) {
                int[] cols = campCols.get(k);
                List<Position> ps = new ArrayList<>(cols.length);
                double sum = 0;
                int n = 0;
                for (int j : cols) {
                    Position x = m.cells().get(r * ns + j).effective();
                    ps.add(x);
                    if (x.taken()) {
                        sum += x.value();
                        n++;
                    }
                }
                covered += n;
                Double mean = n == 0 ? null : sum / n;
                if (mean != null) {
                    lo = Math.min(lo, mean);
                    hi = Math.max(hi, mean);
                }
                views.add(new Crux.CampView(camps.get(k).number(), mean, ps));
            }
            // the largest separation between two camps' means is that of the extreme means
            double sep = hi > lo ? (hi - lo) / 2 : 0;
            double coverage = (double) covered / ns;
            double score = sep * coverage;
            if (score > 0) {
                out.add(new Crux(p, score, sep, coverage, views));
            }
        }
        Map<String, Integer> row = new HashMap<>();
        for (int r = 0; r < props.size(); r++) {
            row.put(props.get(r), r);
        }
        out.sort(Comparator.comparingDouble(Crux::score).reversed().thenComparingInt(c -> row.get(c.proposition())));
        return out;
    }
}
