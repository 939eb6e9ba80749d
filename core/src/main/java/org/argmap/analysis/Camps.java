package org.argmap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.argmap.model.Corpus;
import org.argmap.model.Source;

/**
 * Agreement scores, camps and cruxes (definitions in {@link SourceAgreement}, {@link Camp} and
 * {@link Crux}).
 *
 * <p>Camps are found by average-linkage agglomerative clustering (UPGMA; Sokal and Michener 1958)
 * with a stopping threshold: start from one camp per source and repeatedly merge the two camps
 * whose mean pairwise score is highest, while it is at least the threshold (pairs that share no
 * proposition do not count; ties go to the pair that comes first in corpus order). It is written
 * here because JGraphT offers no threshold-based agglomerative clustering: its
 * {@code GirvanNewmanClustering} and {@code KSpanningTreeClustering} need the number of clusters
 * in advance, and {@code LabelPropagationClustering} is randomised and ignores weights. O(n³) for
 * n sources.
 */
final class Camps {

    private Camps() {
    }

    static List<SourceAgreement> scores(StanceMatrix m) {
        List<SourceAgreement> out = new ArrayList<>();
        List<String> s = m.sources();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                int shared = 0;
                int same = 0;
                int opposite = 0;
                int partial = 0;
                for (String p : m.propositions()) {
                    Position a = m.cell(p, s.get(i)).effective();
                    Position b = m.cell(p, s.get(j)).effective();
                    if (!a.taken() || !b.taken()) {
                        continue;
                    }
                    shared++;
                    if (a == b) {
                        same++;
                    } else if (a == Position.QUALIFIES || b == Position.QUALIFIES) {
                        partial++;
                    } else {
                        opposite++;
                    }
                }
                Double score = shared == 0 ? null : (same + 0.5 * partial) / shared;
                out.add(new SourceAgreement(s.get(i), s.get(j), shared, same, opposite, partial, score));
            }
        }
        return out;
    }

    static List<Camp> cluster(Corpus corpus, List<String> sources, List<SourceAgreement> scores, double threshold) {
        List<List<String>> clusters = new ArrayList<>();
        sources.forEach(s -> clusters.add(new ArrayList<>(List.of(s))));
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    Double avg = mean(clusters.get(i), clusters.get(j), scores);
                    if (avg != null && avg >= threshold && avg > best) {
                        best = avg;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            clusters.get(bi).addAll(clusters.remove(bj));
            clusters.get(bi).sort(Comparator.comparingInt(sources::indexOf));
        }
        clusters.sort(Comparator.comparingInt(c -> sources.indexOf(c.get(0))));
        List<Camp> out = new ArrayList<>();
        for (List<String> c : clusters) {
            Double cohesion = c.size() < 2 ? null : mean(c, c, scores);
            List<String> traditions = c.stream().map(id -> corpus.source(id).map(Source::tradition).orElse(null)).distinct().toList();
            String label = traditions.size() == 1 ? traditions.get(0) : null;
            out.add(new Camp(out.size() + 1, c, cohesion, label));
        }
        return out;
    }

    /** Mean score over pairs (a in x, b in y, a != b) that share something; null if none. */
    private static Double mean(List<String> x, List<String> y, List<SourceAgreement> scores) {
        double sum = 0;
        int n = 0;
        for (SourceAgreement s : scores) {
            if (s.score() != null && (x.contains(s.a()) && y.contains(s.b()) || x.contains(s.b()) && y.contains(s.a()))) {
                sum += s.score();
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    static List<Crux> cruxes(StanceMatrix m, List<Camp> camps) {
        if (camps.size() < 2) {
            return List.of();
        }
        List<Crux> out = new ArrayList<>();
        for (String p : m.propositions()) {
            List<Crux.CampView> views = new ArrayList<>();
            int covered = 0;
            for (Camp camp : camps) {
                List<Position> ps = camp.sources().stream().map(s -> m.cell(p, s).effective()).toList();
                double sum = 0;
                int n = 0;
                for (Position x : ps) {
                    if (x.taken()) {
                        sum += x.value();
                        n++;
                    }
                }
                covered += n;
                views.add(new Crux.CampView(camp.number(), n == 0 ? null : sum / n, ps));
            }
            double sep = 0;
            for (int i = 0; i < views.size(); i++) {
                for (int j = i + 1; j < views.size(); j++) {
                    Double a = views.get(i).mean();
                    Double b = views.get(j).mean();
                    if (a != null && b != null) {
                        sep = Math.max(sep, Math.abs(a - b) / 2);
                    }
                }
            }
            double coverage = (double) covered / m.sources().size();
            double score = sep * coverage;
            if (score > 0) {
                out.add(new Crux(p, score, sep, coverage, views));
            }
        }
        out.sort(Comparator.comparingDouble(Crux::score).reversed().thenComparingInt(c -> m.propositions().indexOf(c.proposition())));
        return out;
    }
}
