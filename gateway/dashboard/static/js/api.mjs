// Calls to the insights API with the bearer token; problem+json answers become ApiError with their detail.
import { bearer, forget, signIn } from "./auth.mjs";

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** GET `path` with the bearer token; a refused token (401) asks for the key again and retries once. */
export async function get(path, params = {}, { accept = "application/json" } = {}) {
  const url = withQuery(path, params);
  for (let attempt = 0; ; attempt++) {
    const token = await bearer();
    const answer = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: accept },
      credentials: "omit",
      cache: "no-store",
    });
    if (answer.status === 401 && attempt === 0) {
      forget();
      await signIn("Your session has ended: sign in again.");
      continue;
    }
    if (!answer.ok) {
      const problem = await answer.json().catch(() => ({}));
      throw new ApiError(answer.status, problem.detail || problem.title || `${path} answered ${answer.status}.`);
    }
    return accept === "application/json" ? answer.json() : answer.blob();
  }
}

/** `path?params` without the empty parameters. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(name, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Fetch `href` with the token and save the answer as a file called `filename`. */
export async function download(href, filename) {
  const [path, query] = href.split("?");
  const blob = await get(path, Object.fromEntries(new URLSearchParams(query || "")), { accept: "text/csv" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
