// raidlog web: the little script the pages use. Everything works without it;
// with it, the map lists a place's claims or incidents in its side panel, filter forms
// leave empty fields out of the URL, and the overview and the watch page follow a running
// watch. Text from the server is only ever set with textContent, never parsed as HTML.
"use strict";

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function claimsUrl(base, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return base + "?" + q.toString();
}

async function showPlace(map, place, name) {
  const title = document.getElementById("panel-title");
  const body = document.getElementById("panel-body");
  const filter = {
    since: map.dataset.since, until: map.dataset.until, side: map.dataset.side,
    claimant: map.dataset.claimant, place: place,
  };
  for (const a of map.querySelectorAll("a.selected")) a.classList.remove("selected");
  for (const a of map.querySelectorAll("a.place")) if (a.dataset.place === place) a.classList.add("selected");
  title.textContent = name;
  body.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  let data;
  try {
    const response = await fetch(claimsUrl("/api/claims", { ...filter, limit: "50" }), {
      headers: { Accept: "application/json" },
    });
    data = await response.json();
    if (!response.ok) throw new Error(data.detail || response.statusText);
  } catch (err) {
    body.replaceChildren(el("p", { class: "error-box" }, "Could not load the claims: " + err.message));
    return;
  }
  const list = el("ol", { class: "panel-claims", id: "panel-claims" });
  for (const c of data.items) {
    let here = 0;
    for (const item of c.breakdown) if (item.places.some((p) => p.id === place)) here += item.count;
    const li = el("li", { "data-claim": c.id });
    li.append(el("a", { href: "/claims/" + c.id }, c.id), " ");
    li.append(el("span", {}, `${c.day || "?"} · ${c.claimant} · ${here} here of ${c.destroyed ?? "?"} destroyed`));
    list.append(li);
  }
  const summary = el("p", { id: "panel-total" }, `${data.total} claim${data.total === 1 ? "" : "s"} name this place.`);
  const all = el("p", {});
  all.append(el("a", { href: claimsUrl("/claims", filter) }, "All of them in the claims table →"));
  body.replaceChildren(summary, list, all);
}

function incidentLine(i) {
  // kind(s) · reporter · killed/injured as stated ("not stated" when the report gives none)
  const kinds = i.kinds.map((k) => k.replace(/_/g, " ")).join(", ");
  const figures = [];
  if (i.killed !== null) figures.push(`killed ${i.killed}`);
  if (i.injured !== null) figures.push(`injured ${i.injured}`);
  if (i.locations !== null && i.locations !== undefined) figures.push(`${i.locations} locations`);
  return `${i.day || "?"} · ${kinds} · reported by ${i.reporter || "unattributed"}` +
    (figures.length ? ` · ${figures.join(", ")}` : "");
}

async function showIncidents(map, place, name) {
  const title = document.getElementById("panel-title");
  const body = document.getElementById("panel-body");
  const filter = {
    since: map.dataset.since, until: map.dataset.until, side: map.dataset.side,
    reporter: map.dataset.claimant, place: place,
  };
  for (const a of map.querySelectorAll("a.selected")) a.classList.remove("selected");
  for (const a of map.querySelectorAll("a.incident-place")) if (a.dataset.place === place) a.classList.add("selected");
  title.textContent = name;
  body.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  let data;
  try {
    const response = await fetch(claimsUrl("/api/incidents", { ...filter, limit: "50" }), {
      headers: { Accept: "application/json" },
    });
    data = await response.json();
    if (!response.ok) throw new Error(data.detail || response.statusText);
  } catch (err) {
    body.replaceChildren(el("p", { class: "error-box" }, "Could not load the incidents: " + err.message));
    return;
  }
  const list = el("ol", { class: "panel-incidents", id: "panel-incidents" });
  for (const i of data.items) {
    const li = el("li", { "data-incident": i.id });
    li.append(el("a", { href: "/documents/" + i.document_id }, i.document_id), " ");
    li.append(el("span", {}, incidentLine(i)));
    list.append(li);
  }
  const summary = el("p", { id: "panel-total" },
    `${data.total} incident${data.total === 1 ? "" : "s"} reported at this place.`);
  const all = el("p", {});
  all.append(el("a", { href: claimsUrl("/incidents", filter) }, "All of them in the incidents table →"));
  body.replaceChildren(summary, list, all);
}

