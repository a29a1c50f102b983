// The world map: country outlines (world-atlas, built into vendor/), lines joining the two cities of every
// pairing, cities as small points and signatories as points coloured by status. No tiles, nothing from elsewhere.
import { draw, echarts, table } from "./charts.mjs";
import { label } from "./options.mjs";

const OUTLINES = "static/vendor/countries-110m.geojson";
const ANTARCTICA = "010"; // ISO 3166 numeric: no city or signatory there, and it takes a fifth of the map
const STATUS_COLOURS = { published: "#009E73", on_hold: "#D55E00", withdrawn: "#7F7F7F" };
const PAIRING_COLOURS = { proposed: "#56B4E9", confirmed: "#0072B2", completed: "#CC79A7" };
let outlines = null;

async function registerWorld() {
  if (!outlines) {
    outlines = fetch(OUTLINES, { credentials: "omit" }).then((r) => {
      if (!r.ok) throw new Error(`The map outlines answered ${r.status}.`);
      return r.json();
    });
    const world = await outlines;
    world.features = world.features.filter((f) => f.id !== ANTARCTICA);
    echarts.registerMap("world", world);
  }
  await outlines;
}

/** Draw the map answer (a GeoJSON FeatureCollection) in `parts`, with its tables. */
export async function drawMap(parts, collection) {
  await registerWorld();
  const features = collection.features || [];
  const cities = new Map();
  const pairings = [];
  const signatories = [];
  for (const f of features) {
    const p = f.properties || {};
    if (p.kind === "city") cities.set(p.id, { ...p, coordinates: f.geometry.coordinates });
    else if (p.kind === "pairing") pairings.push({ ...p, coordinates: f.geometry.coordinates });
    else if (p.kind === "signatory") signatories.push({ ...p, coordinates: f.geometry.coordinates });
  }
  const statuses = [...new Set(signatories.map((s) => s.status))].sort();
  const states = [...new Set(pairings.map((p) => p.state))].sort();
  const series = [
    ...statuses.map((status) => ({
      name: `Signatories: ${label(status)}`,
      type: "scatter",
      coordinateSystem: "geo",
      symbolSize: 4,
      itemStyle: { color: STATUS_COLOURS[status] || "#000000", opacity: 0.7 },
      data: signatories.filter((s) => s.status === status).map((s) => ({ name: s.name, value: s.coordinates })),
    })),
    {
      name: "Cities",
      type: "scatter",
      coordinateSystem: "geo",
      symbolSize: 7,
      itemStyle: { color: "#ffffff", borderColor: "#1a1a1a", borderWidth: 1.5 },
      data: [...cities.values()].map((c) => ({ name: c.name, value: c.coordinates })),
    },
    ...states.map((state) => ({
      name: `Pairings: ${label(state)}`,
      type: "lines",
      coordinateSystem: "geo",
      polyline: false,
      lineStyle: { color: PAIRING_COLOURS[state] || "#0072B2", width: 2, opacity: 0.85, curveness: 0.2 },
      data: pairings.filter((p) => p.state === state).map((p) => ({ name: pairingName(p, cities), coords: p.coordinates })),
    })),
  ];
  draw(parts.chart, {
    tooltip: { trigger: "item", renderMode: "richText" },
    legend: { type: "scroll", bottom: 0, textStyle: { color: "#1a1a1a" } },
    geo: {
      map: "world",
      roam: true,
      zoom: 1.15,
      top: 8,
      bottom: 40,
      itemStyle: { areaColor: "#e8ecef", borderColor: "#8a949c", borderWidth: 0.5 },
      emphasis: { disabled: true },
      select: { disabled: true },
    },
    series,
  });
  // What was drawn, for a reader of the page's source and for the browser test: the canvas tells nothing.
  parts.chart.dataset.pairings = String(pairings.length);
  parts.chart.dataset.signatories = String(signatories.length);
  parts.chart.dataset.cities = String(cities.size);
  parts.note.textContent =
    `${pairings.length} pairings between ${cities.size} cities, and ${signatories.length} signatories. ` +
    "Drag to move the map and scroll to zoom; the tables below list the same.";

  const lists = parts.table;
  lists.replaceChildren();
  const pairingRows = pairings.map((p) => {
    const [a, b] = (p.cities || []).map((id) => cities.get(id));
    return [a?.name ?? p.cities?.[0] ?? "?", b?.name ?? p.cities?.[1] ?? "?", label(p.state)];
  });
  const countBy = (items, key) => {
    const counts = {};
    for (const item of items) counts[item[key]] = (counts[item[key]] || 0) + 1;
    return Object.entries(counts).map(([k, v]) => [label(k), v]);
  };
  for (const [caption, head, rows] of [
    ["Pairings on the map", ["City", "Paired with", "State"], pairingRows],
    ["Signatories on the map by status", ["Status", "Signatories"], countBy(signatories, "status")],
    ["Signatories on the map by regional covenant", ["Regional covenant", "Signatories"], countBy(signatories, "regional_covenant")],
  ]) {
    const holder = document.createElement("div");
    table(holder, caption, head, rows);
    lists.append(holder);
  }
}

function pairingName(pairing, cities) {
  const [a, b] = (pairing.cities || []).map((id) => cities.get(id)?.name ?? id);
  return `${a} - ${b} (${label(pairing.state)})`;
}
