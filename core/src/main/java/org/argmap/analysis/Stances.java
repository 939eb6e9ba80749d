package org.argmap.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.argmap.graph.CorpusGraph;
import org.argmap.graph.ImplicationGraph;
import org.argmap.graph.Literal;
import org.argmap.model.Claim;
import org.argmap.model.Proposition;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.argmap.model.StanceType;

/** Builds the {@link StanceMatrix} and the {@link Agreement}s (rules in their javadoc). */
final class Stances {

    private Stances() {
    }

    static StanceMatrix matrix(CorpusGraph graph, ImplicationGraph logic, Commitments commitments) {
        List<String> props = graph.corpus().propositions().stream().map(Proposition::id).toList();
        List<String> sources = graph.corpus().sources().stream().map(Source::id).toList();
        List<Set<Literal>> closures = new ArrayList<>();
        for (String s : sources) {
            closures.add(logic.consequences(commitments.ofSource(s)));
        }
        List<StanceMatrix.Cell> cells = new ArrayList<>();
        for (String p : props) {
            List<Stance> on = graph.stancesOn(p);
            for (int i = 0; i < sources.size(); i++) {
                String s = sources.get(i);
                List<Stance> mine = new ArrayList<>();
                List<CitedClaim> claims = new ArrayList<>();
                for (Stance st : on) {
                    Claim c = graph.claim(st.claimRef()).orElseThrow();
                    if (st.source().equals(s) && Commitments.counts(c)) {
                        mine.add(st);
                        claims.add(CitedClaim.of(c, st));
                    }
                }
                if (mine.isEmpty()) {
                    boolean yes = closures.get(i).contains(Literal.of(p));
                    boolean no = closures.get(i).contains(Literal.not(p));
                    Position entailed = yes && !no ? Position.AFFIRMS : no && !yes ? Position.DENIES : Position.SILENT;
                    cells.add(new StanceMatrix.Cell(p, s, Position.SILENT, false, false, entailed, List.of()));
                    continue;
                }
                List<Stance> explicit = mine.stream().filter(x -> !x.implied()).toList();
                List<Stance> counted = explicit.isEmpty() ? mine : explicit;
                Set<StanceType> countedTypes = new LinkedHashSet<>();
                counted.forEach(x -> countedTypes.add(x.type()));
                Set<StanceType> allTypes = new LinkedHashSet<>();
                mine.forEach(x -> allTypes.add(x.type()));
                Position pos = countedTypes.size() == 1 ? Position.of(countedTypes.iterator().next()) : Position.QUALIFIES;
                cells.add(new StanceMatrix.Cell(p, s, pos, allTypes.size() > 1, explicit.isEmpty(), Position.SILENT, claims));
            }
        }
        return new StanceMatrix(props, sources, cells);
    }

    static List<Agreement> agreements(StanceMatrix m) {
        List<Agreement> out = new ArrayList<>();
        for (String p : m.propositions()) {
            for (StanceType t : List.of(StanceType.AFFIRMS, StanceType.DENIES)) {
                List<String> srcs = new ArrayList<>();
                List<CitedClaim> claims = new ArrayList<>();
                for (StanceMatrix.Cell c : m.row(p)) {
                    if (c.position() == Position.of(t)) {
                        srcs.add(c.source());
                        c.claims().stream().filter(x -> x.stance() == t).forEach(claims::add);
                    }
                }
                if (srcs.size() >= 2) {
                    out.add(new Agreement(p, t, srcs, claims));
                }
            }
        }
        return out;
    }
}
