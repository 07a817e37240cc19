import type { GraphQLField, GraphQLSchema } from "graphql";
import { isObjectType } from "graphql";
import { Authorized, Extensions, FieldResolver, type AuthChecker } from "type-graphql";
import { requirePermission, whoMay, type Permission } from "../members/permission.js";
import type { Context } from "./context.js";

/**
 * Who may call an operation or read a field, said where it is defined. It wraps type-graphql's
 * `@Authorized` (checked by `authChecker` below) and also records the permission in the schema's
 * extensions, from which the field's description is generated: the schema documents the rule and
 * cannot drift from it.
 */
export function Allowed(rule: Permission): MethodDecorator & PropertyDecorator {
  const authorized = Authorized(rule);
  const extensions = Extensions({ permission: rule });
  return (prototype: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    // A method gets its descriptor, a property none; each decorator handles both.
    for (const decorate of [authorized, extensions]) (decorate as (...args: unknown[]) => void)(prototype, key, descriptor);
  };
}

/**
 * A yes/no field saying whether the viewer may do something (Outline's policies, returned with the
 * object), computed by the same policy the operation checks; its description is the rule's action.
 */
export function Capability(rule: Permission, description = `Whether the viewer may ${rule.action}.`): MethodDecorator {
  return FieldResolver(() => Boolean, { description });
}

/** One checker for every `@Allowed`: no viewer is UNAUTHENTICATED, a role the rule leaves out FORBIDDEN. */
export const authChecker: AuthChecker<Context, Permission> = ({ context }, rules) => {
  for (const rule of rules) requirePermission(context.viewer, rule);
  return true;
};

export const permissionOf = (field: GraphQLField<unknown, unknown>) => field.extensions?.permission as Permission | undefined;

/** Appends "Allowed: …" to the description of every field declared with `@Allowed`. */
export function describePermissions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = permissionOf(field);
      if (rule) field.description = [field.description, `Allowed: ${whoMay(rule)}.`].filter(Boolean).join(" ");
    }
  }
  return schema;
}
