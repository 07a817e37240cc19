/**
 * A small History-API router over the route table (src/routes.ts). Why no router library: the app
 * has a dozen flat routes and no nested layouts, loaders or transitions, so a short matcher is easier
 * to read than a dependency's conventions, adds nothing to the bundle, and keeps Svelte 5 runes as
 * the only state model. The server falls back to index.html for unknown paths, so deep links and
 * reloads work.
 */
import type { AppRoute, RouteParams } from "../routes";
import { session } from "./session.svelte";

/** `/posts/:postId` against `/posts/abc` gives `{ postId: "abc" }`; null when the path is another one. */
function matchPath(pattern: string, path: string): RouteParams | null {
  if (pattern === "*") return {};
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: RouteParams = {};
  for (const [i, part] of want.entries()) {
    if (part.startsWith(":")) params[part.slice(1)] = decodeURIComponent(got[i]);
    else if (part !== got[i]) return null;
  }
  return params;
}

function match(routes: readonly AppRoute[], pathname: string): { route: AppRoute; params: RouteParams } {
  const path = pathname.replace(/\/+$/, "") || "/";
  for (const route of routes) {
    for (const pattern of route.paths) {
      const params = matchPath(pattern, path);
      if (params) return { route, params };
    }
  }
  throw new Error(`no route for ${path}: the table needs a "*" row`);
}

class Router {
  /** Set once by start(): the table imports the pages, and the pages import this router. */
  routes: readonly AppRoute[] = [];
  /** The current query string, parsed; pages read filters from it so URLs are shareable. */
  query = $state<URLSearchParams>(new URLSearchParams(location.search));
  path = $state(location.pathname);
  /** The table row for the current path, and the values of its `:name` parts. */
  readonly current = $derived(match(this.routes, this.path));
  readonly route = $derived(this.current.route);
  readonly params = $derived(this.current.params);
  /** Whether the signed-in viewer (or a visitor) may see the current page, by its row's `visible`. */
  readonly mayView = $derived(this.route.visible?.(session.viewer, this.params) ?? true);

  start(routes: readonly AppRoute[]) {
    this.routes = routes;
    addEventListener("popstate", () => this.sync());
    // Intercept same-origin link clicks so <a href> stays the one way to navigate (and works
    // with middle-click, "open in new tab" and screen readers' link lists).
    document.addEventListener("click", (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a");
      if (!anchor || anchor.target || anchor.hasAttribute("download") || anchor.origin !== location.origin) return;
      if (anchor.pathname.startsWith("/graphql")) return;
      // A place on this very page (a guideline's section): the browser scrolls there and keeps history itself.
      if (anchor.hash && anchor.pathname === location.pathname && anchor.search === location.search) return;
      event.preventDefault();
      this.go(anchor.pathname + anchor.search + anchor.hash);
    });
  }

  /** The table's rows that link from one navigation (header, account menu, settings tabs) and that the viewer may see, in table order. */
  links(nav: keyof NonNullable<AppRoute["nav"]>) {
    return this.routes
      .filter((route) => route.nav?.[nav] && (route.visible?.(session.viewer, {}) ?? true))
      .map((route) => ({ route, href: route.paths[0], label: route.nav![nav]!, current: route === this.route && !Object.keys(this.params).length }));
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
    this.query = new URLSearchParams(location.search);
    this.path = location.pathname;
  }
}

export const router = new Router();
