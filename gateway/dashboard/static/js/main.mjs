// The dashboard page: sign in, read the filters from the URL, and draw the summary, the map and a chart per
// metric of the insights API (GET /v1/insights/{summary,map,metrics,series}).
import { ApiError, download, get, withQuery } from "./api.mjs";
import { forget, signIn } from "./auth.mjs";
import { card, countsChart, draw, seriesOption, seriesTable } from "./charts.mjs";
import * as filters from "./filters.mjs";
import { drawMap } from "./map.mjs";
import { label } from "./options.mjs";

// The sections of the charts over time, by the first part of a metric's name.
const SECTIONS = {
  cities: "Cities",
  applications: "Applications",
  pairing: "Pairing",
  action_plans: "Action plans",
  actions: "Action plans",
  tasks: "Action plans",
  indicators: "Action plans",
  covenant: "Covenant of Mayors",
  value_chains: "Value chains",
  knowledge: "Knowledge",
};
const SERIES_FILTERS = ["call_id", "world_region", "regional_covenant"];
const MAP_FILTERS = ["world_region", "regional_covenant"];
const CONCURRENT_SERIES = 4; // the gateway's other callers come first
const calls = new Map(); // call id -> title, for the call filter and the groups of a chart split by call
let metricsList = null;
let seriesCards = new Map(); // metric name -> card parts
let loadNumber = 0;

const $ = (id) => document.getElementById(id);

function status(text) {
  $("status").textContent = text;
}

function alertError(text) {
  const box = $("alert");
  box.textContent = text;
  box.hidden = !text;
}

function groupLabel(group) {
  return calls.get(group) ?? label(group);
}

async function loadSummary() {
  const s = await get("/v1/insights/summary");
  $("as-of").textContent = s.as_of
    ? `Figures as of ${new Date(s.as_of).toLocaleString()} (${s.events_applied} events)`
    : "No events yet";
  const pct = (x) => `${Math.round((x || 0) * 100)} %`;
  const figures = [
    ["applications", "Applications", s.applications?.total],
    ["pairings-active", "Active pairings", s.pairing?.active],
    ["pairings-confirmed", "Pairings confirmed", s.pairing?.confirmed],
    ["activities", "Cooperation activities", s.pairing?.activities],
    ["signatories", "Covenant signatories", s.covenant?.signatories],
    ["late-share", "Late actions", pct(s.action_plans?.late_share)],
    ["agreements", "Value chain agreements", s.value_chains?.agreements],
    ["practices", "Good practices published", s.knowledge?.practices_published],
  ];
  const list = $("figures");
  list.replaceChildren();
  for (const [id, name, value] of figures) {
    const box = document.createElement("div");
    box.className = "figure";
    box.id = `figure-${id}`;
    const dt = Object.assign(document.createElement("dt"), { textContent: name });
    const dd = Object.assign(document.createElement("dd"), { textContent: (value ?? 0).toLocaleString("en") });
    box.append(dt, dd);
    list.append(box);
  }
  const p = s.pairing || {};
  const charts = [
    ["applications-by-state", "Applications by state", s.applications?.by_state, "applications"],
    [
      "pairings-by-state",
      "Pairings by state",
      { proposed: p.proposed, confirmed: p.confirmed, declined: p.declined, dissolved: p.dissolved, completed: p.completed },
      "pairings",
    ],
    [
      "pairs-by-regions",
      "Pairs by pair of world regions",
      Object.fromEntries((p.by_region_pair || []).map((r) => [r.regions.map(label).join(" - "), r.count])),
      "pairs",
    ],
    ["signatories-by-status", "Signatories by status", s.covenant?.by_status, "signatories"],
    ["signatories-by-covenant", "Signatories by regional covenant", s.covenant?.by_regional_covenant, "signatories"],
    ["signatories-by-badge", "Signatories by badge", s.covenant?.by_badge, "signatories"],
    ["plans-by-state", "Action plans by state", s.action_plans?.plans_by_state, "plans"],
    ["actions-by-status", "Actions by status", s.action_plans?.actions_by_status, "actions"],
    ["value-chains", "Value chains", s.value_chains, "count"],
    ["practices-by-theme", "Good practices by theme", s.knowledge?.by_theme, "practices"],
  ];
  const holder = $("summary-charts");
  for (const [id, title, counts, unit] of charts) {
    let parts = holder.querySelector(`#card-${id}`)?.parts;
    if (!parts) {
      parts = card(holder, { id, title });
      parts.root.parts = parts;
    }
    countsChart(parts, title, counts, unit);
  }
}

async function loadMap(view) {
  const holder = $("map-card");
  if (!holder.parts) {
    holder.parts = card(holder, {
      id: "map",
      title: "World map",
      description: "Lines join the two cities of each pairing; points are cities and Covenant signatories, coloured by status.",
      wide: true,
    });
    holder.parts.chart.classList.add("map");
  }
  const params = Object.fromEntries(MAP_FILTERS.map((f) => [f, view[f]]));
  await drawMap(holder.parts, await get("/v1/insights/map", params));
}

function seriesParams(metric, view, split) {
  const params = { metric: metric.name, from: view.from, to: view.to, interval: view.interval, group_by: split };
  for (const f of SERIES_FILTERS) if ((metric.filters || []).includes(f)) params[f] = view[f];
  return params;
}

function splitOf(metric) {
  const chosen = new URLSearchParams(window.location.search).get(`split.${metric.name}`);
  if (chosen !== null) return (metric.group_by || []).includes(chosen) ? chosen : "";
  return metric.group_by?.[0] ?? "";
}