function initMap() {
  const map = document.getElementById("map");
  if (!map) return;
  initZoom(map);
  for (const [id, cls] of [["toggle-incidents", "hide-incidents"], ["toggle-claims", "hide-claims"]]) {
    const box = document.getElementById(id);
    if (box) box.addEventListener("change", () => map.classList.toggle(cls, !box.checked));
  }
  document.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    const incident = event.target.closest("a.incident-place, a.incident-link");
    if (incident) {
      event.preventDefault();
      showIncidents(map, incident.dataset.place, incident.dataset.name);
      return;
    }
    const link = event.target.closest("a.place, a.place-link");
    if (!link) return;
    event.preventDefault();
    showPlace(map, link.dataset.place, link.dataset.name);
  });
}

// Zoom and pan: the map's viewBox; buttons, the wheel (about the pointer) and dragging. The zoom
// factor is kept in data-zoom (1 = the whole map).
function initZoom(map) {
  const base = map.viewBox.baseVal;
  const W = base.width, H = base.height;
  const view = { x: 0, y: 0, w: W, h: H };
  const apply = () => {
    view.x = Math.min(Math.max(view.x, 0), W - view.w);
    view.y = Math.min(Math.max(view.y, 0), H - view.h);
    map.setAttribute("viewBox", `${view.x.toFixed(1)} ${view.y.toFixed(1)} ${view.w.toFixed(1)} ${view.h.toFixed(1)}`);
    map.dataset.zoom = (W / view.w).toFixed(2);
  };
  const zoom = (factor, cx, cy) => {
    const w = Math.min(W, Math.max(W / 16, view.w / factor));
    const h = (w * H) / W;
    if (cx === undefined) { cx = view.x + view.w / 2; cy = view.y + view.h / 2; }
    view.x = cx - ((cx - view.x) * w) / view.w;
    view.y = cy - ((cy - view.y) * h) / view.h;
    view.w = w; view.h = h;
    apply();
  };
  const toUser = (event) => {
    const r = map.getBoundingClientRect();
    return [view.x + ((event.clientX - r.left) / r.width) * view.w, view.y + ((event.clientY - r.top) / r.height) * view.h];
  };
  const button = (id, fn) => { const b = document.getElementById(id); if (b) b.addEventListener("click", fn); };
  button("zoom-in", () => zoom(1.6));
  button("zoom-out", () => zoom(1 / 1.6));
  button("zoom-reset", () => { Object.assign(view, { x: 0, y: 0, w: W, h: H }); apply(); });
  map.addEventListener("wheel", (event) => {
    event.preventDefault();
    const [cx, cy] = toUser(event);
    zoom(event.deltaY < 0 ? 1.25 : 0.8, cx, cy);
  }, { passive: false });
  let drag = null;
  let dragged = false;
  map.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y, id: event.pointerId };
    dragged = false;
  });
  map.addEventListener("pointermove", (event) => {
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!dragged && Math.hypot(dx, dy) < 4) return;
    if (!dragged) { dragged = true; map.classList.add("dragging"); map.setPointerCapture(event.pointerId); }
    const r = map.getBoundingClientRect();
    view.x = drag.vx - (dx / r.width) * view.w;
    view.y = drag.vy - (dy / r.height) * view.h;
    apply();
  });
  const end = () => { drag = null; map.classList.remove("dragging"); };
  map.addEventListener("pointerup", end);
  map.addEventListener("pointercancel", end);
  // a drag that ends over a circle is not a click on it
  map.addEventListener("click", (event) => {
    if (dragged) { event.preventDefault(); event.stopPropagation(); dragged = false; }
  }, true);
  apply();
}

function initForms() {
  for (const form of document.querySelectorAll("form.filters, form.period")) {
    if ((form.method || "get").toLowerCase() !== "get") continue;
    form.addEventListener("submit", () => {
      for (const field of form.querySelectorAll("input, select")) if (!field.value) field.disabled = true;
    });
  }
}

