import { forbidden, unauthenticated } from "../shared/errors.js";
import type { Member } from "./member.entity.js";
import { Role, SIGNED_IN_ROLES } from "./role.js";

/**
 * Something members with one of `roles` may do. Operations declare it with `@Allowed` (server/graphql/
 * authorization.ts), capability fields (`me.can`, `post.viewerCan`) answer it, and README's role
 * table is generated from every permission declared.
 */
export interface Permission {
  readonly roles: readonly Role[];
  /** Completes "You are not allowed to …" and README's "May" column. */
  readonly action: string;
  /** Creates or edits posts or comments: refused to a silenced member (server/graphql/field-guards.ts). */
  readonly contributes?: boolean;
}

const declared: Permission[] = [];

/** Declares a rule in its feature's policy file. */
export function permission(roles: readonly Role[], action: string, options: { contributes?: boolean } = {}): Permission {
  const declaredPermission = { roles, action, ...options };
  declared.push(declaredPermission);
  return declaredPermission;
}

/** Every permission the loaded policy files declare. */
export const declaredPermissions = (): readonly Permission[] => declared;

export const allows = (rule: Permission, viewer: Member | null): boolean => !!viewer && rule.roles.includes(viewer.role);

/** UNAUTHENTICATED without a viewer, FORBIDDEN for a role the rule leaves out. */
export function requirePermission(viewer: Member | null, rule: Permission): Member {
  if (!viewer) throw unauthenticated();
  if (!rule.roles.includes(viewer.role)) throw forbidden(rule.action);
  return viewer;
}

/** "any signed-in member" or the roles by name, for people (schema descriptions, README). */
export const whoMay = (rule: Permission): string =>
  SIGNED_IN_ROLES.every((role) => rule.roles.includes(role)) ? "any signed-in member" : rule.roles.join(", ");
