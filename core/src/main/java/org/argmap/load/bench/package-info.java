/**
 * Benchmark helpers run by {@code bench/load-bench.sh}: {@link org.argmap.load.bench.LargeMapShape}
 * writes map files of a given size in the shapes that stress a YAML reader (one long line, long
 * quoted scalars with escapes, a long comment, many short lines, deep flow collections, long ids),
 * and {@link org.argmap.load.bench.LoadBenchmark} times loading them at several sizes. Not used by
 * the application.
 */
package org.argmap.load.bench;
