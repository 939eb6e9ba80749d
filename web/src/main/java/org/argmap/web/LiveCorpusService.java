package org.argmap.web;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;
import org.argmap.load.CorpusLoader;
import org.argmap.load.CorpusRoot;
import org.argmap.load.LoadResult;
import org.argmap.load.LoaderLimits;
import org.argmap.model.Corpus;
import org.argmap.model.Source;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Sinks;

/**
 * Loads the configured maps, keeps the current {@link Snapshot} in an {@link AtomicReference}, and
 * (when {@code argmap.watch} is on) reloads when a map file or a text file changes. The folders
 * watched are those of the configured paths, of every map file read and of every source's text file.
 */
@Singleton
final class LiveCorpusService implements CorpusService, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCorpusService.class);

    private final List<Path> paths;
    private final CorpusLoader loader;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final Sinks.Many<Snapshot> sink = Sinks.many().multicast().directBestEffort();
    private final Object reloading = new Object();
    private final DirectoryWatcher watcher;
    private final boolean allowOutsideTexts;

    LiveCorpusService(ArgmapConfiguration config) {
        this.paths = config.paths().stream().map(Path::of).toList();
        this.allowOutsideTexts = config.allowOutsideTexts();
        this.loader = new CorpusLoader(LoaderLimits.DEFAULT.withMaxFileBytes(config.maxFileSize()))
                .allowingOutsideTexts(allowOutsideTexts);
        LoadResult first = load();
        current.set(Snapshot.first(first));
        DirectoryWatcher w = null;
        if (config.watch()) {
            try {
                w = new DirectoryWatcher(config.debounce(), this::reload);
                w.watch(folders(first));
            } catch (IOException e) {
                LOG.warn("cannot watch the maps for changes: {}", e.getMessage());
            }
        }
        this.watcher = w;
    }

    @Override
    public Snapshot current() {
        return current.get();
    }

    @Override
    public Snapshot reload() {
        synchronized (reloading) {
            LoadResult r = load();
            Snapshot next = Snapshot.next(current.get(), r);
            current.set(next);
            sink.tryEmitNext(next);
            if (watcher != null) {
                watcher.watch(folders(r));
            }
            LOG.info("reloaded: version {}, {} errors{}", next.version(), next.errorCount(),
                    next.stale() ? ", showing the last good maps" : "");
            return next;
        }
    }

    @Override
    public Publisher<Snapshot> changes() {
        return sink.asFlux();
    }

    /** Loads the maps; an unexpected failure becomes a diagnostic, never an exception. */
    private LoadResult load() {
        try {
            return loader.load(paths);
        } catch (RuntimeException e) {
            LOG.error("loading failed", e);
            String where = paths.isEmpty() ? "<none>" : paths.get(0).toString();
            return new LoadResult(Corpus.empty(),
                    List.of(Diagnostic.error("internal-error", "loading failed: " + e, Location.of(where), null)),
                    List.of());
        }
    }

    /**
     * The folders to watch: the configured ones, those of the map files read, those of the texts;
     * a text's folder only when it lies inside its map's corpus root or {@code allowOutsideTexts}
     * (a map naming {@code /dev/zero} must not have {@code /dev} watched).
     */
    static Set<Path> folders(List<Path> paths, LoadResult r, boolean allowOutsideTexts) {
        Set<Path> dirs = new TreeSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                dirs.add(p.toAbsolutePath().normalize());
            } else if (p.toAbsolutePath().getParent() != null) {
                dirs.add(p.toAbsolutePath().normalize().getParent());
            }
        }
        for (String f : r.files()) {
            Path parent = Path.of(f).toAbsolutePath().normalize().getParent();
            if (parent != null) {
                dirs.add(parent);
            }
        }
        for (Source s : r.corpus().sources()) {
            if (s.textPath() != null && s.file() != null) {
                try {
                    Path text = Path.of(s.file()).toAbsolutePath().resolveSibling(s.textPath()).normalize();
                    if (text.getParent() != null && (allowOutsideTexts || insideRoot(Path.of(s.file()), text))) {
                        dirs.add(text.getParent());
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    // the loader has reported the bad text path; nothing to watch
                }
            }
        }
        dirs.removeIf(d -> !Files.isDirectory(d));
        return dirs;
    }

    private Set<Path> folders(LoadResult r) {
        return folders(paths, r, allowOutsideTexts);
    }

    private static boolean insideRoot(Path map, Path text) {
        try {
            return text.getParent().toRealPath().startsWith(CorpusRoot.of(map.toAbsolutePath().getParent()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The folders watched now (empty when watching is off). */
    Set<Path> watched() {
        return watcher == null ? Set.of() : watcher.watched();
    }

    @Override
    @PreDestroy
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
