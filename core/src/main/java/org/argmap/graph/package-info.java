/**
 * The corpus as a JGraphT graph, and the logic of propositions as an implication graph.
 *
 * <ul>
 *   <li>{@link org.argmap.graph.CorpusGraph}: typed vertices ({@link org.argmap.graph.Vertex}:
 *       source, claim, evidence, proposition) and typed edges ({@link org.argmap.graph.Edge}:
 *       wrote, quotes, stance, supports, attacks, undercuts, entails, equivalent, contrary,
 *       contradicts) in one directed pseudograph.
 *   <li>{@link org.argmap.graph.ImplicationGraph}: the relations between propositions read as
 *       implications between literals ("P", "not P"), the implication graph of 2-SAT (Aspvall,
 *       Plass and Tarjan 1979). Entailment chains are shortest paths in it
 *       ({@link org.jgrapht.alg.shortestpath.BFSShortestPath}, {@link
 *       org.jgrapht.alg.shortestpath.YenKShortestPath}); an inconsistent catalog shows as a
 *       literal and its negation in one strongly connected component ({@link
 *       org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector}).
 * </ul>
 *
 * Both graphs are built in corpus order, so every iteration over them, and every result derived
 * from them, is deterministic.
 */
package org.argmap.graph;