function sectionGrid(metric) {
  const prefix = metric.name.split(".")[0];
  const name = SECTIONS[prefix] ?? label(prefix);
  const id = `section-${name.toLowerCase().replaceAll(/[^a-z0-9]+/g, "-")}`;
  let grid = document.querySelector(`#${id} .grid`);
  if (!grid) {
    const section = Object.assign(document.createElement("section"), { id });
    const heading = Object.assign(document.createElement("h3"), { id: `${id}-title`, textContent: name });
    section.setAttribute("aria-labelledby", heading.id);
    grid = Object.assign(document.createElement("div"), { className: "grid" });
    section.append(heading, grid);
    $("series-charts").append(section);
  }
  return grid;
}

function seriesCard(metric) {
  if (seriesCards.has(metric.name)) return seriesCards.get(metric.name);
  const id = `metric-${metric.name.replaceAll(/[^a-z0-9]+/gi, "-")}`;
  const parts = card(sectionGrid(metric), { id, title: metric.title, description: metric.description, level: 4 });
  parts.root.dataset.metric = metric.name;
  if ((metric.group_by || []).length) {
    const select = document.createElement("select");
    select.id = `${id}-split`;
    select.append(new Option("Nothing (total)", ""));
    for (const g of metric.group_by) select.append(new Option(label(g), g));
    const lab = Object.assign(document.createElement("label"), { htmlFor: select.id, textContent: "Split by" });
    select.addEventListener("change", () => {
      const url = new URL(window.location.href);
      url.searchParams.set(`split.${metric.name}`, select.value);
      window.history.pushState(null, "", url);
      loadSeries(metric, filters.current()).catch(report);
    });
    parts.actions.append(lab, select);
    parts.split = select;
  }
  const csv = Object.assign(document.createElement("a"), { className: "button", textContent: "Download CSV" });
  csv.addEventListener("click", (event) => {
    event.preventDefault();
    status(`Downloading ${metric.title} as CSV…`);
    download(csv.href, csv.download)
      .then(() => status(`${metric.title} downloaded.`))
      .catch(report);
  });
  parts.actions.append(csv);
  parts.csv = csv;
  seriesCards.set(metric.name, parts);
  return parts;
}

async function loadSeries(metric, view) {
  const parts = seriesCard(metric);
  const split = splitOf(metric);
  if (parts.split) parts.split.value = split;
  const params = seriesParams(metric, view, split);
  parts.csv.href = withQuery("/v1/insights/series.csv", params);
  parts.csv.download = `${metric.name}_${view.from}_${view.to}_${view.interval}.csv`;
  parts.root.setAttribute("aria-busy", "true");
  try {
    const answer = await get("/v1/insights/series", params);
    draw(parts.chart, seriesOption(metric, answer, groupLabel));
    seriesTable(parts.table, metric, answer, groupLabel);
    const ignored = SERIES_FILTERS.filter((f) => view[f] && !(metric.filters || []).includes(f));
    const notes = [];
    if (!answer.series.some((x) => x.points.some((point) => point.value))) notes.push("Nothing counted in this period.");
    if (ignored.length) notes.push(`Not filtered by ${ignored.map(label).join(", ").toLowerCase()}: this figure does not have it.`);
    parts.note.textContent = notes.join(" ");
    parts.root.dataset.loaded = withQuery("", params);
  } finally {
    parts.root.removeAttribute("aria-busy");
  }
}

async function loadCalls() {
  // The call filter shows titles when the key may read calls; otherwise the ids the figures name.
  try {
    let page = await get("/v1/calls", { page_size: 100 });
    for (let n = 0; n < 10; n++) {
      for (const c of page.items) calls.set(c.id, c.title);
      if (!page.next_page_token) break;
      page = await get("/v1/calls", { page_size: 100, page_token: page.next_page_token });
    }
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
  }
  filters.offerCalls($("f-call"), calls);
}

async function inBatches(items, size, work) {
  const queue = [...items];
  const errors = [];
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (queue.length) {
        const item = queue.shift();
        try {
          await work(item);
        } catch (e) {
          errors.push(e);
        }
      }
    }),
  );
  if (errors.length) throw errors[0];
}

function report(e) {
  status("");
  alertError(e instanceof ApiError ? `The figures could not be loaded: ${e.message}` : `Something went wrong: ${e.message ?? e}`);
}

/** Draw everything for the filters in the URL. */
async function load() {
  const mine = ++loadNumber;
  const view = filters.current();
  filters.show($("filters"), view);
  alertError("");
  status("Loading the figures…");
  document.body.classList.add("loading");
  try {
    if (!metricsList) {
      metricsList = (await get("/v1/insights/metrics")).items;
      await loadCalls();
      filters.show($("filters"), view);
    }
    await Promise.all([
      loadSummary(),
      loadMap(view),
      inBatches(metricsList, CONCURRENT_SERIES, (metric) => loadSeries(metric, view)),
    ]);
    if (mine === loadNumber) status(`Figures loaded for ${view.from} to ${view.to}, by ${view.interval}.`);
    document.body.dataset.loaded = window.location.search;
  } catch (e) {
    report(e);
  } finally {
    document.body.classList.remove("loading");
  }
}

function wire() {
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    filters.push(filters.read($("filters")));
    load();
  });
  $("reset").addEventListener("click", () => {
    window.history.pushState(null, "", window.location.pathname);
    load();
  });
  window.addEventListener("popstate", load);
  $("sign-out").addEventListener("click", () => {
    forget();
    signIn("You have signed out. Sign in to see the figures again.").then(load);
  });
  document.addEventListener("dashboard:expired", () => {
    signIn("Your session has ended: sign in again.").then(() => status("Signed in again."));
  });
}

wire();
load();
