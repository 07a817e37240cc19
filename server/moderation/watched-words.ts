import type { EntityManager } from "@mikro-orm/postgresql";
import { badInput } from "../shared/errors.js";
import { InputReason } from "../shared/input-rules.js";
import { WatchedWord, WatchedWordAction } from "./holding.entity.js";

/** A text a member typed, named by its input field (`title`, `bug.actual`, …) for the error that refuses it. */
export interface TypedText {
  field: string;
  text: string;
}

export interface ScreenedTexts {
  /** The texts in the order given, with censored words replaced. */
  texts: string[];
  /** A word that holds posts for approval matched. */
  holds: boolean;
}

const LETTER_OR_DIGIT = "[\\p{L}\\p{N}]";

/** How a watched word is written: letters, digits, spaces, apostrophes, hyphens and `*` for any letters. */
export const WATCHED_WORD_SHAPE = /^[\p{L}\p{N}*' -]+$/u;

/** Lower-cased, single spaces: `Free  Money` and `free money` are one watched word. */
export const normalizeWatchedWord = (word: string) => word.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * One case-insensitive pattern for a list of words, matching whole words only (`ass` does not match
 * `class`), `*` as any run of letters, and a space as any whitespace. Longest words first, so a phrase
 * wins over a word it starts with.
 */
function patternFor(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      word
        .split("*")
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
        .join(`${LETTER_OR_DIGIT}*`),
    );
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${alternatives.join("|")})(?!${LETTER_OR_DIGIT})`, "giu");
}

/**
 * Applies the watched words to what a member is about to save: a blocked word refuses the text with
 * BAD_USER_INPUT on its field (naming the word, so the author can rephrase), a censored one becomes
 * ■ characters, and a word that holds is reported to the caller. The list is read per call: it is small,
 * writes are rare next to reads, and every server process sees a change at once.
 */
export async function screenTexts(em: EntityManager, typed: readonly TypedText[]): Promise<ScreenedTexts> {
  const words = await em.find(WatchedWord, {}, { fields: ["word", "action"] });
  const wordsFor = (action: WatchedWordAction) => words.filter((word) => word.action === action).map((word) => word.word);
  const block = patternFor(wordsFor(WatchedWordAction.BLOCK));
  const hold = patternFor(wordsFor(WatchedWordAction.HOLD));
  const censor = patternFor(wordsFor(WatchedWordAction.CENSOR));
  for (const { field, text } of typed) {
    const blocked = block && text.match(block)?.[0];
    if (blocked) throw badInput(field, InputReason.BLOCKED_WORD, `"${blocked}" is not allowed here; please rephrase.`);
  }
  return {
    texts: typed.map(({ text }) => (censor ? text.replace(censor, (word) => "■".repeat([...word].length)) : text)),
    holds: !!hold && typed.some(({ text }) => new RegExp(hold).test(text)),
  };
}
