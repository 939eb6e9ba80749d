package org.argmap.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.argmap.lsp.ArgmapLanguageServer;
import picocli.CommandLine.Command;

/**
 * {@code argmap lsp}: the language server over stdio (see docs/lsp.md). Standard output carries
 * only protocol: {@code System.out} is pointed at standard error before the server starts, so
 * nothing else printed by the JVM or a library can corrupt the stream.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the language server (LSP over stdin/stdout) for editors: diagnostics as you type, "
                + "completion, hover, go to definition, references, rename, quick fixes.")
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws InterruptedException {
        InputStream in = new FileInputStream(FileDescriptor.in);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        PrintStream log = new PrintStream(new FileOutputStream(FileDescriptor.err), true, java.nio.charset.StandardCharsets.UTF_8);
        System.setOut(log);
        ArgmapLanguageServer.serve(in, out, log);
        return 0;
    }
}
