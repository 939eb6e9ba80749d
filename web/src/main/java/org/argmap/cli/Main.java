package org.argmap.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code argmap} command line. Exit codes: 0 success, 1 errors in the input, 2 bad usage.
 * Unexpected failures print one line; {@code --stacktrace} shows the trace.
 */
@Command(name = "argmap", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Comparative argument mapping: check, compare and draw argument maps written in YAML.",
        sortOptions = false)
public final class Main implements Runnable {

    /**
     * The subcommands by name, in the order the help lists them. Picocli builds a command's model
     * by reflection when it is registered, about 90 ms on a cold JVM for all of them together
     * (measured); a command line that names one command gets only that one.
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("serve", ServeCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("analyze", AnalyzeCommand::new);
        m.put("align", AlignCommand::new);
        m.put("render", RenderCommand::new);
        m.put("export", ExportCommand::new);
        m.put("import", ImportCommand::new);
        m.put("sources", SourcesCommand::new);
        m.put("dung", DungCommand::new);
        m.put("lsp", LspCommand::new);
        return Collections.unmodifiableMap(m);
    }

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
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
            cl.addSubcommand("help", new CommandLine.HelpCommand());
        }
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
