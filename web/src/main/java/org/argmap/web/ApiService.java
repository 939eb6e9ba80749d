package org.argmap.web;

/** The JSON documents of {@code /api/*} and the OpenAPI description. */
interface ApiService {

    /** The corpus, byte for byte what {@code argmap export json} writes. */
    Resource corpus(Snapshot s);

    /**
     * The analysis report, byte for byte what {@code argmap analyze --format json} writes; empty when
     * it is still being computed after the page wait ({@link ArgmapConfiguration#pageWait()}).
     *
     * @throws AnalysisService.Unavailable when the analysis failed on these maps
     */
    java.util.Optional<Resource> report(Snapshot s);

    /** The latest load's diagnostics, as {@code validate --format json} writes them, with the version. */
    Resource diagnostics(Snapshot s);

    /** Search results with facets. */
    Resource search(Snapshot s, Search.Query q);

    /** The hand-written OpenAPI document. */
    Resource openApi();
}
