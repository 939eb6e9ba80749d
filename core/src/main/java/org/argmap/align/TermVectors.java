package org.argmap.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors over one vocabulary, L2-normalised, and their cosine similarity. A document is a
 * bag of terms with a weight per occurrence; its vector holds, per term, {@code (1 + ln tf) * idf}
 * with {@code idf = ln(1 + N / df)} over the {@code N} documents added (Salton and Buckley's
 * sublinear tf and smoothed idf), divided by the vector's length. The cosine of two vectors is the
 * sum, over their shared terms, of the products of the weights: 1 for the same bag, 0 for bags
 * with no term in common.
 *
 * <p>{@link #pairs} finds every pair above a threshold through an inverted index, at a cost of
 * {@code sum over terms of df^2} rather than {@code N^2}.
 */
final class TermVectors {

    /** A sparse vector: term ids ascending and their weights. */
    record Vector(int[] terms, double[] weights) {
        static final Vector EMPTY = new Vector(new int[0], new double[0]);

        double dot(Vector o) {
            double s = 0;
            int i = 0;
            int j = 0;
            while (i < terms.length && j < o.terms.length) {
                if (terms[i] == o.terms[j]) {
                    s += weights[i++] * o.weights[j++];
                } else if (terms[i] < o.terms[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return s;
        }
    }

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Map<Integer, Double>> bags = new ArrayList<>();
    private int[] df = new int[0];
    private Vector[] vectors;

    /** Adds a document as term occurrences with their weights; returns its index. */
    int add(Map<String, Double> bag) {
        Map<Integer, Double> b = new HashMap<>();
        bag.forEach((t, w) -> b.merge(id(t), w, Double::sum));
        bags.add(b);
        return bags.size() - 1;
    }

    private int id(String term) {
        Integer i = ids.get(term);
        if (i == null) {
            i = names.size();
            ids.put(term, i);
            names.add(term);
        }
        return i;
    }

    String term(int id) {
        return names.get(id);
    }

    /** Fixes the idf and builds the vectors of the documents added. */
    void build() {
        df = new int[names.size()];
        for (Map<Integer, Double> b : bags) {
            b.keySet().forEach(t -> df[t]++);
        }
        vectors = new Vector[bags.size()];
        for (int d = 0; d < bags.size(); d++) {
            vectors[d] = vector(bags.get(d));
        }
    }

    /** The vector of a document that was not added (a proposition's text), under the same idf; unknown terms are dropped. */
    Vector vectorOf(Map<String, Double> bag) {
        Map<Integer, Double> b = new HashMap<>();
        bag.forEach((t, w) -> {
            Integer i = ids.get(t);
            if (i != null && i < df.length && df[i] > 0) {
                b.merge(i, w, Double::sum);
            }
        });
        return vector(b);
    }

    private Vector vector(Map<Integer, Double> bag) {
        int[] terms = bag.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] w = new double[terms.length];
        double norm = 0;
        int n = bags.size();
        for (int k = 0; k < terms.length; k++) {
            double tf = bag.get(terms[k]);
            w[k] = (tf > 0 ? 1 + Math.log(Math.max(tf, 1)) : 0) * Math.log(1 + (double) n / Math.max(df[terms[k]], 1));
            norm += w[k] * w[k];
        }
        if (norm == 0) {
            return Vector.EMPTY;
        }
        double len = Math.sqrt(norm);
        for (int k = 0; k < w.length; k++) {
            w[k] /= len;
        }
        return new Vector(terms, w);
    }

    Vector vector(int doc) {
        return vectors[doc];
    }

    int size() {
        return vectors.length;
    }

    /**
     * The cosine of every pair of documents {@code i < j} that share a term, as a callback; pairs with
     * no shared term (cosine 0) are skipped. {@code group[d]} names a group per document: pairs
     * within one group are skipped too (claims of one source).
     */
    void pairs(int[] group, PairSink sink) {
        int n = vectors.length;
        int[][] postings = new int[df.length][];
        double[][] postingWeights = new double[df.length][];
        int[] fill = new int[df.length];
        for (int t = 0; t < df.length; t++) {
            postings[t] = new int[df[t]];
            postingWeights[t] = new double[df[t]];
        }
        for (int d = 0; d < n; d++) {
            Vector v = vectors[d];
            for (int k = 0; k < v.terms().length; k++) {
                int t = v.terms()[k];
                postings[t][fill[t]] = d;
                postingWeights[t][fill[t]++] = v.weights()[k];
            }
        }
        double[] acc = new double[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            Vector v = vectors[i];
            for (int k = 0; k < v.terms().length; k++) {
                int t = v.terms()[k];
                int[] p = postings[t];
                double[] pw = postingWeights[t];
                // postings are in document order: start after i
                int from = Arrays.binarySearch(p, 0, fill[t], i) + 1;
                for (int x = from; x < fill[t]; x++) {
                    int j = p[x];
                    if (group[j] == group[i]) {
                        continue;
                    }
                    if (acc[j] == 0) {
                        touched[count++] = j;
                    }
                    acc[j] += v.weights()[k] * pw[x];
                }
            }
            Arrays.sort(touched, 0, count);
            for (int x = 0; x < count; x++) {
                int j = touched[x];
                sink.accept(i, j, acc[j]);
                acc[j] = 0;
            }
        }
    }

    /** Receives one pair and its cosine. */
    interface PairSink {
        void accept(int i, int j, double cosine);
    }
}
