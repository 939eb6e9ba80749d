package org.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Runs the real command line in-process and copies the bundled corpus to scratch folders. */
final class CliTestSupport {
    private CliTestSupport() {
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** Copies {@code argmaps/} and {@code seeds/} of the repository into {@code dir}; returns the maps folder. */
    static Path copyCorpus(Path dir) throws IOException {
        for (String sub : new String[] {"argmaps", "seeds"}) {
            Path from = Path.of("..", sub);
            Path to = dir.resolve(sub);
            Files.createDirectories(to);
            try (Stream<Path> s = Files.list(from)) {
                for (Path f : s.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir.resolve("argmaps");
    }
}
