// The values the filters offer, with their labels. They must be the platform's own values:
// tests/unit/gateway/test_gateway_dashboard_assets.py compares them with shared/reference (world regions) and
// services/covenant/domain.py (regional covenants).

export const WORLD_REGIONS = {
  eu: "European Union",
  latin_america_caribbean: "Latin America and the Caribbean",
  north_america: "North America",
  asia: "Asia",
  africa: "Africa",
  oceania: "Oceania",
  other_europe: "Europe outside the EU",
  other: "Other",
};

export const REGIONAL_COVENANTS = {
  europe: "Europe",
  east: "East (Eastern Partnership and Central Asia)",
  south_mediterranean: "South Mediterranean",
  sub_saharan_africa: "Sub-Saharan Africa",
  latin_america_caribbean: "Latin America and the Caribbean",
  north_america: "North America",
  south_asia: "South Asia",
  southeast_asia: "Southeast Asia",
  east_asia: "East Asia",
  japan: "Japan",
  oceania: "Oceania",
};

// The dimensions a chart can be split by, and the filters, in words.
const DIMENSIONS = {
  call_id: "Call",
  world_region: "World region",
  country_code: "Country",
  region_pair: "Pair of world regions",
  regional_covenant: "Regional covenant",
  plan_kind: "Kind of plan",
};

export const INTERVALS = ["day", "week", "month"];

/** A readable label for an API value such as `on_hold` or `latin_america_caribbean`. */
export function label(value) {
  if (value === null || value === undefined || value === "") return "All";
  const text = String(value);
  if (WORLD_REGIONS[text]) return WORLD_REGIONS[text];
  if (DIMENSIONS[text]) return DIMENSIONS[text];
  const words = text.replaceAll("_", " ").replaceAll(".", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
