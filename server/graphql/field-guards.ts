import { defaultFieldResolver, isNonNullType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { allows, requirePermission } from "../members/permission.js";
import { capabilityOf, permissionOf, shownToOf, suspendedMayCallOf } from "./authorization.js";
import { restrictionError } from "../moderation/restriction.js";
import { SanctionKind } from "../moderation/sanction.entity.js";
import type { Context } from "./context.js";
import { normalizeArguments } from "./normalize-args.js";
import { netiquetteNotAccepted } from "../shared/errors.js";

/**
 * Every field declared with `@Allowed` checks its permission (no viewer is UNAUTHENTICATED, a role the
 * rule leaves out FORBIDDEN), every field declared with `@ShownTo` is null for a viewer its rule leaves
 * out, then every field with arguments puts them in their accepted form, before its resolver runs:
 * over HTTP and WebSocket alike, since both execute this schema.
 *
 * Sanctions are checked here too, once for every operation: a suspended member's session (no viewer,
 * a SUSPEND restriction) is refused by every mutation but `@SuspendedMayCall` ones and by every gated
 * operation, and a silenced member by every mutation whose permission `contributes` content, each
 * with FORBIDDEN saying why and until when; a capability field (`@Capability`) whose rule contributes
 * answers false to a silenced member, so the web app offers what the API would refuse nowhere.
 *
 * The netiquette is checked here the same way: a member who has not accepted its latest material
 * change is refused by every mutation whose permission `contributes`, with FORBIDDEN
 * NETIQUETTE_NOT_ACCEPTED and the version to accept. Their capability fields stay true: the web app
 * offers the form and asks them to accept first, which a hidden form could not.
 *
 * A synchronous wrapper on just those fields, rather than type-graphql's `authChecker` and a global
 * middleware: type-graphql runs global middlewares on every field of every type as a chain of async
 * functions, so each `id` and `title` of a 50-post page cost several promises. Plain properties now
 * resolve directly.
 */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = permissionOf(field);
      const shownTo = shownToOf(field);
      const { args: definitions } = field;
      const isMutation = type === mutationType;
      const silencedCannot = !!capabilityOf(field)?.contributes;
      if (!rule && !shownTo && definitions.length === 0 && !isMutation && !silencedCannot) continue;
      if (shownTo && isNonNullType(field.type)) throw new Error(`${type.name}.${field.name} is @ShownTo, so it must be nullable`);
      const refusesSuspended = isMutation ? !suspendedMayCallOf(field) : !!rule;
      const contributes = isMutation && !!rule?.contributes;
      const guarded = (inner: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> =>
        (root, args, context, info) => {
          const { restriction } = context;
          if (restriction && (restriction.kind === SanctionKind.SUSPEND ? refusesSuspended : contributes)) throw restrictionError(restriction);
          if (contributes && context.netiquetteDue !== null) throw netiquetteNotAccepted(context.netiquetteDue);
          if (silencedCannot && restriction?.kind === SanctionKind.SILENCE) return false;
          if (rule) requirePermission(context.viewer, rule);
          if (shownTo && !allows(shownTo, context.viewer)) return null;
          if (definitions.length) normalizeArguments(definitions, args);
          return inner(root, args, context, info);
        };
      field.resolve = guarded(field.resolve ?? defaultFieldResolver);
      if (field.subscribe) field.subscribe = guarded(field.subscribe);
    }
  }
  return schema;
}
