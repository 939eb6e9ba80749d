package org.argmap.dung;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ICCMA 2015 solver interface: reads a framework file, solves one problem, prints the answer
 * in ICCMA 2015 syntax.
 *
 * <p>Problems are {@code TASK-SEM} with TASK one of
 *
 * <ul>
 *   <li>{@code EE} enumerate all extensions: {@code [[a,b],[c]]}; {@code []} when there is none,
 *       {@code [[]]} when the only extension is empty;
 *   <li>{@code SE} some extension: {@code [a,b]}, {@code []} for the empty one, {@code NO} when
 *       there is none (only possible for stable);
 *   <li>{@code DC} credulous acceptance of the argument given with {@code -a}: {@code YES} or
 *       {@code NO};
 *   <li>{@code DS} skeptical acceptance: {@code YES} or {@code NO}; {@code YES} when there is no
 *       extension at all (stable), the ICCMA 2015 convention;
 * </ul>
 *
 * and SEM one of {@code GR CO PR ST}, 16 problems in all ({@link #problems()}). Inside an
 * extension, names are sorted; extensions are listed in {@link ExtensionSolver#EXTENSION_ORDER}.
 * The answer is one line ending in {@code \n}.
 *
 * <p>Exit codes of {@link #run}: {@value #OK} answered; {@value #BAD_INPUT} the file could not be
 * read or parsed, with one {@code file:line:column: error [code] message} line per problem on
 * the error stream (see {@link DungParseError}; line and column 0 for an unreadable file);
 * {@value #BAD_USAGE} bad usage (unknown problem or format, missing or superfluous {@code -a}, an
 * {@code -a} argument not in the framework), with an {@code error: ...} line.
 *
 * <h2 id="DungCommandSpec">DungCommandSpec: the command-line wrapper</h2>
 *
 * <p>The picocli command (in {@code web}) is meant to be a thin probo-style front end and nothing
 * more; option for option:
 *
 * <pre>
 *   -p,  --problem  PROBLEM   e.g. EE-PR          → run(problem, ...)
 *   -f,  --file     FILE                          → run(..., file, ...)
 *   -fo, --format   apx|tgf   optional; if absent
 *                             taken from the file
 *                             extension           → run(..., format or null, ...)
 *   -a,  --argument ARG       DC and DS only      → run(problem, arg or null, ...)
 *        --formats            prints Iccma.list(Iccma.formats())   i.e. [apx,tgf]
 *        --problems           prints Iccma.list(Iccma.problems())  i.e. [EE-GR,...,DS-ST]
 *
 *   exit status = the int returned by run(problem, argument, file, format, System.out, System.err)
 * </pre>
 *
 * For example {@code argmap dung -p DC-ST -f af.tgf -fo tgf -a a1} prints {@code YES} or
 * {@code NO}. ({@code -fo} must be declared as an option name of its own so that picocli does not
 * read it as {@code -f o}.)
 */
public final class Iccma {

    /** Exit code: answered. */
    public static final int OK = 0;
    /** Exit code: the input file could not be read or parsed. */
    public static final int BAD_INPUT = 1;
    /** Exit code: bad usage. */
    public static final int BAD_USAGE = 2;

    /** The four ICCMA 2015 reasoning tasks. */
    public enum Task {
        /** Enumerate all extensions. */
        EE,
        /** Give some extension. */
        SE,
        /** Decide credulous acceptance of an argument. */
        DC,
        /** Decide skeptical acceptance of an argument. */
        DS;

        /** Whether the task asks about one argument ({@code -a}). */
        public boolean needsArgument() {
            return this == DC || this == DS;
        }
    }

    /** One problem, e.g. {@code EE-PR}. */
    public record Problem(Task task, Semantics semantics) {
        public Problem {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(semantics, "semantics");
        }

        /** The problem with this exact ICCMA name ({@code DC-CO}, ...), if any. */
        public static Optional<Problem> parse(String id) {
            if (id == null || id.length() != 5 || id.charAt(2) != '-') {
                return Optional.empty();
            }
            Task task;
            try {
                task = Task.valueOf(id.substring(0, 2));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            return Semantics.fromIccmaCode(id.substring(3)).map(s -> new Problem(task, s));
        }

        /** The ICCMA name, e.g. {@code EE-PR}. */
        public String id() {
            return task + "-" + semantics.iccmaCode();
        }

        @Override
        public String toString() {
            return id();
        }
    }

    private final Function<Semantics, ? extends ExtensionSolver> solvers;

    /** With the SAT-backed {@link SatSolver}s, the default engine. */
    public Iccma() {
        this(SatSolver::of);
    }

    /** With another solver per semantics (e.g. to compare engines). */
    public Iccma(Function<Semantics, ? extends ExtensionSolver> solvers) {
        this.solvers = Objects.requireNonNull(solvers, "solvers");
    }

    /** The supported input formats: {@code [apx, tgf]}. */
    public static List<String> formats() {
        return DungFormat.ids();
    }

    /** All 16 supported problems: EE, SE, DC, DS, each for GR, CO, PR, ST. */
    public static List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Task t : Task.values()) {
            for (Semantics s : Semantics.values()) {
                out.add(new Problem(t, s).id());
            }
        }
        return List.copyOf(out);
    }

    /** ICCMA list syntax for plain strings, e.g. {@code [apx,tgf]}. */
    public static String list(Collection<String> items) {
        return items.stream().collect(Collectors.joining(",", "[", "]"));
    }

    /** One extension in ICCMA syntax, {@code [a,b]}, in the collection's iteration order. */
    public static String formatExtension(Collection<String> extension) {
        return list(extension);
    }

    /** A list of extensions in ICCMA syntax, {@code [[a,b],[c]]}; {@code []} if none. */
    public static String formatExtensions(Collection<? extends Collection<String>> extensions) {
        return extensions.stream().map(Iccma::formatExtension).collect(Collectors.joining(",", "[", "]"));
    }

    /**
     * Solves {@code problem} for {@code af} and returns the answer line, without line end.
     *
     * @throws IllegalArgumentException if {@code argument} is missing or superfluous for the
     *     task, or not in {@code af}
     */
    public String solve(Problem problem, String argument, ArgumentationFramework af) {
        if (problem.task().needsArgument() != (argument != null)) {
            throw new IllegalArgumentException(problem.task().needsArgument()
                    ? "problem " + problem + " needs an argument"
                    : "problem " + problem + " takes no argument");
        }
        ExtensionSolver solver = solvers.apply(problem.semantics());
        return switch (problem.task()) {
            case EE -> formatExtensions(solver.extensions(af));
            case SE -> solver.someExtension(af).map(Iccma::formatExtension).orElse("NO");
            case DC -> yesNo(solver.isCredulouslyAccepted(af, argument));
            case DS -> yesNo(solver.isSkepticallyAccepted(af, argument));
        };
    }

    /**
     * Runs one ICCMA call, see the class comment.
     *
     * @param problem e.g. {@code EE-PR} (exact, upper case)
     * @param argument the argument for DC and DS, else null
     * @param file the framework file, read as UTF-8
     * @param format {@code apx} or {@code tgf}; null to go by the file extension
     * @param out receives the answer line
     * @param err receives error lines
     * @return {@link #OK}, {@link #BAD_INPUT} or {@link #BAD_USAGE}
     */
    public int run(String problem, String argument, Path file, String format, PrintStream out, PrintStream err) {
        Optional<Problem> p = Problem.parse(problem);
        if (p.isEmpty()) {
            return usage(err, problem == null
                    ? "no problem given (-p); one of " + list(problems())
                    : "unknown problem '" + problem + "'; one of " + list(problems()));
        }
        Task task = p.get().task();
        if (task.needsArgument() && (argument == null || argument.isEmpty())) {
            return usage(err, "problem " + problem + " needs an argument (-a)");
        }
        if (!task.needsArgument() && argument != null) {
            return usage(err, "problem " + problem + " takes no argument; -a is for DC and DS problems");
        }
        if (file == null) {
            return usage(err, "no input file given (-f)");
        }
        Optional<DungFormat> f = format == null ? DungFormat.forFile(file) : DungFormat.byId(format);
        if (f.isEmpty()) {
            return usage(err, format == null
                    ? "cannot tell the format of " + file + " from its name; give -fo, one of " + list(formats())
                    : "unknown format '" + format + "'; one of " + list(formats()));
        }

        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.print(new DungParseError(0, 0, DungParseError.IO_ERROR, describe(e)).format(file.toString()) + "\n");
            err.flush();
            return BAD_INPUT;
        }
        DungParseResult parsed = f.get().parse(text);
        if (!parsed.ok()) {
            for (DungParseError e : parsed.errors()) {
                err.print(e.format(file.toString()) + "\n");
            }
            err.flush();
            return BAD_INPUT;
        }
        if (argument != null && !parsed.af().contains(argument)) {
            return usage(err, "argument '" + argument + "' does not occur in " + file);
        }
        out.print(solve(p.get(), argument, parsed.af()) + "\n");
        out.flush();
        return OK;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int usage(PrintStream err, String message) {
        err.print("error: " + message + "\n");
        err.flush();
        return BAD_USAGE;
    }

    private static String yesNo(boolean b) {
        return b ? "YES" : "NO";
    }
}
