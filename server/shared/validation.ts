import { ValidateBy, type ValidationArguments, type ValidationOptions } from "class-validator";

/**
 * Length in Unicode code points, which is what PostgreSQL's varchar(n) and length() count.
 * class-validator's @Length and @MaxLength count differently: they leave out U+FE0F and U+FE0E
 * (emoji presentation selectors), so "❤️" is 1 character to them and 2 to PostgreSQL, and a
 * title they accept can overflow its column.
 */
const characterCount = (text: string) => [...text].length;

export interface CharacterLimits {
  /** Defaults to 0. */
  min?: number;
  max: number;
}

function describeLimits(property: string, { min = 0, max }: CharacterLimits): string {
  if (min === 0) return `${property} must be at most ${max} characters long`;
  return `${property} must be ${min} to ${max} characters long`;
}

/** Use on every user-typed string instead of class-validator's length decorators, so the limits match the database's. */
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
    options,
  );
}
