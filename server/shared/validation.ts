import { ValidateBy, validateOrReject, type ValidationArguments, type ValidationOptions, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError, type ValidatorFn } from "type-graphql";
import { characterCount, InputReason, type CharacterLimits } from "./input-rules.js";

function describeLimits(property: string, { min = 0, max }: CharacterLimits): string {
  if (min === 0) return `${property} must be at most ${max} characters long`;
  return `${property} must be ${min} to ${max} characters long`;
}

/**
 * Use on every user-typed string instead of class-validator's length decorators, so the limits match
 * the database's (code points, see `characterCount`). Pass a limit from LIMITS in input-rules.ts,
 * which the web app shows and checks too. The limits ride along as the error's context, so
 * formatError can report `min`/`max`.
 */
export function CharacterCount(limits: CharacterLimits, options?: ValidationOptions): PropertyDecorator {
  const { min = 0, max } = limits;
  return ValidateBy(
    {
      name: "characterCount",
      constraints: [min, max],
      validator: {
        validate(value: unknown) {
          if (typeof value !== "string") return false;
          const count = characterCount(value);
          return count >= min && count <= max;
        },
        defaultMessage: ({ property }: ValidationArguments) => describeLimits(property, limits),
      },
    },
    { ...options, context: { min, max } },
  );
}

/**
 * Use on every integer argument with a range (page sizes, weeks) instead of class-validator's @Min and
 * @Max, so each is refused alike: OUT_OF_RANGE with the `min` and `max` it allows, never clamped.
 */
export function InRange(min: number, max: number): PropertyDecorator {
  return ValidateBy(
    {
      name: "inRange",
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
        defaultMessage: ({ property }: ValidationArguments) => `${property} must be between ${min} and ${max}`,
      },
    },
    { context: { reason: InputReason.OUT_OF_RANGE, min, max } },
  );
}

/** Options for any other class-validator decorator: which `extensions.reason` its failure reports. */
export const refusedAs = (reason: InputReason, message?: string): ValidationOptions => ({ message, context: { reason } });

const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };
const isObject = (value: unknown): value is object => value !== null && typeof value === "object";

/**
 * What type-graphql's built-in argument validation does (class-validator on every object argument,
 * missing properties skipped, its ArgumentValidationError on failure), with class-validator imported
 * once: the built-in one imports it dynamically on every call, which under tsx's loader is a round trip
 * to the loader thread per argument of every request.
 */
export const validateArgument: ValidatorFn = async (value) => {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
    else await validateOrReject(value, VALIDATOR_OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as never);
  }
};
