package org.argmap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.argmap.layout.Diagram.Block;
import org.argmap.layout.Diagram.Role;
import org.junit.jupiter.api.Test;

class GridLayoutTest {
    private static Diagram grid() {
        List<Diagram.Node> nodes = new ArrayList<>();
        nodes.add(Diagram.Node.text("c1", "column-header", List.of(new Block(Role.BODY_BOLD, "alpha")), "k1", Map.of(), null).at(0, 1));
        nodes.add(Diagram.Node.text("c2", "column-header", List.of(new Block(Role.BODY_BOLD, "beta-longer-name")), "k2", Map.of(), null).at(0, 2));
        for (int r = 1; r <= 3; r++) {
            nodes.add(Diagram.Node.text("r" + r, "row-header", List.of(new Block(Role.BODY, "Row " + r + " has text")), null, Map.of(), null)
                    .withWrapWidth(80).at(r, 0));
            for (int c = 1; c <= 2; c++) {
                nodes.add(new Diagram.Node("x" + r + c, "cell-affirms", List.of(), c == 1 ? "k1" : "k2", new TreeMap<>(), 0, 20, 20,
                        new Diagram.Cell(r, c), null));
            }
        }
        return new Diagram("Matrix", null, null, Diagram.Direction.DOWN, nodes, List.of(),
                List.of(Diagram.Cluster.of("k1", "camp", "camp one", null, Map.of()),
                        Diagram.Cluster.of("k2", "camp", "camp two", null, Map.of())), List.of());
    }

    @Test
    void cellsDoNotOverlapAndLabelsFit() {
        LayoutChecks.check(new GridLayout().layout(grid()));
    }

    @Test
    void placesCellsInTheirRowsAndColumns() {
        LaidOutDiagram d = new GridLayout().layout(grid());
        var byId = new java.util.HashMap<String, LaidOutDiagram.Box>();
        d.nodes().forEach(n -> byId.put(n.node().id(), n.box()));
        assertTrue(byId.get("x11").x() < byId.get("x12").x());
        assertTrue(byId.get("x11").y() < byId.get("x21").y());
        assertEquals(byId.get("x11").x(), byId.get("x31").x(), 1e-9);
        assertEquals(byId.get("r1").x(), byId.get("r3").x(), 1e-9);
        assertTrue(byId.get("c2").bottom() <= byId.get("x12").y());
    }

    @Test
    void refusesANodeWithoutACell() {
        Diagram d = new Diagram("m", null, null, Diagram.Direction.DOWN,
                List.of(Diagram.Node.text("n", "k", List.of(), null, Map.of(), null)), List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> new GridLayout().layout(d));
    }
}