// fields disabled on submit come back enabled when the browser restores the page
window.addEventListener("pageshow", () => {
  for (const field of document.querySelectorAll("form.filters [disabled], form.period [disabled]")) field.disabled = false;
});

// The watch, live: the overview and the watched sources' page poll /api/watch (every 5 s while a
// watch is running, else every 30 s, never while the tab is hidden). The overview reloads itself
// when the ledger has changed, with ?new_since= the latest claim when it was first opened, so the
// server lists and marks the claims stored since; the watch page updates its table in place.
const LIVE_FAST = 5000, LIVE_SLOW = 30000;

function setText(id, text) {
  const node = document.getElementById(id);
  if (node) node.textContent = text;
}

function withAgo(value, ago, none) {
  return value ? value + (ago ? ` (${ago})` : "") : none;
}

function updateWatchTable(table, state) {
  const rows = new Map();
  for (const tr of table.querySelectorAll("tbody tr[data-source]")) rows.set(tr.dataset.source, tr);
  if (rows.size !== state.sources.length || state.sources.some((s) => !rows.has(s.name))) {
    location.reload();
    return;
  }
  for (const s of state.sources) {
    const tr = rows.get(s.name);
    const cell = (cls, text) => { const td = tr.querySelector("td." + cls); if (td) td.textContent = text; };
    tr.classList.toggle("failing", s.failures > 0);
    cell("state", s.state);
    cell("last-poll", withAgo(s.last_poll_at, s.ago.last_poll_at, "never"));
    cell("last-new", withAgo(s.last_new_at, s.ago.last_new_at, "none yet"));
    cell("next-poll", withAgo(s.backing_off ? "back-off until " + s.next_poll_at : s.next_poll_at,
      s.ago.next_poll_at, "at the next start"));
    cell("polls", s.polls.toLocaleString("en-US"));
    cell("documents", s.documents.toLocaleString("en-US"));
    cell("error", s.last_error ? `${s.last_error} ${s.last_error_at || ""}` : "none");
  }
  const running = document.getElementById("watch-running");
  if (running) {
    running.dataset.running = state.running ? "yes" : "no";
    running.textContent = state.running ? `A watch is running (started ${state.run.started_at}).`
      : "No watch is running" + (state.run && state.run.finished_at ? `; the last one stopped at ${state.run.finished_at}.` : ".");
  }
  setText("checked-at", "state as of " + state.now);
}

function initLive() {
  const live = document.getElementById("live");
  const table = document.getElementById("watch-sources");
  const box = live || table;
  if (!box) return;
  const opened = live ? live.dataset.opened : table.dataset.latest;
  const key = "raidlog-scroll:" + location.pathname;
  const y = sessionStorage.getItem(key);
  if (y !== null) { sessionStorage.removeItem(key); window.scrollTo(0, Number(y)); }
  let running = (live ? live.dataset.running : (document.getElementById("watch-running") || box).dataset.running) === "yes";
  const tick = async () => {
    if (!document.hidden) {
      try {
        const response = await fetch("/api/watch?after=" + encodeURIComponent(opened),
          { headers: { Accept: "application/json" }, cache: "no-store" });
        if (response.ok) {
          const state = await response.json();
          running = state.running;
          if (live && (state.version !== box.dataset.version || Number(live.dataset.watched) !== state.sources.length)) {
            sessionStorage.setItem(key, String(window.scrollY));
            const url = new URL(location.href);
            url.searchParams.set("new_since", opened);
            location.replace(url.toString());
            return;
          }
          if (live) {
            setText("live-running", state.running ? "a watch is running" : "no watch is running");
            setText("live-last-poll", state.last_poll_at || "never");
            setText("live-failing", `${state.failing} failing`);
            live.dataset.running = state.running ? "yes" : "no";
          } else {
            updateWatchTable(table, state);
          }
        }
      } catch (err) {
        // the server is away for a moment: try again at the next tick
      }
    }
    setTimeout(tick, running ? LIVE_FAST : LIVE_SLOW);
  };
  setTimeout(tick, running ? LIVE_FAST : LIVE_SLOW);
}

document.addEventListener("DOMContentLoaded", () => {
  initMap();
  initForms();
  initLive();
});
