/**
 * The browser: a Micronaut 4 HTTP server over a live corpus. {@link org.argmap.web.CorpusService}
 * holds an immutable {@link org.argmap.web.Snapshot} of the loaded maps, swapped atomically when a
 * watched map or text file changes; {@link org.argmap.web.DrawingService} renders and caches
 * drawings per snapshot; {@link org.argmap.web.PageService} writes the HTML pages (every user string
 * escaped by {@link org.argmap.web.Html}); the controllers are thin and read-only. No request path
 * reaches the file system: sources are looked up by id in the loaded corpus.
 */
package org.argmap.web;
