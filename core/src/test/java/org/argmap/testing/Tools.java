package org.argmap.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * External programs some tests run (Graphviz dot, the Argdown CLI on node). On a developer's
 * machine without them such a test is skipped with the install hint; where
 * {@code ARGMAP_REQUIRE_TOOLS} is set ({@code .ci/run} sets it after installing them) a missing
 * tool fails the test, so that CI can never pass by skipping.
 */
public final class Tools {
    private Tools() {
    }

    /** Continues when {@code present}; otherwise fails under CI and skips elsewhere. */
    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (System.getenv("ARGMAP_REQUIRE_TOOLS") != null) {
            fail(missing + " (ARGMAP_REQUIRE_TOOLS is set: .ci/run installs it, so its absence is a failure)");
        }
        Assumptions.abort(missing);
    }
}
