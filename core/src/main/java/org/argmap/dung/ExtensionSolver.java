package org.argmap.dung;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Computes the extensions of one {@link Semantics} and answers the ICCMA reasoning problems for
 * it. Results are deterministic: each extension is a {@link SortedSet} of argument names in
 * natural {@code String} order, and lists of extensions are sorted by {@link #EXTENSION_ORDER},
 * with no duplicates, so two solvers agree exactly when their lists are equal.
 *
 * <p>Methods taking an argument name throw {@link IllegalArgumentException} if the framework does
 * not contain it.
 */
public interface ExtensionSolver {

    /**
     * Lexicographic order on extensions, comparing the sorted names one by one; a proper prefix
     * comes first, so the empty extension is always first.
     */
    Comparator<SortedSet<String>> EXTENSION_ORDER = (a, b) -> {
        Iterator<String> i = a.iterator();
        Iterator<String> j = b.iterator();
        while (i.hasNext() && j.hasNext()) {
            int c = i.next().compareTo(j.next());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(i.hasNext(), j.hasNext());
    };

    /** The default solver for {@code semantics}: {@link LabellingSolver#of(Semantics)}. */
    static ExtensionSolver of(Semantics semantics) {
        return LabellingSolver.of(semantics);
    }

    /** The semantics this solver computes. */
    Semantics semantics();

    /**
     * All extensions (ICCMA {@code EE}), sorted by {@link #EXTENSION_ORDER}; unmodifiable. Empty
     * only for stable semantics on a framework without stable extension.
     */
    List<SortedSet<String>> extensions(ArgumentationFramework af);

    /**
     * Some extension (ICCMA {@code SE}), or empty if there is none (stable only). The choice is
     * deterministic for a given framework but need not be the first of {@link #extensions}.
     */
    Optional<SortedSet<String>> someExtension(ArgumentationFramework af);

    /** Whether {@code argument} belongs to some extension (ICCMA {@code DC}). */
    boolean isCredulouslyAccepted(ArgumentationFramework af, String argument);

    /**
     * Whether {@code argument} belongs to every extension (ICCMA {@code DS}); vacuously true when
     * there is no extension (stable semantics), as ICCMA 2015 prescribes.
     */
    boolean isSkepticallyAccepted(ArgumentationFramework af, String argument);
}
