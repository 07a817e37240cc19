import { asApiError, request, type Restriction } from "./api/client";
import { MeQuery, NavigationQuery } from "./api/operations";
import type { MeQuery as Me, NavigationQuery as Nav } from "../gql/graphql";

export type Viewer = NonNullable<Me["me"]>;

/** Who is signed in, plus the boards, tags and statuses every screen needs. Loaded once at start. */
class Session {
  viewer = $state<Viewer | null>(null);
  ready = $state(false);
  /** Why this browser's session is refused: its member is suspended (the server answers `me` so). */
  suspension = $state<Restriction | null>(null);
  boards = $state<Nav["boards"]>([]);
  tags = $state<Nav["tags"]>([]);
  /** In their set order, archived ones too (timelines name them). */
  statuses = $state<Nav["statuses"]>([]);

  async load() {
    const [me, nav] = await Promise.allSettled([request(MeQuery), request(NavigationQuery)]);
    if (me.status === "fulfilled") this.viewer = me.value.me;
    else this.suspension = asApiError(me.reason).restriction;
    if (nav.status === "fulfilled") {
      this.boards = nav.value.boards;
      this.tags = nav.value.tags;
      this.statuses = nav.value.statuses;
    }
    this.ready = true;
  }

  async reloadNavigation() {
    const nav = await request(NavigationQuery);
    this.boards = nav.boards;
    this.tags = nav.tags;
    this.statuses = nav.statuses;
  }

  /** What the signed-in member may do (the server's answer, `me.can`); nothing when signed out. */
  get can(): Partial<Viewer["can"] & object> {
    return this.viewer?.can ?? {};
  }

  setViewer(viewer: Viewer | null) {
    this.viewer = viewer;
    this.suspension = null;
  }
}

export const session = new Session();
