import type { GraphQLField, GraphQLSchema } from "graphql";
import { isObjectType } from "graphql";
import { Extensions, FieldResolver } from "type-graphql";
import { whoMay, type Permission } from "../members/permission.js";

/**
 * Who may call an operation or read a field, said where it is defined. It records the permission in
 * the field's extensions, from which the field is guarded (server/graphql/field-guards.ts) and its
 * description generated: the schema documents the rule and cannot drift from it.
 */
export function Allowed(rule: Permission): MethodDecorator & PropertyDecorator {
  return Extensions({ permission: rule });
}

/**
 * A yes/no field saying whether the viewer may do something (Outline's policies, returned with the
 * object), computed by the same policy the operation checks; its description is the rule's action.
 */
export function Capability(rule: Permission, description = `Whether the viewer may ${rule.action}.`): MethodDecorator {
  // The rule is recorded too, so guardFields answers false where a sanction refuses the operation.
  return (target, key, descriptor) => {
    FieldResolver(() => Boolean, { description })(target, key, descriptor);
    Extensions({ capability: rule })(target, key, descriptor);
  };
}

/**
 * A nullable field only some roles see: the others get null (not FORBIDDEN), so a page showing a post
 * to everyone can still ask for it. Like `@Allowed`, the rule is recorded in the field's extensions,
 * applied before the resolver runs (server/graphql/field-guards.ts) and written into the description.
 */
export function ShownTo(rule: Permission): MethodDecorator & PropertyDecorator {
  return Extensions({ shownTo: rule });
}

/**
 * A mutation a suspended member's session may still call: the way out (logOut) and in as someone else
 * (logIn, which refuses the suspended account itself). Every other mutation refuses them.
 */
export function SuspendedMayCall(): MethodDecorator {
  return Extensions({ suspendedMayCall: true });
}

export const suspendedMayCallOf = (field: GraphQLField<unknown, unknown>) => field.extensions?.suspendedMayCall === true;

export const capabilityOf = (field: GraphQLField<unknown, unknown>) => field.extensions?.capability as Permission | undefined;

export const permissionOf = (field: GraphQLField<unknown, unknown>) => field.extensions?.permission as Permission | undefined;

export const shownToOf = (field: GraphQLField<unknown, unknown>) => field.extensions?.shownTo as Permission | undefined;

/** Appends "Allowed: …" to every field declared with `@Allowed`, "Shown to: …" to every field declared with `@ShownTo`. */
export function describePermissions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = permissionOf(field);
      const shownTo = shownToOf(field);
      const said = [rule && `Allowed: ${whoMay(rule)}.`, shownTo && `Shown to: ${whoMay(shownTo)} (null for others).`];
      if (rule || shownTo) field.description = [field.description, ...said].filter(Boolean).join(" ");
    }
  }
  return schema;
}
