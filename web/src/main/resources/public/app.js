// Argmap browser: pan and zoom, selection of claims and matrix cells, quotes highlighted in the
// text, and live updates by server-sent events. No inline script anywhere: this file finds what to
// do through data- attributes, and all text it shows comes from server-escaped HTML.
'use strict';
(function () {
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const live = () => document.getElementById('live');
  const state = { view: null, selected: null, cell: null, dragged: false };

  // ------------------------------------------------------------------ pan and zoom
  // The first view: the drawing at a readable scale. It is fitted to the window's width (the whole
  // drawing when it fits both ways), but the scale is kept between READ_MIN (body text at least
  // 10 px on screen) and READ_MAX (at most 1.5 times its natural size), so a large map opens
  // readable at its top, around its first thesis, and a one-claim map is not blown up.
  const MIN_TEXT_PX = 10, READ_MAX = 1.5;
  function textSize(svg) {
    const t = svg.querySelector('text.t-body') || svg.querySelector('text');
    const f = t ? parseFloat(getComputedStyle(t).fontSize) : NaN;
    return f > 0 ? f : 11;
  }
  function first(base, r, svg) {
    const W = r.width || 1000, H = r.height || 600;
    const fitWidth = W / base.w, fitAll = Math.min(W / base.w, H / base.h);
    const min = MIN_TEXT_PX / textSize(svg);
    let s = base.h * fitWidth > H * 1.5 ? fitWidth : fitAll;
    s = Math.min(Math.max(s, min), READ_MAX);
    const w = W / s, h = H / s;
    let x = base.x + (base.w - w) / 2;
    if (w < base.w) {
      // Wider than the window at a readable scale: centre on the topmost thesis (else the top middle).
      const thesis = Array.from(svg.querySelectorAll('[data-kind="thesis"] > rect'))
        .map(e => e.getBBox()).sort((a, b) => a.y - b.y)[0];
      const cx = thesis ? thesis.x + thesis.width / 2 : base.x + base.w / 2;
      x = Math.min(Math.max(cx - w / 2, base.x), base.x + base.w - w);
    }
    const y = h < base.h ? base.y : base.y + (base.h - h) / 2;
    return { x: x, y: y, w: w, h: h };
  }

  function panZoom(root, restore) {
    const vp = $('.viewport', root);
    const svg = vp && $('svg', vp);
    if (!svg) { state.view = null; return; }
    const base = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width
      ? { x: svg.viewBox.baseVal.x, y: svg.viewBox.baseVal.y, w: svg.viewBox.baseVal.width, h: svg.viewBox.baseVal.height }
      : { x: 0, y: 0, w: parseFloat(svg.getAttribute('width')) || 1000, h: parseFloat(svg.getAttribute('height')) || 800 };
    svg.setAttribute('data-base-view', base.x + ' ' + base.y + ' ' + base.w + ' ' + base.h);
    if (vp.classList.contains('flow')) { state.view = null; return; }
    let vb = restore ? Object.assign({}, restore) : first(base, vp.getBoundingClientRect(), svg);
    const fig = svg.closest('figure');
    const apply = () => {
      svg.setAttribute('viewBox', vb.x + ' ' + vb.y + ' ' + vb.w + ' ' + vb.h);
      state.view = vb;
      minimapView(root, vb);
      // The whole drawing in view, its own legend with it: the minimap and the legend would only hide part of it.
      if (fig) { fig.classList.toggle('whole', vb.x <= base.x + 1 && vb.y <= base.y + 1 && vb.x + vb.w >= base.x + base.w - 1
        && vb.y + vb.h >= base.y + base.h - 1); }
    };
    const scale = () => { const r = vp.getBoundingClientRect(); return Math.max(vb.w / r.width, vb.h / r.height); };
    const toSvg = (cx, cy) => {
      const m = svg.getScreenCTM();
      if (!m) { return { x: vb.x + vb.w / 2, y: vb.y + vb.h / 2 }; }
      const p = new DOMPoint(cx, cy).matrixTransform(m.inverse());
      return { x: p.x, y: p.y };
    };
    const zoom = (f, cx, cy) => {
      const r = vp.getBoundingClientRect();
      const p = cx === undefined ? toSvg(r.left + r.width / 2, r.top + r.height / 2) : toSvg(cx, cy);
      const w = Math.min(Math.max(vb.w * f, base.w / 40), base.w * 8);
      const k = w / vb.w;
      vb = { x: p.x - (p.x - vb.x) * k, y: p.y - (p.y - vb.y) * k, w: vb.w * k, h: vb.h * k };
      apply();
    };
    apply();
    state.setView = v => { vb = Object.assign({}, v); apply(); };
    state.base = base;
    minimap(root, svg, base, v => { vb = Object.assign({}, vb, { x: v.x - vb.w / 2, y: v.y - vb.h / 2 }); apply(); });
    legend(root, svg);
    // The wheel pans (the matrix is long); with Ctrl or Cmd, or a pinch on a touchpad, it zooms.
    vp.addEventListener('wheel', e => {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) { zoom(e.deltaY < 0 ? 0.8 : 1.25, e.clientX, e.clientY); return; }
      const s = scale(), k = e.deltaMode === 1 ? 16 : 1;
      vb = { x: vb.x + e.deltaX * k * s, y: vb.y + e.deltaY * k * s, w: vb.w, h: vb.h };
      apply();
    }, { passive: false });
    let drag = null;
    vp.addEventListener('pointerdown', e => {
      if (e.button !== 0) { return; }
      drag = { x: e.clientX, y: e.clientY, vb: Object.assign({}, vb), s: scale(), moved: false };
      state.dragged = false;
    });
    vp.addEventListener('pointermove', e => {
      if (!drag) { return; }
      const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 5) { return; }
      if (!drag.moved) { drag.moved = true; vp.setPointerCapture(e.pointerId); vp.classList.add('dragging'); }
      vb = { x: drag.vb.x - dx * drag.s, y: drag.vb.y - dy * drag.s, w: vb.w, h: vb.h };
      apply();
    });
    const end = () => { if (drag && drag.moved) { state.dragged = true; } drag = null; vp.classList.remove('dragging'); };
    vp.addEventListener('pointerup', end);
    vp.addEventListener('pointercancel', end);
    vp.addEventListener('keydown', e => {
      const step = vb.w / 10;
      const keys = {
        '+': () => zoom(0.8), '=': () => zoom(0.8), '-': () => zoom(1.25), '0': () => { vb = Object.assign({}, base); apply(); },
        ArrowLeft: () => { vb.x -= step; apply(); }, ArrowRight: () => { vb.x += step; apply(); },
        ArrowUp: () => { vb.y -= step; apply(); }, ArrowDown: () => { vb.y += step; apply(); }
      };
      if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
    });
    $$('[data-zoom]', root).forEach(b => b.addEventListener('click', () => {
      const z = b.getAttribute('data-zoom');
      if (z === 'in') { zoom(0.8); } else if (z === 'out') { zoom(1.25); } else { vb = Object.assign({}, base); apply(); }
    }));
  }

  // ------------------------------------------------------------------ minimap and legend
  // The minimap: the drawing's shapes without their text, small, in the figure's corner, with a
  // frame showing the part in view; a click in it centres the view there.
  const SVGNS = 'http://www.w3.org/2000/svg';
  function minimap(root, svg, base, centre) {
    const fig = svg.closest('figure');
    if (!fig || base.w * base.h === 0) { return; }
    const old = $('.minimap', fig);
    if (old) { old.remove(); }
    const mini = svg.cloneNode(true);
    $$('text, title, desc, style, .legend', mini).forEach(e => e.remove());
    [mini].concat($$('*', mini)).forEach(e => Array.from(e.attributes).filter(a => a.name.startsWith('data-') || a.name === 'id'
      || a.name.startsWith('aria-') || a.name === 'role').forEach(a => e.removeAttribute(a.name)));
    mini.setAttribute('viewBox', base.x + ' ' + base.y + ' ' + base.w + ' ' + base.h);
    mini.setAttribute('aria-hidden', 'true');
    mini.removeAttribute('width'); mini.removeAttribute('height');
    const frame = document.createElementNS(SVGNS, 'rect');
    frame.setAttribute('class', 'minimap-view');
    mini.appendChild(frame);
    const box = document.createElement('div');
    box.className = 'minimap';
    box.title = 'Overview: click to move there';
    const w = 170, h = Math.max(40, Math.min(170, w * base.h / base.w));
    box.style.width = (base.w >= base.h ? w : h * base.w / base.h) + 'px';
    box.style.height = (base.w >= base.h ? h : 170) + 'px';
    box.appendChild(mini);
    const at = e => {
      const m = mini.getScreenCTM();
      const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
      centre({ x: p.x, y: p.y });
    };
    let down = false;
    box.addEventListener('pointerdown', e => { down = true; box.setPointerCapture(e.pointerId); at(e); e.stopPropagation(); });
    box.addEventListener('pointermove', e => { if (down) { at(e); } });
    box.addEventListener('pointerup', () => { down = false; });
    $('.viewport', fig).after(box);
  }
  function minimapView(root, vb) {
    const f = $('.minimap .minimap-view', root);
    if (!f) { return; }
    f.setAttribute('x', vb.x); f.setAttribute('y', vb.y); f.setAttribute('width', vb.w); f.setAttribute('height', vb.h);
  }

  // The legend, from the drawing's own legend items, always in view beside the drawing.
  function legend(root, svg) {
    const fig = svg.closest('figure');
    const items = $$('.legend .legend-item', svg);
    if (!fig || !items.length) { return; }
    const old = $('.map-legend', fig);
    if (old) { old.remove(); }
    const box = document.createElement('div');
    box.className = 'map-legend';
    box.setAttribute('aria-label', 'Legend');
    items.forEach(it => {
      const shape = Array.from(it.children).find(c => c.tagName !== 'text');
      const label = $('text', it);
      if (!shape || !label) { return; }
      const b = shape.getBBox();
      const sw = document.createElementNS(SVGNS, 'svg');
      sw.setAttribute('viewBox', (b.x - 2) + ' ' + (b.y - 2) + ' ' + (b.width + 4) + ' ' + (b.height + 4));
      sw.setAttribute('width', '28'); sw.setAttribute('height', '14');
      sw.setAttribute('aria-hidden', 'true');
      sw.appendChild(shape.cloneNode(true));
      const span = document.createElement('span');
      span.className = 'legend-entry';
      span.setAttribute('data-type', it.getAttribute('data-type') || '');
      span.append(sw, document.createTextNode(' ' + label.textContent));
      box.appendChild(span);
    });
    $('.viewport', fig).after(box);
  }

  // ------------------------------------------------------------------ selection
  const byData = (sel, name, value) => $$(sel).filter(e => e.getAttribute(name) === value);

  function showInPanel(node) {
    const panel = $('#panel');
    if (!panel || !node) { return false; }
    panel.replaceChildren(node.cloneNode(true));
    panel.scrollTop = 0;
    return true;
  }

  function markDrawing(attr, value) {
    $$('.viewport .selected').forEach(e => e.classList.remove('selected'));
    if (value !== null) { byData('.viewport [' + attr + ']', attr, value).forEach(e => e.classList.add('selected')); }
  }

  function select(ref, scroll, fromMap) {
    const card = byData('.store .claim-card', 'data-ref', ref)[0];
    if (!card) { return false; }
    showInPanel(card);
    state.selected = ref;
    state.cell = null;
    markDrawing('data-claim', ref);
    if (scroll && !fromMap) { bringIntoView(ref); }
    $$('.claim-list .claim-link').forEach(b => b.setAttribute('aria-current', String(b.getAttribute('data-select') === ref)));
    $$('.source-text .q.active, .source-text .q.focus').forEach(m => m.classList.remove('active', 'focus'));
    const marks = $$('.source-text .q').filter(m => (m.getAttribute('data-claims') || '').split(' ').includes(ref));
    marks.forEach(m => m.classList.add('active'));
    if (scroll && marks.length) { centreInText(marks[0]); }
    applyFocus();
    if (history.replaceState) { history.replaceState(null, '', '#claim=' + encodeURIComponent(ref)); }
    return true;
  }

  function showEvidence(id) {
    $$('.source-text .q.focus').forEach(m => m.classList.remove('focus'));
    const marks = $$('.source-text .q').filter(m => (m.getAttribute('data-evidence') || '').split(' ').includes(id));
    marks.forEach(m => m.classList.add('focus'));
    if (marks.length) { centreInText(marks[0]); }
    return marks.length > 0;
  }

  // A claim selected from elsewhere (the list, a card, the address) whose node is outside the
  // map's view: the view is moved to centre it, at the same zoom; the window does not move.
  function bringIntoView(ref) {
    const vp = $('.viewport'), node = byData('.viewport [data-claim]', 'data-claim', ref)[0];
    const rect = node && $('rect', node);
    if (!vp || !rect || !state.setView || !state.view) { return; }
    const r = rect.getBoundingClientRect(), v = vp.getBoundingClientRect();
    if (r.left >= v.left && r.right <= v.right && r.top >= v.top && r.bottom <= v.bottom) { return; }
    const b = rect.getBBox(), vb = state.view;
    state.setView({ x: b.x + b.width / 2 - vb.w / 2, y: b.y + b.height / 2 - vb.h / 2, w: vb.w, h: vb.h });
  }

  // Scrolls the text's own box so that the mark is in its middle; the window does not move, so
  // the map stays where it is and the card beside it stays in view.
  function centreInText(mark) {
    const box = mark.closest('.text');
    if (!box) { return; }
    const m = mark.getBoundingClientRect(), b = box.getBoundingClientRect();
    box.scrollTop += (m.top + m.height / 2) - (b.top + b.height / 2);
  }

  function showCell(source, proposition) {
    const d = $$('.store .cell-detail').find(e => e.getAttribute('data-cell-source') === source
      && e.getAttribute('data-cell-proposition') === proposition);
    $$('.viewport .selected').forEach(e => e.classList.remove('selected'));
    $$('.viewport [data-proposition][data-source]').filter(e => e.getAttribute('data-source') === source
      && e.getAttribute('data-proposition') === proposition).forEach(e => e.classList.add('selected'));
    state.cell = [source, proposition];
    state.selected = null;
    if (!showInPanel(d)) {
      const p = $('#panel');
      if (p) { p.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: source + ' takes no stance on this proposition.' })); }
    }
  }

  function showProposition(id) {
    const d = byData('.store .proposition-detail', 'data-proposition-detail', id)[0];
    if (showInPanel(d)) { markDrawing('data-proposition', id); state.selected = null; }
  }

  document.addEventListener('click', e => {
    const t = e.target instanceof Element ? e.target : null;
    if (!t) { return; }
    const inDrawing = t.closest('.viewport');
    if (inDrawing && state.dragged) { state.dragged = false; e.preventDefault(); return; }
    const sel = t.closest('[data-select]');
    if (sel) {
      const ref = sel.getAttribute('data-select');
      if (!select(ref, true)) {
        location.href = '/maps/' + encodeURIComponent(ref.split('/')[0]) + '#claim=' + encodeURIComponent(ref);
      }
      return;
    }
    const ev = t.closest('[data-show-evidence]');
    if (ev) {
      const id = ev.getAttribute('data-show-evidence');
      const card = ev.closest('.claim-card');
      // No text on this page (matrix, comparison): open the source's page with the quote lit up.
      if (!showEvidence(id) && card && !$('.source-text .text')) {
        const ref = card.getAttribute('data-ref');
        location.href = '/maps/' + encodeURIComponent(ref.split('/')[0]) + '#claim=' + encodeURIComponent(ref)
          + '&quote=' + encodeURIComponent(id);
      }
      return;
    }
    const fb = t.closest('[data-focus]');
    if (fb) { focusCommand(fb.getAttribute('data-focus')); return; }
    if (inDrawing) {
      const claim = t.closest('[data-claim]');
      if (claim) { select(claim.getAttribute('data-claim'), true, true); return; }
      const cell = t.closest('[data-proposition][data-source]');
      if (cell && document.body.getAttribute('data-page') === 'matrix') {
        showCell(cell.getAttribute('data-source'), cell.getAttribute('data-proposition'));
        return;
      }
      const prop = t.closest('[data-proposition]');
      if (prop) { showProposition(prop.getAttribute('data-proposition')); }
      return;
    }
    const q = t.closest('.source-text .q');
    if (q) { select((q.getAttribute('data-claims') || '').split(' ')[0], false); }
  });

  function selectFromHash() {
    const m = /^#claim=([^&]+)(?:&quote=(.+))?$/.exec(location.hash);
    if (m) {
      select(decodeURIComponent(m[1]), true);
      if (m[2]) { showEvidence(decodeURIComponent(m[2])); }
    }
  }

  // ------------------------------------------------------------------ focus and collapse
  // Focus shows only the selected claim's neighbourhood: the claims at most k relations away,
  // either direction, supports and attacks alike. Collapse hides the claims that lead only to the
  // selected one (its subtree: the reasons for and against it, and theirs), until expanded.
  const focus = { on: false, k: 1, collapsed: new Set() };
  function graph() {
    const edges = $$('.viewport .edges [data-from]').map(e => ({ el: e, from: e.getAttribute('data-from'),
      to: e.getAttribute('data-to'), id: e.getAttribute('data-relation') }));
    const byId = new Map(edges.map(e => [e.id, e]));
    const ends = x => byId.has(x) ? [byId.get(x).from, byId.get(x).to] : [x];
    const adj = new Map(), into = new Map();
    const add = (m, a, b) => { if (!m.has(a)) { m.set(a, new Set()); } m.get(a).add(b); };
    edges.forEach(e => ends(e.to).forEach(t => { add(adj, e.from, t); add(adj, t, e.from); add(into, t, e.from); }));
    return { edges: edges, ends: ends, adj: adj, into: into };
  }
  function subtree(g, ref) {
    const out = new Set(), todo = [ref];
    while (todo.length) {
      const x = todo.pop();
      (g.into.get(x) || []).forEach(y => { if (y !== ref && !out.has(y)) { out.add(y); todo.push(y); } });
    }
    return out;
  }
  function applyFocus() {
    const nodes = $$('.viewport [data-claim]');
    if (!nodes.length) { return; }
    const g = graph();
    let shown = null;
    if (focus.on && state.selected) {
      shown = new Set([state.selected]);
      let ring = [state.selected];
      for (let i = 0; i < focus.k; i++) {
        const next = [];
        ring.forEach(x => (g.adj.get(x) || []).forEach(y => { if (!shown.has(y)) { shown.add(y); next.push(y); } }));
        ring = next;
      }
    }
    const hidden = new Set();
    focus.collapsed.forEach(r => subtree(g, r).forEach(x => hidden.add(x)));
    const visible = x => (!shown || shown.has(x)) && !hidden.has(x);
    nodes.forEach(n => {
      const r = n.getAttribute('data-claim');
      n.classList.toggle('out-of-focus', !visible(r));
      n.classList.toggle('collapsed', focus.collapsed.has(r));
    });
    g.edges.forEach(e => e.el.classList.toggle('out-of-focus', !visible(e.from) || !g.ends(e.to).every(visible)));
    const fig = $('.viewport') && $('.viewport').closest('figure');
    if (fig) {
      fig.classList.toggle('focused', !!shown);
      const b = $('[data-focus="toggle"]', fig);
      if (b) { b.setAttribute('aria-pressed', String(focus.on)); }
      const c = $('[data-focus="collapse"]', fig);
      if (c) {
        const on = state.selected && focus.collapsed.has(state.selected);
        c.textContent = on ? 'Expand' : 'Collapse';
        c.disabled = !state.selected;
      }
      const k = $('.focus-k', fig);
      if (k) { k.textContent = String(focus.k); }
    }
  }
  // Fits the view to the claims shown, within the readable scale.
  function fitShown() {
    const vp = $('.viewport'), svg = vp && $('svg', vp);
    if (!svg || !state.setView) { return; }
    const boxes = $$('.viewport [data-claim]:not(.out-of-focus) > rect').map(r => r.getBBox());
    if (!boxes.length) { return; }
    const x0 = Math.min(...boxes.map(b => b.x)) - 20, y0 = Math.min(...boxes.map(b => b.y)) - 20;
    const x1 = Math.max(...boxes.map(b => b.x + b.width)) + 20, y1 = Math.max(...boxes.map(b => b.y + b.height)) + 20;
    const r = vp.getBoundingClientRect();
    const fit = Math.min(r.width / (x1 - x0), r.height / (y1 - y0)), min = MIN_TEXT_PX / textSize(svg);
    const s = Math.min(Math.max(fit, min), READ_MAX);
    const w = r.width / s, h = r.height / s;
    let cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const sel = byData('.viewport [data-claim]', 'data-claim', state.selected)[0];
    if (fit < min && sel) {
      // Too wide to show readable at once: centred on the selected claim; the rest by panning.
      const b = $('rect', sel).getBBox();
      cx = b.x + b.width / 2; cy = b.y + b.height / 2;
    }
    state.setView({ x: cx - w / 2, y: cy - h / 2, w: w, h: h });
  }
  function focusCommand(cmd) {
    if (cmd === 'toggle') { focus.on = !focus.on; }
    else if (cmd === 'more') { focus.k = Math.min(focus.k + 1, 9); }
    else if (cmd === 'less') { focus.k = Math.max(focus.k - 1, 1); }
    else if (cmd === 'collapse' && state.selected) {
      if (focus.collapsed.has(state.selected)) { focus.collapsed.delete(state.selected); } else { focus.collapsed.add(state.selected); }
    }
    applyFocus();
    if (cmd !== 'collapse' && focus.on && state.selected) { fitShown(); }
  }
  window.addEventListener('hashchange', selectFromHash);

  // ------------------------------------------------------------------ live updates
  const status = (text, cls, title) => {
    const s = $('#live-status');
    if (s) { s.textContent = text; s.className = 'live-status' + (cls ? ' ' + cls : ''); s.title = title || ''; }
  };
  // What the indicator says once nothing is in flight: live only when connected and the page
  // shows the server's current maps; otherwise out of date (the last good maps, the files have
  // errors) or disconnected.
  const conn = { open: false, stale: false, errors: 0, failed: false };
  function settle() {
    if (!conn.open) { status('disconnected \u2013 reconnecting\u2026', 'offline', 'No connection to the server: this page may be out of date.'); }
    else if (conn.failed) { status('out of date', 'stale', 'The last update failed: reload the page.'); }
    else if (conn.stale) { status('out of date: ' + conn.errors + (conn.errors === 1 ? ' error' : ' errors'), 'stale',
      'The map files have errors: showing the last good maps until they are fixed.'); }
    else { status('live', '', 'Up to date: the page follows the map files.'); }
  }
  let refreshing = false, again = false;

  async function refresh() {
    if (refreshing) { again = true; return; }
    refreshing = true;
    status('updating\u2026');
    try {
      const res = await fetch(location.pathname + location.search, { cache: 'no-store', headers: { Accept: 'text/html' } });
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      const next = doc.getElementById('live');
      if (!next) { return; }
      // The page's Content-Security-Policy allows the drawing's own style sheet by hash; a new sheet needs a new page.
      const allowed = (live().getAttribute('data-styles') || '').split(' ').filter(Boolean);
      const wanted = (next.getAttribute('data-styles') || '').split(' ').filter(Boolean);
      if (wanted.some(h => !allowed.includes(h))) { location.reload(); return; }
      next.setAttribute('data-styles', allowed.join(' '));
      const view = state.view, selected = state.selected, cell = state.cell;
      const text = $('.source-text .text');
      const scroll = text ? text.scrollTop : 0;
      const openDetails = $('.diagnostics details[open]') !== null;
      live().replaceWith(document.adoptNode(next));
      document.title = doc.title;
      panZoom(live(), view);
      applyFocus();
      const t2 = $('.source-text .text');
      if (t2) { t2.scrollTop = scroll; }
      if (openDetails) { const d = $('.diagnostics details'); if (d) { d.open = true; } }
      if (selected) { select(selected, false); } else if (cell) { showCell(cell[0], cell[1]); }
      document.dispatchEvent(new CustomEvent('argmap:updated', { detail: { version: live().getAttribute('data-version') } }));
      conn.failed = false;
    } catch (err) {
      conn.failed = true;
    } finally {
      refreshing = false;
      settle();
      if (again) { again = false; refresh(); } else { whilePending(); }
    }
  }

  // A page that shows something still being computed (the analysis of a new version, a drawing)
  // is marked data-pending: fetch it again until it is complete.
  let pendingTimer = null;
  function whilePending() {
    if (pendingTimer || !live() || !live().hasAttribute('data-pending')) { return; }
    pendingTimer = setTimeout(() => { pendingTimer = null; refresh(); }, 1500);
  }

  function onLive(type, data) {
    if (type === 'open') { conn.open = true; return; }
    if (type === 'error') { conn.open = false; settle(); return; }
    if (type !== 'corpus') { return; }
    let d;
    try { d = JSON.parse(data); } catch (x) { return; }
    conn.open = true;
    conn.stale = !!d.stale;
    conn.errors = d.errors || 0;
    if (d.version !== live().getAttribute('data-version')) { refresh(); } else if (!refreshing) { settle(); }
  }

  // One event stream per browser, shared by the pages through a SharedWorker (browsers allow few
  // connections per host); a page of its own where SharedWorker is missing. Closed when the page
  // is hidden (also into the back-forward cache), opened again when it is shown.
  let stop = null;
  function connect() {
    if (stop) { return; }
    if (window.SharedWorker) {
      try {
        const w = new SharedWorker('/static/live-worker.js');
        w.port.addEventListener('message', e => onLive(e.data.type, e.data.data));
        w.port.start();
        stop = () => w.port.postMessage('bye');
        return;
      } catch (x) { /* fall through to a stream of this page's own */ }
    }
    if (!window.EventSource) { return; }
    const es = new EventSource('/events');
    es.addEventListener('open', () => onLive('open'));
    es.addEventListener('error', () => onLive('error'));
    es.addEventListener('corpus', e => onLive('corpus', e.data));
    stop = () => es.close();
  }
  window.addEventListener('pagehide', () => { if (stop) { stop(); stop = null; } });
  window.addEventListener('pageshow', e => { if (e.persisted) { connect(); } });

  function start() {
    panZoom(live(), null);
    selectFromHash();
    connect();
    whilePending();
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
