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
  // The first view: the whole drawing, unless it is much taller (or wider) than the window, as the
  // matrix is; then its top (or left) part at the window's width (or height), to be panned.
  function first(base, r) {
    const aspect = r.height / r.width;
    if (base.h / base.w > aspect * 1.5) { return { x: base.x, y: base.y, w: base.w, h: base.w * aspect }; }
    if (base.w / base.h > 1.5 / aspect) { return { x: base.x, y: base.y, w: base.h / aspect, h: base.h }; }
    return Object.assign({}, base);
  }

  function panZoom(root, restore) {
    const vp = $('.viewport', root);
    const svg = vp && $('svg', vp);
    if (!svg) { state.view = null; return; }
    const base = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width
      ? { x: svg.viewBox.baseVal.x, y: svg.viewBox.baseVal.y, w: svg.viewBox.baseVal.width, h: svg.viewBox.baseVal.height }
      : { x: 0, y: 0, w: parseFloat(svg.getAttribute('width')) || 1000, h: parseFloat(svg.getAttribute('height')) || 800 };
    svg.setAttribute('data-base-view', base.x + ' ' + base.y + ' ' + base.w + ' ' + base.h);
    let vb = restore ? Object.assign({}, restore) : first(base, vp.getBoundingClientRect());
    const apply = () => { svg.setAttribute('viewBox', vb.x + ' ' + vb.y + ' ' + vb.w + ' ' + vb.h); state.view = vb; };
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

  function select(ref, scroll) {
    const card = byData('.store .claim-card', 'data-ref', ref)[0];
    if (!card) { return false; }
    showInPanel(card);
    state.selected = ref;
    state.cell = null;
    markDrawing('data-claim', ref);
    $$('.claim-list .claim-link').forEach(b => b.setAttribute('aria-current', String(b.getAttribute('data-select') === ref)));
    $$('.source-text .q.active, .source-text .q.focus').forEach(m => m.classList.remove('active', 'focus'));
    const marks = $$('.source-text .q').filter(m => (m.getAttribute('data-claims') || '').split(' ').includes(ref));
    marks.forEach(m => m.classList.add('active'));
    if (scroll && marks.length) { marks[0].scrollIntoView({ block: 'center' }); }
    if (history.replaceState) { history.replaceState(null, '', '#claim=' + encodeURIComponent(ref)); }
    return true;
  }

  function showEvidence(id) {
    $$('.source-text .q.focus').forEach(m => m.classList.remove('focus'));
    const marks = $$('.source-text .q').filter(m => (m.getAttribute('data-evidence') || '').split(' ').includes(id));
    marks.forEach(m => m.classList.add('focus'));
    if (marks.length) { marks[0].scrollIntoView({ block: 'center' }); }
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
    if (ev) { showEvidence(ev.getAttribute('data-show-evidence')); return; }
    if (inDrawing) {
      const claim = t.closest('[data-claim]');
      if (claim) { select(claim.getAttribute('data-claim'), true); return; }
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
    const m = /^#claim=(.+)$/.exec(location.hash);
    if (m) { select(decodeURIComponent(m[1]), true); }
  }
  window.addEventListener('hashchange', selectFromHash);

  // ------------------------------------------------------------------ live updates
  const status = (text, cls) => {
    const s = $('#live-status');
    if (s) { s.textContent = text; s.className = 'live-status' + (cls ? ' ' + cls : ''); }
  };
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
      const t2 = $('.source-text .text');
      if (t2) { t2.scrollTop = scroll; }
      if (openDetails) { const d = $('.diagnostics details'); if (d) { d.open = true; } }
      if (selected) { select(selected, false); } else if (cell) { showCell(cell[0], cell[1]); }
      document.dispatchEvent(new CustomEvent('argmap:updated', { detail: { version: live().getAttribute('data-version') } }));
    } catch (err) {
      status('update failed', 'offline');
    } finally {
      refreshing = false;
      status('live');
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
    if (type === 'open') { status('live'); return; }
    if (type === 'error') { status('reconnecting\u2026', 'offline'); return; }
    if (type !== 'corpus') { return; }
    let d;
    try { d = JSON.parse(data); } catch (x) { return; }
    if (d.version !== live().getAttribute('data-version')) { refresh(); }
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
