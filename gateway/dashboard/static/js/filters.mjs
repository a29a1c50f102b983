// The filters live in the URL's query (from, to, interval, call_id, world_region, regional_covenant), so a view
// can be shared and a reload shows the same. The form shows them; Apply writes them to the URL.
import { INTERVALS, REGIONAL_COVENANTS, WORLD_REGIONS } from "./options.mjs";

export const NAMES = ["from", "to", "interval", "call_id", "world_region", "regional_covenant"];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters of the current URL, with defaults (the last 365 days, by month) and anything invalid dropped. */
export function current(search = window.location.search) {
  const q = new URLSearchParams(search);
  const today = new Date();
  const yearAgo = new Date(today.getTime() - 365 * 86_400_000);
  const pick = (name, ok, fallback = "") => {
    const v = q.get(name);
    return v !== null && ok(v) ? v : fallback;
  };
  return {
    from: pick("from", (v) => DATE.test(v), isoDate(yearAgo)),
    to: pick("to", (v) => DATE.test(v), isoDate(today)),
    interval: pick("interval", (v) => INTERVALS.includes(v), "month"),
    call_id: pick("call_id", (v) => /^[A-Za-z0-9_-]{1,64}$/.test(v)),
    world_region: pick("world_region", (v) => v in WORLD_REGIONS),
    regional_covenant: pick("regional_covenant", (v) => v in REGIONAL_COVENANTS),
  };
}

export function isoDate(d) {
  return d.toISOString().slice(0, 10);
}

/** Fill the form's selects with their options and its fields with `filters`. */
export function show(form, filters) {
  fillSelect(form.elements.world_region, WORLD_REGIONS);
  fillSelect(form.elements.regional_covenant, REGIONAL_COVENANTS);
  for (const name of NAMES) {
    const field = form.elements[name];
    if (name === "call_id" && filters.call_id && ![...field.options].some((o) => o.value === filters.call_id)) {
      field.append(new Option(filters.call_id, filters.call_id)); // a call of a shared link, before the list loads
    }
    field.value = filters[name];
  }
}

/** The filters the form shows. */
export function read(form) {
  return Object.fromEntries(NAMES.map((name) => [name, form.elements[name].value]));
}

/** Put `filters` in the URL (a new history entry, so Back returns to the previous view). */
export function push(filters) {
  const q = new URLSearchParams();
  for (const name of NAMES) if (filters[name]) q.set(name, filters[name]);
  const url = `${window.location.pathname}?${q}`;
  if (url !== window.location.pathname + window.location.search) window.history.pushState(null, "", url);
}

/** Offer the calls (id -> title) in the call select, keeping the chosen one. */
export function offerCalls(select, calls) {
  const chosen = select.value;
  select.replaceChildren(new Option("All calls", ""));
  for (const [id, title] of calls) select.append(new Option(title, id));
  if (chosen && !calls.has(chosen)) select.append(new Option(chosen, chosen));
  select.value = chosen;
}

function fillSelect(select, labels) {
  if (select.options.length > 1) return;
  for (const [value, text] of Object.entries(labels)) select.append(new Option(text, value));
}
