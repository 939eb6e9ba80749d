package org.argmap.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.argmap.dung.Iccma;
import org.argmap.dung.LabellingSolver;
import org.argmap.dung.SatSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code argmap dung}: an ICCMA 2015 solver front end over {@link Iccma} (see its
 * "DungCommandSpec"). {@code --formats} prints {@code [apx,tgf]}, {@code --problems} the sixteen
 * problems; otherwise {@code -p PROBLEM -f FILE [-fo FORMAT] [-a ARG]} prints the answer, e.g.
 * {@code [[a,b],[c]]}; with no option at all it prints its name and version, as ICCMA asks. Exit codes are {@link Iccma#run}'s: 0 answered, 1 bad input file, 2 bad
 * usage. {@code --engine sat} (the default) answers with {@link SatSolver}, {@code --engine
 * labelling} with the enumerating {@link LabellingSolver}.
 */
@Command(name = "dung", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Solve a Dung argumentation framework, ICCMA 2015 style.",
                "Problems: EE (all extensions), SE (some extension), DC (credulous), DS (skeptical), each for "
                        + "GR, CO, PR, ST (grounded, complete, preferred, stable), e.g. EE-PR or DC-ST."})
final class DungCommand implements Callable<Integer> {

    @Option(names = {"-p", "--problem"}, paramLabel = "PROBLEM", description = "The problem, e.g. EE-PR or DC-GR.")
    String problem;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "The framework file.")
    Path file;

    @Option(names = {"-fo", "--format"}, paramLabel = "FORMAT",
            description = "apx or tgf (default: from the file name's extension).")
    String fileFormat;

    @Option(names = {"-a", "--argument"}, paramLabel = "ARG", description = "The argument, for DC and DS problems.")
    String argument;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "sat",
            description = "sat (default: grounded by propagation, the rest as Sat4j queries) or labelling "
                    + "(the backtracking labelling search, enumerating).")
    String engine;

    @Option(names = "--formats", description = "Print the supported formats and exit.")
    boolean formats;

    @Option(names = "--problems", description = "Print the supported problems and exit.")
    boolean problems;

    @Spec
    CommandSpec spec;

    private Iccma iccma() {
        return engine.equals("labelling") ? new Iccma(LabellingSolver::of) : new Iccma(SatSolver::of);
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (problem == null && file == null && argument == null && fileFormat == null && !formats && !problems) {
            // ICCMA: a solver called without arguments names itself and its authors.
            out.println(new Main.Version().getVersion()[0] + " (dung: ICCMA 2015 front end)");
            out.println("Argmap contributors");
            out.flush();
            return Iccma.OK;
        }
        if (formats || problems) {
            if (formats) {
                out.println(Iccma.list(Iccma.formats()));
            }
            if (problems) {
                out.println(Iccma.list(Iccma.problems()));
            }
            out.flush();
            return Iccma.OK;
        }
        if (!engine.equals("sat") && !engine.equals("labelling")) {
            var err = spec.commandLine().getErr();
            err.println("error: unknown engine '" + engine + "'; one of [sat,labelling]");
            err.flush();
            return Iccma.BAD_USAGE;
        }
        var outBytes = new java.io.ByteArrayOutputStream();
        var errBytes = new java.io.ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            code = iccma().run(problem, argument, file, fileFormat, o, e);
        }
        out.print(outBytes.toString(StandardCharsets.UTF_8));
        out.flush();
        var err = spec.commandLine().getErr();
        err.print(errBytes.toString(StandardCharsets.UTF_8));
        err.flush();
        return code;
    }
}
