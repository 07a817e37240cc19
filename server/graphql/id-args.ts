import type { MiddlewareFn } from "type-graphql";
import { isUuid } from "../shared/ids.js";
import { badInput } from "./errors.js";

// The printed type ("ID!", "[ID!]") names the scalar whatever list and non-null wrappers it has.
const isIdType = (type: { toString(): string }) => type.toString().replace(/[![\]]/g, "") === "ID";

/**
 * Every `ID` argument of a query or mutation must be one of our UUIDs. Checked once here rather
 * than in each resolver, so a malformed id is BAD_USER_INPUT and never reaches SQL.
 * (ID fields inside input objects are checked by class-validator's @IsUUID on the input class.)
 */
export const ValidateIdArgs: MiddlewareFn = async ({ args, info }, next) => {
  const rootType = info.parentType.name;
  if (rootType === "Query" || rootType === "Mutation") {
    for (const arg of info.parentType.getFields()[info.fieldName].args) {
      if (!isIdType(arg.type)) continue;
      const value: unknown = args[arg.name];
      const values = Array.isArray(value) ? value : value == null ? [] : [value];
      if (values.some((item) => typeof item !== "string" || !isUuid(item))) {
        throw badInput(arg.name, `${arg.name} is not a valid id.`);
      }
    }
  }
  return next();
};
