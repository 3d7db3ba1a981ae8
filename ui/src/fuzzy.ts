// Owns fuzzy text matching: an fzy-style subsequence scorer that ranks prefixes, word starts and contiguous runs higher.

/** A text prepared once (per catalog entry) so each keystroke only pays for the match itself. */
export interface Prepared {
  readonly lower: string;
  /** Per character of `lower`: how much a match starting a "word" there is worth; computed on first use. */
  bonus: Float64Array | null;
  readonly text: string;
}

// Weights from fzy (MIT): small gap penalties so shorter, tighter matches win; bonuses for where a match starts.
const GAP_LEADING = -0.005;
const GAP_TRAILING = -0.005;
const GAP_INNER = -0.01;
const MATCH_CONSECUTIVE = 1.0;
const MATCH_SLASH = 0.9;
const MATCH_WORD = 0.8;
const MATCH_CAPITAL = 0.7;
const MATCH_DOT = 0.6;
/** Above anything a non-identical text can reach (at most query length - 0.1). */
const EXACT_BONUS = 1;
/** Hostile 10 KB names: past this, only cheap substring / subsequence tests, no quadratic scoring. */
const MAX_SCORED_LENGTH = 512;

export function prepare(text: string): Prepared {
  return { text, lower: text.toLowerCase(), bonus: null };
}

/** True when every character of `query` appears in `text` in order. Both already lower case. */
export function isSubsequence(query: string, text: string): boolean {
  let at = 0;
  for (let i = 0; i < query.length; i++) {
    at = text.indexOf(query.charAt(i), at);
    if (at < 0) {
      return false;
    }
    at++;
  }
  return true;
}

function isLowerLetter(c: string): boolean {
  return c >= "a" && c <= "z";
}

function isUpperLetter(c: string): boolean {
  return c >= "A" && c <= "Z";
}

function computeBonus(field: Prepared): Float64Array {
  const { lower, text } = field;
  // Lower-casing can change the length of some Unicode text: then camelCase is not worth guessing.
  const sameShape = text.length === lower.length;
  const bonus = new Float64Array(lower.length);
  for (let j = 0; j < lower.length; j++) {
    if (j === 0) {
      // The very start counts like the start of a path segment: prefixes rank highest.
      bonus[j] = MATCH_SLASH;
      continue;
    }
    const prev = lower.charAt(j - 1);
    if (prev === "/" || prev === ":" || prev === "\\") {
      bonus[j] = MATCH_SLASH;
    } else if (prev === "-" || prev === "_" || prev === " ") {
      bonus[j] = MATCH_WORD;
    } else if (prev === ".") {
      bonus[j] = MATCH_DOT;
    } else if (sameShape && isLowerLetter(text.charAt(j - 1)) && isUpperLetter(text.charAt(j))) {
      bonus[j] = MATCH_CAPITAL;
    }
  }
  return bonus;
}

// Reused between calls: scoring runs for thousands of fields per keystroke.
let dPrev = new Float64Array(64);
let mPrev = new Float64Array(64);
let dCur = new Float64Array(64);
let mCur = new Float64Array(64);

function ensureBuffers(n: number): void {
  if (dPrev.length < n) {
    const size = Math.max(n, dPrev.length * 2);
    dPrev = new Float64Array(size);
    mPrev = new Float64Array(size);
    dCur = new Float64Array(size);
    mCur = new Float64Array(size);
  }
}

/**
 * How well `query` (lower case, no surrounding spaces) matches `field`: null when it is not a subsequence,
 * else a score where higher is better. Prefixes beat word starts beat matches inside a word, contiguous runs beat
 * scattered letters, and a shorter text beats a longer one with the same match.
 */
export function score(query: string, field: Prepared): number | null {
  const m = query.length;
  const lower = field.lower;
  const n = lower.length;
  if (m === 0) {
    return 0;
  }
  if (m > n || !isSubsequence(query, lower)) {
    return null;
  }
  if (m === n) {
    // Same length and a subsequence: identical.
    return m + EXACT_BONUS;
  }
  if (n > MAX_SCORED_LENGTH) {
    const at = lower.indexOf(query);
    return at === 0 ? m - 0.1 : at > 0 ? m / 2 : 0;
  }
  const bonus = field.bonus ?? (field.bonus = computeBonus(field));
  ensureBuffers(n);
  for (let i = 0; i < m; i++) {
    const qc = query.charCodeAt(i);
    const gap = i === m - 1 ? GAP_TRAILING : GAP_INNER;
    let best = -Infinity;
    for (let j = 0; j < n; j++) {
      if (lower.charCodeAt(j) === qc) {
        let s = -Infinity;
        if (i === 0) {
          s = j * GAP_LEADING + (bonus[j] ?? 0);
        } else if (j > 0) {
          s = Math.max((mPrev[j - 1] ?? -Infinity) + (bonus[j] ?? 0), (dPrev[j - 1] ?? -Infinity) + MATCH_CONSECUTIVE);
        }
        dCur[j] = s;
        best = Math.max(s, best + gap);
      } else {
        dCur[j] = -Infinity;
        best += gap;
      }
      mCur[j] = best;
    }
    [dPrev, dCur] = [dCur, dPrev];
    [mPrev, mCur] = [mCur, mPrev];
  }
  return mPrev[n - 1] ?? null;
}
