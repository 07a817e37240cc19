/**
 * Calling every mutation of the schema with well-typed sample arguments, for the checks that walk the
 * schema (a sanction or an unaccepted netiquette refuses before the arguments are looked at), so a new
 * mutation is covered without anyone listing it.
 */
import { randomUUID } from "node:crypto";
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType,
} from "graphql";
import type { GraphQLClient, GraphQLResult } from "./graphql-client.js";

const inADay = () => new Date(Date.now() + 86_400_000).toISOString();

/** A sample value of an input type: refusals come before the arguments are looked at, so any well-typed value will do. */
function sample(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sample(nullable.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(Object.values(named.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, sample(field.type)]));
  }
  // A scalar not listed fails here, loudly, rather than skipping its mutations.
  const scalar = isScalarType(named) && ({ ID: randomUUID(), String: "text", Int: 1, Float: 1, Boolean: true, DateTimeISO: inADay(), PostStatus: "OPEN" } as Record<string, unknown>)[named.name];
  if (scalar !== undefined && scalar !== false) return scalar;
  throw new Error(`No sample for ${String(type)}`);
}

/** Calls a mutation with sample values for its required arguments. */
export function callWithSampleArguments(client: GraphQLClient, field: GraphQLField<unknown, unknown>): Promise<GraphQLResult> {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const variables = Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)]));
  const declared = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
  return client.request(`mutation${declared ? `(${declared})` : ""} { ${field.name}${passed ? `(${passed})` : ""}${selection} }`, variables);
}
