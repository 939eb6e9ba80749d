/**
 * The corpus as a graph file for general graph tools, through jgrapht-io: GraphML with typed
 * attributes (yEd, Gephi, Cytoscape) and Graphviz DOT. Export only.
 */
package org.argmap.interchange.graph;
