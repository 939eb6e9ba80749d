package org.argmap.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code argmap} command line. Exit codes: 0 success, 1 errors in the input, 2 bad usage.
 * Unexpected failures print one line; {@code --stacktrace} shows the trace.
 */
@Command(name = "argmap", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Comparative argument mapping: check, compare and draw argument maps written in YAML.",
        subcommands = {ServeCommand.class, ValidateCommand.class, AnalyzeCommand.class, RenderCommand.class,
                ExportCommand.class, ImportCommand.class, SourcesCommand.class, DungCommand.class, CommandLine.HelpCommand.class},
        sortOptions = false)
public final class Main implements Runnable {

    @CommandLine.Option(names = "--stacktrace", description = "Show the stack trace of an unexpected failure.", scope = CommandLine.ScopeType.INHERIT)
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> 1);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("argmap: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            boolean trace = parseResult.hasMatchedOption("--stacktrace")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--stacktrace"));
            if (ex instanceof UsageException u) {
                c.getErr().println("argmap: " + u.getMessage());
                return 2;
            }
            c.getErr().println("argmap: internal error: " + ex + (trace ? "" : " (run with --stacktrace for details)"));
            if (trace) {
                ex.printStackTrace(c.getErr());
            }
            return 3;
        });
        return cl.execute(args);
    }

    /** Bad usage found after parsing (exit 2). */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Reads the version from the jar manifest, falling back to the build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"argmap " + (v == null ? "0.1.0" : v),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
