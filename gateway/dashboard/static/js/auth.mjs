// Sign-in: a dashboard key's id and secret, exchanged once at /oauth/token for a short-lived bearer token.
// The token lives in this module's memory only (never the URL, localStorage or sessionStorage); the key is
// forgotten as soon as it is exchanged. When the token expires or is refused, the page asks again.

const dialog = () => document.getElementById("sign-in");
let token = null; // {value, expiresAt}
let waiting = null; // the promise of the sign-in being asked for, shared by every caller
let expiryTimer = null;

// Seconds before the end of a token's life at which it counts as expired (clock skew, a request in flight).
const MARGIN_SECONDS = 5;

export class SignInError extends Error {}

/** A bearer token, asking the user to sign in first when there is none or it has expired. */
export async function bearer() {
  if (token && Date.now() < token.expiresAt) return token.value;
  token = null;
  return signIn("Sign in to see the programme's figures.");
}

/** Forget the token (it was refused, or the user signs out); the next call asks again. */
export function forget() {
  token = null;
  clearTimeout(expiryTimer);
  document.getElementById("signed-in").hidden = true;
  document.getElementById("sign-out").hidden = true;
}

/** Ask for the key (once, however many callers wait) and exchange it for a token. */
export function signIn(reason) {
  if (!waiting) {
    waiting = askForKey(reason).finally(() => {
      waiting = null;
    });
  }
  return waiting;
}

async function exchange(keyId, secret) {
  const body = new URLSearchParams({ grant_type: "client_credentials", client_id: keyId, client_secret: secret });
  let answer;
  try {
    answer = await fetch("/oauth/token", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body,
      credentials: "omit",
      cache: "no-store",
    });
  } catch {
    throw new SignInError("The gateway cannot be reached; try again.");
  }
  const payload = await answer.json().catch(() => ({}));
  if (answer.status === 401) throw new SignInError("That key id and key do not match an active key.");
  if (!answer.ok) throw new SignInError(payload.error_description || payload.detail || `Sign-in failed (${answer.status}).`);
  if (!String(payload.scope || "").split(" ").some((s) => s === "insights:read" || s === "*")) {
    throw new SignInError("This key may not read the dashboard's figures (it has no insights:read scope).");
  }
  return payload;
}

function askForKey(reason) {
  const d = dialog();
  const form = document.getElementById("sign-in-form");
  const keyId = document.getElementById("key-id");
  const secret = document.getElementById("key-secret");
  const error = document.getElementById("sign-in-error");
  const submit = document.getElementById("sign-in-submit");
  document.getElementById("sign-in-reason").textContent = reason;
  error.hidden = true;
  return new Promise((resolve) => {
    const onCancel = (event) => event.preventDefault(); // Escape does not close it: the page needs a token
    const onSubmit = async (event) => {
      event.preventDefault();
      submit.disabled = true;
      error.hidden = true;
      try {
        const answer = await exchange(keyId.value.trim(), secret.value.trim());
        keyId.value = "";
        secret.value = "";
        remember(answer);
        form.removeEventListener("submit", onSubmit);
        d.removeEventListener("cancel", onCancel);
        d.close();
        resolve(token.value);
      } catch (e) {
        error.textContent = e instanceof SignInError ? e.message : `Sign-in failed: ${e}`;
        error.hidden = false;
        secret.focus();
      } finally {
        submit.disabled = false;
      }
    };
    form.addEventListener("submit", onSubmit);
    d.addEventListener("cancel", onCancel);
    if (!d.open) d.showModal();
    keyId.focus();
  });
}

function remember(answer) {
  const seconds = Math.max(1, Number(answer.expires_in) - MARGIN_SECONDS);
  token = { value: answer.access_token, expiresAt: Date.now() + seconds * 1000 };
  clearTimeout(expiryTimer);
  // Ask again when it runs out, so the user does not find out from a failed chart.
  expiryTimer = setTimeout(() => {
    forget();
    document.dispatchEvent(new CustomEvent("dashboard:expired"));
  }, seconds * 1000);
  document.getElementById("signed-in").hidden = false;
  document.getElementById("sign-out").hidden = false;
}
