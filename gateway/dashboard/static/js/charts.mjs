// Chart cards: a heading, the chart (ECharts, on canvas), the same numbers as a table under it, and for
// series a CSV download. The table is what screen readers and copy-paste use, so it is always complete.
import * as echarts from "../vendor/echarts.esm.min.mjs";
import { label } from "./options.mjs";

// Okabe-Ito: told apart with every common colour-vision deficiency; each holds 3:1 on white but yellow, left out.
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000", "#7F7F7F"];
const TEXT = "#1a1a1a";
const charts = new Map(); // element -> ECharts instance

const observer = new ResizeObserver((entries) => {
  for (const entry of entries) charts.get(entry.target)?.resize();
});

/** A new card in `container`: {root, chart, note, table, actions}. */
export function card(container, { id, title, description = "", wide = false, level = 3 }) {
  const root = element("article", { className: wide ? "card wide" : "card", id: `card-${id}` });
  root.setAttribute("aria-labelledby", `${id}-title`);
  const heading = element(`h${level}`, { id: `${id}-title`, textContent: title });
  const about = element("p", { className: "hint", textContent: description });
  const actions = element("div", { className: "actions" });
  const chart = element("div", { className: "chart", id: `${id}-chart` });
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", `${title}: chart; the same numbers are in the table below it.`);
  const note = element("p", { className: "note" });
  note.setAttribute("aria-live", "polite");
  const details = element("details", { className: "numbers" });
  const summary = element("summary", { textContent: `Table: ${title}` });
  const table = element("div", { className: "table-wrap", id: `${id}-table` });
  details.append(summary, table);
  root.append(heading, about, actions, chart, note, details);
  container.append(root);
  return { root, chart, note, table, actions };
}

/** Draw `option` in `el`, reusing its chart. */
export function draw(el, option) {
  let chart = charts.get(el);
  if (!chart) {
    chart = echarts.init(el, null, { renderer: "canvas" });
    charts.set(el, chart);
    observer.observe(el);
  }
  chart.setOption({ ...BASE, ...option }, true);
  return chart;
}

export { echarts };

const BASE = {
  color: PALETTE,
  textStyle: { color: TEXT, fontFamily: "system-ui, sans-serif" },
  aria: { enabled: true },
  animation: false, // calmer for people sensitive to motion, and the numbers are there at once
  tooltip: { trigger: "axis", renderMode: "richText" }, // drawn on the canvas: no inline HTML styles
  grid: { left: 48, right: 16, top: 40, bottom: 32, containLabel: true },
};

/** The option of a time series answer: bars for a flow (things that happened), lines for a stock (levels). */
export function seriesOption(metric, answer, groupLabel = label) {
  const periods = answer.series[0]?.points.map((p) => p.period) ?? [];
  const stacked = metric.kind === "flow" && answer.series.length > 1;
  return {
    legend: answer.series.length > 1 ? { type: "scroll", top: 0, textStyle: { color: TEXT } } : undefined,
    xAxis: { type: "category", data: periods, axisLabel: { color: TEXT } },
    yAxis: { type: "value", name: metric.unit, minInterval: 1, axisLabel: { color: TEXT }, nameTextStyle: { color: TEXT } },
    series: answer.series.map((s) => ({
      name: s.group === null ? metric.title : groupLabel(s.group),
      type: metric.kind === "flow" ? "bar" : "line",
      stack: stacked ? "total" : undefined,
      step: metric.kind === "stock" ? "end" : undefined,
      data: s.points.map((p) => p.value),
    })),
  };
}

/** The table of a time series answer: a row per period, a column per group. */
export function seriesTable(holder, metric, answer, groupLabel = label) {
  const groups = answer.series.map((s) => (s.group === null ? metric.unit || "Value" : groupLabel(s.group)));
  const periods = answer.series[0]?.points.map((p) => p.period) ?? [];
  const rows = periods.map((period, i) => [period, ...answer.series.map((s) => s.points[i].value)]);
  table(holder, `${metric.title}, per ${answer.interval}, ${answer.from} to ${answer.to}`, ["Period", ...groups], rows);
}

/** The option and table of counts by category (`{"submitted": 3, ...}`) as horizontal bars. */
export function countsChart(parts, title, counts, unit) {
  const entries = Object.entries(counts || {});
  table(parts.table, title, ["", unit], entries.map(([k, v]) => [label(k), v]));
  if (!entries.length) {
    parts.note.textContent = "Nothing to show yet.";
    parts.chart.hidden = true;
    return;
  }
  parts.note.textContent = "";
  parts.chart.hidden = false;
  draw(parts.chart, {
    tooltip: { trigger: "item", renderMode: "richText" },
    xAxis: { type: "value", minInterval: 1, axisLabel: { color: TEXT } },
    yAxis: {
      type: "category",
      inverse: true,
      data: entries.map(([k]) => label(k)),
      axisLabel: { color: TEXT, width: 150, overflow: "truncate" }, // the table has the whole names
    },
    series: [{ type: "bar", name: unit, data: entries.map(([, v]) => v), label: { show: true, position: "right", color: TEXT } }],
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
  });
}

/** A table with a caption, head and rows, replacing what `holder` had. */
export function table(holder, caption, head, rows) {
  const t = element("table");
  t.append(element("caption", { textContent: caption }));
  const thead = element("thead");
  const tr = element("tr");
  for (const h of head) {
    const th = element("th", { textContent: h });
    th.scope = "col";
    tr.append(th);
  }
  thead.append(tr);
  const tbody = element("tbody");
  for (const row of rows) {
    const r = element("tr");
    row.forEach((cell, i) => {
      const c = element(i === 0 ? "th" : "td", { textContent: String(cell) });
      if (i === 0) c.scope = "row";
      if (typeof cell === "number") c.className = "num";
      r.append(c);
    });
    tbody.append(r);
  }
  if (!rows.length) {
    const r = element("tr");
    const c = element("td", { textContent: "No data." });
    c.colSpan = head.length;
    r.append(c);
    tbody.append(r);
  }
  t.append(thead, tbody);
  holder.replaceChildren(t);
}

export function element(tag, props = {}) {
  return Object.assign(document.createElement(tag), props);
}
