import { UseMiddleware, type MiddlewareFn } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { forbidden, unauthenticated } from "../shared/errors.js";
import { Role } from "../members/role.js";

/**
 * Admins own the connections and their credentials and repair sync; managers and the product team
 * turn posts into tracker issues; managers also tune how tracker states map to post statuses.
 */
export const TRACKER_PERMISSIONS = {
  manageConnections: [Role.ADMIN],
  editStatusMapping: [Role.MANAGER, Role.ADMIN],
  viewConnections: [Role.MANAGER, Role.PRODUCT, Role.ADMIN],
  linkIssues: [Role.MANAGER, Role.PRODUCT, Role.ADMIN],
  viewSyncHealth: [Role.MANAGER, Role.ADMIN],
  repairSync: [Role.ADMIN],
} as const;

/**
 * On every TrackerConnection field but id, name and kind: the check belongs to the type, so it
 * holds wherever a connection is reached (`trackerConnections`, `post.trackerLinks.connection`, a
 * mutation's result), not only at the root query. Staff who see a post's links see which tracker
 * each is on, nothing more.
 */
const mayViewConnection: MiddlewareFn<Context> = ({ context }, next) => {
  if (!context.viewer) throw unauthenticated();
  if (!(TRACKER_PERMISSIONS.viewConnections as readonly Role[]).includes(context.viewer.role)) throw forbidden("see tracker connection details");
  return next();
};
export const ConnectionDetail = () => UseMiddleware(mayViewConnection);
