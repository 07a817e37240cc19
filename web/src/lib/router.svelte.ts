/**
 * A small History-API router. Why no router library: the app has a dozen flat routes and no nested
 * layouts, loaders or transitions, so a ~60-line matcher is easier to read than a dependency's
 * conventions, adds nothing to the bundle, and keeps Svelte 5 runes as the only state model.
 * The server falls back to index.html for unknown paths, so deep links and reloads work.
 */

export type Route =
  | { name: "home"; boardSlug: null }
  | { name: "board"; boardSlug: string }
  | { name: "post"; id: string }
  | { name: "submit" }
  | { name: "login" }
  | { name: "signup" }
  | { name: "profile" }
  | { name: "triage" }
  | { name: "roadmap" }
  | { name: "dashboard" }
  | { name: "trackerSettings" }
  | { name: "syncHealth" }
  | { name: "members" }
  | { name: "member"; id: string }
  | { name: "me" }
  | { name: "catalogSettings"; catalog: "boards" | "tags" }
  | { name: "outbox" }
  | { name: "forgotPassword" }
  | { name: "resetPassword" }
  | { name: "accountLink"; kind: "verify" | "confirm" }
  | { name: "notFound" };

function match(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { name: "home", boardSlug: null };
  let m: RegExpExecArray | null;
  if ((m = /^\/boards\/([^/]+)$/.exec(path))) return { name: "board", boardSlug: decodeURIComponent(m[1]) };
  if ((m = /^\/posts\/([^/]+)$/.exec(path))) return { name: "post", id: decodeURIComponent(m[1]) };
  if ((m = /^\/members\/([^/]+)$/.exec(path))) return { name: "member", id: decodeURIComponent(m[1]) };
  const simple: Record<string, Route> = {
    "/new": { name: "submit" },
    "/login": { name: "login" },
    "/signup": { name: "signup" },
    "/profile": { name: "profile" },
    "/triage": { name: "triage" },
    "/roadmap": { name: "roadmap" },
    "/dashboard": { name: "dashboard" },
    "/settings": { name: "trackerSettings" },
    "/settings/trackers": { name: "trackerSettings" },
    "/settings/sync": { name: "syncHealth" },
    "/members": { name: "members" },
    "/me": { name: "me" },
    "/settings/boards": { name: "catalogSettings", catalog: "boards" },
    "/settings/tags": { name: "catalogSettings", catalog: "tags" },
    "/settings/outbox": { name: "outbox" },
    "/forgot-password": { name: "forgotPassword" },
    "/reset-password": { name: "resetPassword" },
    "/verify-email": { name: "accountLink", kind: "verify" },
    "/confirm-email": { name: "accountLink", kind: "confirm" },
  };
  return simple[path] ?? { name: "notFound" };
}

class Router {
  route = $state<Route>(match(location.pathname));
  /** The current query string, parsed; pages read filters from it so URLs are shareable. */
  query = $state<URLSearchParams>(new URLSearchParams(location.search));
  path = $state(location.pathname);

  constructor() {
    addEventListener("popstate", () => this.sync());
    // Intercept same-origin link clicks so <a href> stays the one way to navigate (and works
    // with middle-click, "open in new tab" and screen readers' link lists).
    document.addEventListener("click", (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a");
      if (!anchor || anchor.target || anchor.hasAttribute("download") || anchor.origin !== location.origin) return;
      if (anchor.pathname.startsWith("/graphql")) return;
      event.preventDefault();
      this.go(anchor.pathname + anchor.search + anchor.hash);
    });
  }

  go(url: string, { replace = false } = {}) {
    const samePath = new URL(url, location.href).pathname === location.pathname;
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    this.sync();
    if (!samePath) {
      scrollTo({ top: 0 });
      // Move focus to the new page's main landmark so screen readers announce the change.
      queueMicrotask(() => document.getElementById("main")?.focus({ preventScroll: true }));
    }
  }

  /** Replaces query parameters on the current path (null/"" removes one). */
  setQuery(changes: Record<string, string | null>, { replace = true } = {}) {
    const params = new URLSearchParams(location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === "") params.delete(key);
      else params.set(key, value);
    }
    const search = params.toString();
    this.go(location.pathname + (search ? `?${search}` : ""), { replace });
  }

  private sync() {
    this.route = match(location.pathname);
    this.query = new URLSearchParams(location.search);
    this.path = location.pathname;
  }
}

export const router = new Router();
