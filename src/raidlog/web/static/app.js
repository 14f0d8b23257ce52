// raidlog web: the little script the pages use. Everything works without it;
// with it, the map lists a place's claims or incidents in its side panel, and filter forms
// leave empty fields out of the URL. Text from the server is only ever set with
// textContent, never parsed as HTML.
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

document.addEventListener("DOMContentLoaded", () => {
  initMap();
  initForms();
});
