package org.argmap.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * The server's {@code argmap.*} configuration.
 *
 * @param paths the map files and folders to serve (default {@code argmaps})
 * @param watch whether to watch the maps and their texts and reload on change (default true)
 * @param debounce how long to wait after the first change of a burst before reloading (default 100 ms)
 * @param maxFileSize the largest map file accepted, in bytes
 * @param allowOutsideTexts whether {@code text:} may name files outside the corpus root (default
 *     false; {@link ArgmapServer} allows it only on a loopback address)
 * @param pageWait how long a page (and {@code /api/report}) waits for the analysis or for a drawing
 *     it shows before answering without it (default 500 ms): the page then says what is still being
 *     computed and fills itself in when it is ready; {@code /api/report} answers 503 with
 *     {@code Retry-After}
 */
@ConfigurationProperties("argmap")
public record ArgmapConfiguration(
        @Bindable(defaultValue = "argmaps") List<String> paths,
        @Bindable(defaultValue = "true") boolean watch,
        @Bindable(defaultValue = "100ms") Duration debounce,
        @Bindable(defaultValue = "8388608") long maxFileSize,
        @Bindable(defaultValue = "false") boolean allowOutsideTexts,
        @Bindable(defaultValue = "500ms") Duration pageWait) {
}
