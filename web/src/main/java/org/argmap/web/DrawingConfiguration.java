package org.argmap.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The server's {@code argmap.drawing.*} configuration: how much drawing work it takes on at once.
 * Drawing is the server's one costly task (layout, and a PNG's raster is 4 bytes a pixel), so it
 * runs on a small pool of its own with a bounded queue and a memory budget; past that the server
 * answers {@code 503 Service Unavailable} with {@code Retry-After}.
 *
 * @param threads drawing threads; 0 (the default) for one per core
 * @param queue drawings that may wait for a thread (default 4); one more is refused with 503
 * @param maxNodes the most boxes a drawing may have (default 5,000); more is refused with 422
 * @param maxPixels the largest PNG in pixels (default 32,000,000): a PNG is drawn at 192 dpi when
 *     that fits, at a lower resolution down to 96 dpi when it does not, and refused (422) when even
 *     96 dpi would exceed it or the memory budget
 * @param heapShare the share of the JVM's maximum heap that drawings in progress may reserve
 *     (default 0.5); a PNG reserves about 12 bytes a pixel, a PDF a multiple of its SVG's size;
 *     a drawing whose reservation must wait for others waits on its thread
 * @param retryAfter the {@code Retry-After} of a 503 (default 5 s)
 * @param cacheBytes the most bytes of finished drawings kept (default 64 MiB), least recently used
 *     dropped first
 */
@ConfigurationProperties("argmap.drawing")
public record DrawingConfiguration(
        @Bindable(defaultValue = "0") int threads,
        @Bindable(defaultValue = "4") int queue,
        @Bindable(defaultValue = "5000") int maxNodes,
        @Bindable(defaultValue = "32000000") long maxPixels,
        @Bindable(defaultValue = "0.5") double heapShare,
        @Bindable(defaultValue = "5s") Duration retryAfter,
        @Bindable(defaultValue = "67108864") long cacheBytes) {

    /** The number of drawing threads: {@link #threads}, or the number of cores when it is 0 or less. */
    int poolSize() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** {@link #retryAfter} in whole seconds, at least 1, as {@code Retry-After} wants it. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
