package org.argmap.interchange.aif;

import java.util.List;
import org.argmap.diag.Location;

/**
 * An AIF graph as read from JSON, ids normalised to strings, each element with where it is.
 *
 * @param nodes the nodes, in file order
 * @param edges the edges, in file order
 * @param locutions the locutions (dialogue layer), in file order
 * @param participants the participants, in file order
 */
public record AifGraph(List<Node> nodes, List<Edge> edges, List<Locution> locutions, List<Participant> participants) {
    public AifGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        locutions = List.copyOf(locutions);
        participants = List.copyOf(participants);
    }

    /** A node: {@code type} is I, RA, CA, MA, L, YA, TA or another AIF type; {@code text} the proposition or scheme name. */
    public record Node(String id, String type, String text, Location location) {
    }

    /** A directed edge between two nodes. */
    public record Edge(String id, String from, String to, Location location) {
    }

    /** A locution: an L-node said by a participant ({@code personId}, may be null). */
    public record Locution(String nodeId, String personId, Location location) {
    }

    /** A participant of the dialogue. */
    public record Participant(String id, String firstName, String surname) {
        /** First name and surname, joined by a space when both are given. */
        public String name() {
            String f = firstName == null ? "" : firstName.strip();
            String s = surname == null ? "" : surname.strip();
            return (f + " " + s).strip();
        }
    }
}
