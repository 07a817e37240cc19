import { en, type Messages } from "../i18n/en";
import { de } from "../i18n/de";

export const LOCALES = { en: "English", de: "Deutsch" } as const;
export type Locale = keyof typeof LOCALES;
const MESSAGES: Record<Locale, Messages> = { en, de };

function initialLocale(): Locale {
  const saved = localStorage.getItem("roundtrip.locale");
  if (saved && saved in LOCALES) return saved as Locale;
  return navigator.language?.toLowerCase().startsWith("de") ? "de" : "en";
}

const state = $state({ locale: initialLocale() });

/** The current language's messages; reading it inside a template makes the text reactive. */
export function m(): Messages {
  return MESSAGES[state.locale];
}

export function locale(): Locale {
  return state.locale;
}

export function setLocale(next: Locale) {
  state.locale = next;
  localStorage.setItem("roundtrip.locale", next);
  document.documentElement.lang = next;
}
document.documentElement.lang = state.locale;

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** `seconds` from now (negative: ago) in the largest whole unit, or null when under a minute. */
function inLargestUnit(seconds: number): string | null {
  const format = new Intl.RelativeTimeFormat(state.locale, { numeric: "auto" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return null;
}

/** "3 days ago", in the current language. */
export function relativeTime(iso: string, now = Date.now()): string {
  // Clamp small clock skews (and odd future timestamps) to "just now" rather than "in 3 days".
  return inLargestUnit(Math.min(0, (new Date(iso).getTime() - now) / 1000)) ?? m().time.justNow;
}

/** "in 3 minutes" for a moment ahead (a scheduled retry), in the current language; past moments read "in 1 second". */
export function timeUntil(iso: string, now = Date.now()): string {
  const seconds = Math.max(0, (new Date(iso).getTime() - now) / 1000);
  return inLargestUnit(seconds) ?? new Intl.RelativeTimeFormat(state.locale, { numeric: "auto" }).format(Math.max(1, Math.round(seconds)), "second");
}

/** "25 Nov 2026, 10:14" — used as the tooltip / datetime of relative times. */
export function absoluteTime(iso: string): string {
  return new Intl.DateTimeFormat(state.locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(state.locale, { dateStyle: "long" }).format(new Date(iso));
}

/** "39 minutes", "2 hours": a wait in the largest unit that reads naturally, rounded. */
export function waitDuration(seconds: number): string {
  const [unit, size] = seconds < 90 ? (["second", 1] as const) : seconds < 90 * 60 ? (["minute", 60] as const) : (["hour", 3600] as const);
  return new Intl.NumberFormat(state.locale, { style: "unit", unit, unitDisplay: "long" }).format(Math.round(seconds / size));
}
