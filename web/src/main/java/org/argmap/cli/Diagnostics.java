package org.argmap.cli;

import java.io.PrintWriter;
import java.util.List;
import org.argmap.diag.Diagnostic;

/** Prints diagnostics the way compilers do, so editors can jump to them. */
final class Diagnostics {
    private Diagnostics() {
    }

    static void print(List<Diagnostic> ds, PrintWriter err) {
        for (Diagnostic d : ds) {
            err.println(d.format());
            if (d.hint() != null) {
                err.println("  hint: " + d.hint());
            }
        }
    }

    static String summary(long errors, long warnings) {
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
