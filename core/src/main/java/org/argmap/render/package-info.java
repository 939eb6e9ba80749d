/**
 * Drawing: {@link org.argmap.render.RenderPipeline} names the stages (view &rarr; layout &rarr;
 * draw &rarr; export); {@link org.argmap.render.SvgRenderer} draws a laid-out diagram as semantic
 * SVG with Batik's SVG DOM (text as text, model ids as {@code data-} attributes, one CSS sheet);
 * {@link org.argmap.render.Theme} holds the colour and grayscale styles, every relation type told
 * apart by dash pattern and arrowhead as well as colour; {@link org.argmap.render.Exporter}
 * transcodes the SVG to PNG (Batik) and PDF (FOP, DejaVu Sans embedded). The view builders are in
 * {@link org.argmap.render.view}. Depends on {@link org.argmap.layout}, never the reverse.
 */
package org.argmap.render;
