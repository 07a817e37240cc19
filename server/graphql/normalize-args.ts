import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from "graphql";
import { canonicalId, isUuid } from "../shared/ids.js";
import { badInput } from "../shared/errors.js";
import { InputReason } from "../shared/input-rules.js";

/**
 * C0 control characters other than tab, line feed and carriage return. PostgreSQL cannot store NUL
 * in text at all (the insert fails), and the others have no business in anything a person types.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * Half of a UTF-16 surrogate pair on its own: not a character at all. PostgreSQL's jsonb refuses
 * it, and text columns would silently store U+FFFD instead.
 */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Whitespace and invisible format characters (zero-width space and joiners, word joiner, BOM, soft
 * hyphen) at either end. Trimming them too means text made only of them is empty, and cannot pad a
 * title or name to its minimum length.
 */
const INVISIBLE_AT_ENDS = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/** A password is a secret exactly as typed: spaces at either end are part of it. */
const keptAsTyped = (name: string) => ["password", "currentPassword", "newPassword"].includes(name);

function normalizeText(text: string, name: string, field: string): string {
  if (LONE_SURROGATE.test(text)) throw badInput(field, InputReason.INVALID_TEXT, `${field} must be valid Unicode text.`);
  const normalized = keptAsTyped(name) ? text : text.replace(INVISIBLE_AT_ENDS, "");
  if (CONTROL_CHARACTER.test(normalized)) throw badInput(field, InputReason.CONTROL_CHARACTERS, `${field} must not contain control characters.`);
  return normalized;
}

function normalizeId(id: string, field: string): string {
  if (!isUuid(id)) throw badInput(field, InputReason.INVALID_ID, `${field} is not a valid id.`);
  return canonicalId(id);
}

/** `name` is the argument or input field the value belongs to; `path` is what `extensions.field` reports. */
function normalizeValue(type: GraphQLInputType, value: unknown, name: string, path: string[]): unknown {
  if (value == null) return value;
  const nullableType = getNullableType(type);
  if (isListType(nullableType)) {
    return (value as unknown[]).map((item, index) => normalizeValue(nullableType.ofType, item, name, [...path, String(index)]));
  }
  if (isInputObjectType(nullableType)) {
    const fields = nullableType.getFields();
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, normalizeValue(fields[key].type, item, key, [...path, key])]),
    );
  }
  if (isScalarType(nullableType) && nullableType.name === "String") return normalizeText(value as string, name, path.join("."));
  if (isScalarType(nullableType) && nullableType.name === "ID") return normalizeId(value as string, path.join("."));
  return value;
}

/**
 * class-validator checks an input object on its own, so its errors name fields inside it
 * ("bug.severity"), not the argument ("input"). Errors from here read the same way.
 */
const pathOf = (arg: GraphQLArgument) => (isInputObjectType(getNamedType(arg.type)) ? [] : [arg.name]);

/**
 * Puts every argument in its one accepted form before anything else sees it (services rely on it and
 * do not trim again):
 * - strings are trimmed of whitespace and invisible characters (except passwords), so a title of
 *   only spaces or zero-width spaces is empty to @CharacterCount instead of passing it;
 * - strings with lone surrogates are refused, rather than failing in PostgreSQL as a 500;
 * - strings with control characters are refused, rather than failing in PostgreSQL as a 500;
 * - every `ID`, at the top level or inside an input object, must be a UUID and is lower-cased, so
 *   code that compares ids as strings never sees two spellings of one id.
 *
 * Runs before type-graphql converts and validates the arguments (server/graphql/field-guards.ts),
 * which reads them from this same `args` object afterwards.
 */
export function normalizeArguments(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): void {
  for (const arg of definitions) {
    if (arg.name in args) args[arg.name] = normalizeValue(arg.type, args[arg.name], arg.name, pathOf(arg));
  }
}
