package org.argmap.web;

import java.util.List;
import java.util.Optional;

/** The HTML pages. Each is a pure function of the snapshot and the request's parameters. */
interface PageService {

    /** The sources, the propositions, the headline findings. */
    Resource index(Snapshot s);

    /** One source: its map, its claims, its text; empty for an unknown source. */
    Optional<Resource> map(Snapshot s, String sourceId);

    /** Sources side by side; {@code sources} empty for all. Unknown ids are reported on the page. */
    Resource compare(Snapshot s, List<String> sources, boolean disagreementsOnly);

    /** The stance matrix. */
    Resource matrix(Snapshot s);

    /** One contradiction; empty for an unknown id. */
    Optional<Resource> contradiction(Snapshot s, String id);

    /** Search results with facets. */
    Resource search(Snapshot s, Search.Query q);

    /** The page for a path that names nothing. */
    Resource notFound(Snapshot s, String path);

    /**
     * A page that cannot be shown yet because what it presents is still being computed (the
     * analysis of a new corpus version): answered {@code 503} with {@code Retry-After} and this
     * page, which says so and fetches itself again.
     */
    final class Unready extends RuntimeException {
        private final Resource page;

        Unready(Resource page) {
            super("not ready yet", null, false, false);
            this.page = page;
        }

        Resource page() {
            return page;
        }
    }
}
