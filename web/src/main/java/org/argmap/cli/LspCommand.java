package org.argmap.cli;

import java.util.concurrent.Callable;
import org.argmap.lsp.ArgmapLanguageServer;
import picocli.CommandLine.Command;

/**
 * {@code argmap lsp}: the language server over stdio (see docs/lsp.md). Standard output carries
 * only protocol ({@link ArgmapLanguageServer#main} points {@code System.out} at standard error).
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the language server (LSP over stdin/stdout) for editors: diagnostics as you type, "
                + "completion, hover, go to definition, references, rename, quick fixes.")
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws InterruptedException {
        ArgmapLanguageServer.main(new String[0]);
        return 0;
    }
}
