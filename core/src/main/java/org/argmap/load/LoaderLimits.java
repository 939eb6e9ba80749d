package org.argmap.load;

/**
 * Limits that guard against hostile files. Exceeding one yields a diagnostic, never an
 * exception.
 *
 * @param maxFileBytes largest map file accepted, in bytes (default 8 MiB)
 * @param maxTextBytes largest source text accepted, in bytes (default 32 MiB)
 * @param maxDepth deepest nesting of YAML collections (default 64; the format needs 6)
 * @param maxFiles most map files in one corpus (default 10,000)
 * @param maxNodes most YAML nodes in one file (default 1,000,000)
 */
public record LoaderLimits(long maxFileBytes, long maxTextBytes, int maxDepth, int maxFiles, int maxNodes) {

    public static final LoaderLimits DEFAULT = new LoaderLimits(8L << 20, 32L << 20, 64, 10_000, 1_000_000);

    public LoaderLimits withMaxFileBytes(long bytes) {
        return new LoaderLimits(bytes, maxTextBytes, maxDepth, maxFiles, maxNodes);
    }
}
