package org.argmap.dung;

import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * {@link ExtensionSolver} by labelling search (after Modgil &amp; Caminada): grounded by its
 * least fixpoint, complete and stable by backtracking over IN/OUT/UNDEC labellings with
 * propagation, preferred by the same search bounded by the maximal extensions found so far.
 *
 * <table>
 *   <caption>How each problem is answered</caption>
 *   <tr><th></th><th>EE</th><th>SE</th><th>DC</th><th>DS</th></tr>
 *   <tr><td>GR</td><td>fixpoint</td><td>fixpoint</td><td>in grounded</td><td>in grounded</td></tr>
 *   <tr><td>CO</td><td>enumerate</td><td>grounded</td><td>search with a = IN</td>
 *       <td>in grounded (the least complete)</td></tr>
 *   <tr><td>PR</td><td>bounded enumeration</td><td>first complete found (it is maximal)</td>
 *       <td>= DC-CO</td><td>in grounded: YES; not DC: NO; else every preferred</td></tr>
 *   <tr><td>ST</td><td>enumerate without UNDEC</td><td>first found</td>
 *       <td>search with a = IN</td><td>no stable labelling with a = OUT</td></tr>
 * </table>
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class LabellingSolver implements ExtensionSolver {

    private static final Map<Semantics, LabellingSolver> INSTANCES = new EnumMap<>(Semantics.class);

    static {
        for (Semantics s : Semantics.values()) {
            INSTANCES.put(s, new LabellingSolver(s));
        }
    }

    private final Semantics semantics;

    private LabellingSolver(Semantics semantics) {
        this.semantics = semantics;
    }

    /** The solver for {@code semantics}. */
    public static LabellingSolver of(Semantics semantics) {
        return INSTANCES.get(Objects.requireNonNull(semantics, "semantics"));
    }

    @Override
    public Semantics semantics() {
        return semantics;
    }

    @Override
    public List<SortedSet<String>> extensions(ArgumentationFramework af) {
        LabellingSearch search = new LabellingSearch(af);
        List<BitSet> sets = switch (semantics) {
            case GROUNDED -> List.of(search.grounded());
            case COMPLETE -> search.complete();
            case PREFERRED -> search.preferred();
            case STABLE -> search.stable();
        };
        return sets.stream().map(s -> names(af, s)).sorted(EXTENSION_ORDER).toList();
    }

    @Override
    public Optional<SortedSet<String>> someExtension(ArgumentationFramework af) {
        LabellingSearch search = new LabellingSearch(af);
        BitSet e = switch (semantics) {
            case GROUNDED, COMPLETE -> search.grounded();
            case PREFERRED -> search.onePreferred();
            case STABLE -> search.first(true, -1, LabellingSearch.ALL);
        };
        return Optional.ofNullable(e).map(s -> names(af, s));
    }

    @Override
    public boolean isCredulouslyAccepted(ArgumentationFramework af, String argument) {
        int a = require(af, argument);
        LabellingSearch search = new LabellingSearch(af);
        return switch (semantics) {
            case GROUNDED -> search.grounded().get(a);
            // An argument in some complete extension is in some preferred one that contains it.
            case COMPLETE, PREFERRED -> search.first(false, a, LabellingSearch.IN) != null;
            case STABLE -> search.first(true, a, LabellingSearch.IN) != null;
        };
    }

    @Override
    public boolean isSkepticallyAccepted(ArgumentationFramework af, String argument) {
        int a = require(af, argument);
        LabellingSearch search = new LabellingSearch(af);
        return switch (semantics) {
            case GROUNDED, COMPLETE -> search.grounded().get(a);
            case PREFERRED -> search.grounded().get(a)
                    || search.first(false, a, LabellingSearch.IN) != null
                            && search.preferred().stream().allMatch(e -> e.get(a));
            // In a stable labelling "not IN" is OUT; no stable extensions at all gives YES.
            case STABLE -> search.first(true, a, LabellingSearch.OUT) == null;
        };
    }

    private static int require(ArgumentationFramework af, String argument) {
        int a = af.indexOf(Objects.requireNonNull(argument, "argument"));
        if (a < 0) {
            throw new IllegalArgumentException("unknown argument '" + argument + "'");
        }
        return a;
    }

    private static SortedSet<String> names(ArgumentationFramework af, BitSet bits) {
        TreeSet<String> out = new TreeSet<>();
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            out.add(af.name(i));
        }
        return Collections.unmodifiableSortedSet(out);
    }

    @Override
    public String toString() {
        return "LabellingSolver[" + semantics.iccmaCode() + "]";
    }
}
