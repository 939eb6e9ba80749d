/** The Language Server Protocol server for argmap YAML, on Eclipse LSP4J; depends on core only. */
package org.argmap.lsp;
