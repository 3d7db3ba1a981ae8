// Owns the window's words: the Fluent catalogue of the language in use (handed over by the backend, which chose the
// language), and the numbers, durations, dates and lists Intl formats in that language. Views never hold English.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { ErrorView, LanguageOptionView, LocalizationView, Text, TextArg } from "./bindings";

export type MessageArgs = Record<string, FluentVariable>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The pseudo-locale's transform: every letter accented, every vowel doubled (about 40% longer). */
const PSEUDO_FROM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const PSEUDO_TO = [..."åƀçđéƒĝĥîĵķĺɱñöþǫŕšŧûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŦÛṼŴẊÝŽ"];

export function pseudoTransform(text: string): string {
  let out = "";
  for (const ch of text) {
    const index = PSEUDO_FROM.indexOf(ch);
    const shown = index >= 0 ? (PSEUDO_TO[index] ?? ch) : ch;
    out += "aeiouAEIOU".includes(ch) ? shown + shown : shown;
  }
  return out;
}

export class Messages {
  readonly language: string;
  /** The tag the catalogue was handed over with: `language`, except for the pseudo-locale ("en-XA"; `language` is "en"). */
  readonly tag: string;
  /** The languages Settings offers, each in its own words. */
  readonly languages: readonly LanguageOptionView[];
  private readonly bundle: FluentBundle;
  private readonly numbers: Map<string, Intl.NumberFormat> = new Map();
  private readonly list: Intl.ListFormat;

  /**
   * `source` is the language's `window.ftl`. `language` is its BCP 47 tag; the pseudo-locale formats numbers and
   * dates as English.
   */
  constructor(
    language: string,
    sources: readonly string[],
    pseudo = false,
    languages: readonly LanguageOptionView[] = [],
  ) {
    this.language = pseudo ? "en" : language;
    this.tag = language;
    this.languages = languages;
    this.bundle = new FluentBundle(this.language, pseudo ? { transform: pseudoTransform } : {});
    for (const source of sources) {
      const errors = this.bundle.addResource(new FluentResource(source));
      if (errors.length > 0) {
        console.warn("the catalogue has errors", errors);
      }
    }
    this.list = new Intl.ListFormat(this.language, { style: "narrow", type: "unit" });
  }

  /** Whether the catalogue has message `id`. */
  has(id: string): boolean {
    return this.bundle.hasMessage(id);
  }

  /** Message `id`, with `args`; the ID itself when the catalogue lacks it (the catalogue tests prevent that). */
  t(id: string, args?: MessageArgs): string {
    const message = this.bundle.getMessage(id);
    if (!message?.value) {
      return id;
    }
    return this.bundle.formatPattern(message.value, args ?? null);
  }

  /** A sentence that travelled as data (an error's message and its arguments), in this language. */
  text(text: Text): string {
    return this.t(text.id, this.args(text));
  }

  /** An error's message and hint in this language; what the backend said when the catalogue lacks its text. */
  error(error: ErrorView): { message: string; hint: string } {
    const text = error.text;
    if (!text || !this.has(text.id)) {
      return { message: error.message, hint: error.hint };
    }
    const args = this.args(text);
    // The window's own next step where the terminal's would not fit (a button here instead of a command to run).
    const attributes = this.bundle.getMessage(text.id)?.attributes;
    const hint = attributes?.["window-hint"] ?? attributes?.["hint"];
    return { message: this.t(text.id, args), hint: hint ? this.bundle.formatPattern(hint, args) : error.hint };
  }

  private args(text: Text): MessageArgs {
    const args: MessageArgs = {};
    for (const [name, value] of Object.entries(text.args)) {
      args[name] = this.arg(value);
    }
    return args;
  }

  private arg(value: TextArg): FluentVariable {
    return typeof value === "object" ? this.text(value) : value;
  }

  /** Attribute `name` of message `id` (`.label`, `.title`…). */
  attr(id: string, name: string, args?: MessageArgs): string {
    const pattern = this.bundle.getMessage(id)?.attributes[name];
    return pattern ? this.bundle.formatPattern(pattern, args ?? null) : `${id}.${name}`;
  }

  private unit(unit: "day" | "hour" | "minute", value: number): string {
    let format = this.numbers.get(unit);
    if (!format) {
      // Short units for days too: abbreviations are not declined, so "in 3 Tg." reads right where "in 3 Tage" would not.
      format = new Intl.NumberFormat(this.language, { style: "unit", unit, unitDisplay: "short" });
      this.numbers.set(unit, format);
    }
    return format.format(value);
  }

  /** A length of time, rounded down: "less than a minute", "58 min", "2 hr, 5 min", "1 day, 3 hr", "3 days". */
  duration(ms: number): string {
    const abs = Math.abs(ms);
    if (abs < MINUTE) {
      return this.t("duration-under-a-minute");
    }
    const minutes = Math.floor(abs / MINUTE);
    if (abs < HOUR) {
      return this.unit("minute", minutes);
    }
    const hours = Math.floor(abs / HOUR);
    if (abs < DAY) {
      const rest = minutes - hours * 60;
      return rest === 0 ? this.unit("hour", hours) : this.list.format([this.unit("hour", hours), this.unit("minute", rest)]);
    }
    const days = Math.floor(abs / DAY);
    const restHours = hours - days * 24;
    if (days < 2 && restHours > 0) {
      return this.list.format([this.unit("day", days), this.unit("hour", restHours)]);
    }
    return this.unit("day", days);
  }

  /** "in 58 min", "12 min ago", in the catalogue's word order. */
  relative(targetMs: number, nowMs: number): string {
    const diff = targetMs - nowMs;
    const duration = this.duration(diff);
    return diff >= 0 ? this.t("time-in", { duration }) : this.t("time-ago", { duration });
  }

  /** Local wall-clock time: "14:32" today, "Tue 3 Dec, 14:32" on another day (the language's own forms). */
  clock(ms: number, nowMs: number): string {
    const date = new Date(ms);
    const now = new Date(nowMs);
    const today =
      date.getFullYear() === now.getFullYear() && date.getMonth() === now.getMonth() && date.getDate() === now.getDate();
    if (today) {
      return date.toLocaleTimeString(this.language, { hour: "2-digit", minute: "2-digit" });
    }
    const options: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };
    if (date.getFullYear() !== now.getFullYear()) {
      options.year = "numeric";
    }
    return date.toLocaleString(this.language, options);
  }
}

/** The window's catalogue as the backend hands it over. */
export function messagesOf(localization: LocalizationView): Messages {
  return new Messages(localization.language, localization.sources, localization.pseudo, localization.languages);
}
