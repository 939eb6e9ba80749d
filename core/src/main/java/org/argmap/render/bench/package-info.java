/**
 * Benchmark helpers run by {@code bench/render-bench.sh}: {@link org.argmap.render.bench.SyntheticMap}
 * writes one synthetic argument map as an Argmap YAML corpus, an Argdown file and a Graphviz dot file
 * (the same graph three ways), and {@link org.argmap.render.bench.RenderBenchmark} times layout and
 * rendering in a warm JVM. Not used by the application.
 */
package org.argmap.render.bench;
