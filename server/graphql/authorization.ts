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
  return FieldResolver(() => Boolean, { description });
}

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
