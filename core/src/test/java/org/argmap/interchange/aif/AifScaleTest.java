package org.argmap.interchange.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.argmap.interchange.ImportedMap;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.junit.jupiter.api.Test;

/**
 * Large AIF graphs import in time linear in their size and without recursion: a chain of
 * inferences and a chain of attacks on attacks written backwards (each CA-node attacking the
 * CA-node before it in the chain, listed last first). Each import runs on a thread with a small
 * stack. The time bounds are generous sanity bounds against quadratic loops (before: a map
 * searched by value for every scheme node, and a rescan of all waiting undercuts per undercut
 * placed); the figures are in {@code bench/import-bench.sh}.
 */
class AifScaleTest {

    /** n I-nodes, each supporting the one before it through an RA-node (2n - 1 nodes). */
    static String raChain(int n) {
        StringBuilder nodes = new StringBuilder();
        StringBuilder edges = new StringBuilder();
        nodes.append("{\"nodeID\":\"i0\",\"type\":\"I\",\"text\":\"Claim 0 of the chain\"}");
        for (int k = 1; k < n; k++) {
            nodes.append(",{\"nodeID\":\"i").append(k).append("\",\"type\":\"I\",\"text\":\"Claim ").append(k).append(" of the chain\"}");
            nodes.append(",{\"nodeID\":\"ra").append(k).append("\",\"type\":\"RA\",\"text\":\"Default Inference\"}");
            edges.append(edges.isEmpty() ? "" : ",").append("{\"fromID\":\"i").append(k).append("\",\"toID\":\"ra").append(k).append("\"}");
            edges.append(",{\"fromID\":\"ra").append(k).append("\",\"toID\":\"i").append(k - 1).append("\"}");
        }
        return "{\"nodes\":[" + nodes + "],\"edges\":[" + edges + "]}";
    }

    /** A claim attacked by CA-node 0; CA-node k (k > 0) attacks CA-node k-1; nodes and edges listed last first. */
    static String caChainBackwards(int n) {
        StringBuilder nodes = new StringBuilder("{\"nodeID\":\"t\",\"type\":\"I\",\"text\":\"Target\"}");
        StringBuilder edges = new StringBuilder("{\"fromID\":\"ca0\",\"toID\":\"t\"}");
        for (int k = n - 1; k >= 0; k--) {
            nodes.append(",{\"nodeID\":\"a").append(k).append("\",\"type\":\"I\",\"text\":\"Attacker ").append(k).append("\"}");
            nodes.append(",{\"nodeID\":\"ca").append(k).append("\",\"type\":\"CA\",\"text\":\"Default Conflict\"}");
            edges.append(",{\"fromID\":\"a").append(k).append("\",\"toID\":\"ca").append(k).append("\"}");
            if (k > 0) {
                edges.append(",{\"fromID\":\"ca").append(k).append("\",\"toID\":\"ca").append(k - 1).append("\"}");
            }
        }
        return "{\"nodes\":[" + nodes + "],\"edges\":[" + edges + "]}";
    }

    /** CPU seconds of the last import's thread (CPU, not wall time: the test machine is shared). */
    static double cpuSeconds;

    static ImportedMap importOnSmallStack(String json) throws InterruptedException {
        ImportedMap[] result = new ImportedMap[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                var bean = java.lang.management.ManagementFactory.getThreadMXBean();
                long c0 = bean.getCurrentThreadCpuTime();
                result[0] = AifImporter.importBytes("big.json", json.getBytes(StandardCharsets.UTF_8), "big.yaml", "big.txt");
                cpuSeconds = (bean.getCurrentThreadCpuTime() - c0) / 1e9;
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertEquals(null, failure[0], "the importer threw");
        return result[0];
    }

    @Test
    void aChainOfOneHundredThousandInferencesImportsInLinearTime() throws InterruptedException {
        String json = raChain(50_000);
        ImportedMap m = importOnSmallStack(json);
        double seconds = cpuSeconds;
        System.out.println("AifScaleTest: " + seconds + " s CPU");
        assertFalse(m.hasErrors(), () -> m.diagnostics().toString());
        assertEquals(50_000, m.claims().size());
        assertEquals(49_999, m.relations().size());
        assertTrue(seconds < 15, "99,999 nodes took " + seconds + " s");
    }

    @Test
    void aChainOfAttacksOnAttacksWrittenBackwardsKeepsEveryUndercutAfterItsTarget() throws InterruptedException {
        String json = caChainBackwards(50_000);
        ImportedMap m = importOnSmallStack(json);
        double seconds = cpuSeconds;
        System.out.println("AifScaleTest: " + seconds + " s CPU");
        assertFalse(m.hasErrors(), () -> m.diagnostics().toString());
        assertEquals(50_000, m.relations().size());
        assertEquals(1, m.relations().stream().filter(r -> r.type() == RelationType.ATTACKS).count());
        Set<String> seen = new HashSet<>();
        for (Relation r : m.relations()) {
            if (r.type() == RelationType.UNDERCUTS) {
                assertTrue(seen.contains(r.to()), r.id() + " comes before its target " + r.to());
            }
            seen.add(r.id());
        }
        assertTrue(seconds < 15, "100,001 nodes took " + seconds + " s");
    }
}
