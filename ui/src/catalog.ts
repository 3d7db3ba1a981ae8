// Owns queries over the instance catalog: labels, scoping, fuzzy search ranking, sections, discovery totals.
import type { CatalogEntry, CatalogView, ErrorView, InstanceView } from "./bindings";
import { prepare, score, type Prepared } from "./fuzzy";

export const EMPTY_CATALOG: CatalogView = {
  entries: [],
  profiles: [],
  defaultInstance: null,
  restricted: false,
  pinsLocked: false,
};

/** "profile\u0000instanceId": one instance under one profile (the same instance may be listed under several). */
export function entryKey(profile: string, instanceId: string): string {
  return `${profile}\u0000${instanceId}`;
}

export function keyOf(entry: CatalogEntry): string {
  return entryKey(entry.profile, entry.instance.id);
}

function present(text: string | null | undefined): string | null {
  const trimmed = typeof text === "string" ? text.trim() : "";
  return trimmed === "" ? null : trimmed;
}

/** The policy's display name, else the alias, else the instance ID. */
export function entryLabel(entry: CatalogEntry): string {
  return present(entry.displayName) ?? present(entry.instance.alias) ?? entry.instance.id;
}

/** True when `choice` (a remembered or default instance: ID or ARN, any case) names this entry. */
export function matchesChoice(entry: CatalogEntry, choice: { profile: string; instance: string }): boolean {
  const wanted = choice.instance.toLowerCase();
  return (
    entry.profile === choice.profile &&
    (entry.instance.id.toLowerCase() === wanted || entry.instance.arn.toLowerCase() === wanted)
  );
}

/** An instance the person pasted (looked up by ID/ARN), shown like a catalog entry until the catalog has it. */
export function pastedEntry(profile: string, instance: InstanceView): CatalogEntry {
  return { profile, instance, displayName: null, pinned: false, managed: false, useCount: 0, lastUsedAt: null };
}

/** With a restricting policy only its own (managed) instances may be signed in to. */
export function entryAllowed(catalog: CatalogView, entry: CatalogEntry): boolean {
  return !catalog.restricted || entry.managed;
}

export type Section = "pinned" | "recent" | "all";

export function sectionOf(entry: CatalogEntry): Section {
  if (entry.pinned) {
    return "pinned";
  }
  return entry.lastUsedAt !== null && entry.lastUsedAt !== undefined ? "recent" : "all";
}

let mergedFrom: { entries: CatalogEntry[]; pasted: CatalogEntry[] } | null = null;
let merged: CatalogEntry[] = [];

/** The catalog's entries, then pasted ones the catalog does not (yet) have. Same inputs, same array. */
export function allEntries(catalog: CatalogView, pasted: CatalogEntry[]): CatalogEntry[] {
  if (mergedFrom && mergedFrom.entries === catalog.entries && mergedFrom.pasted === pasted) {
    return merged;
  }
  mergedFrom = { entries: catalog.entries, pasted };
  if (pasted.length === 0) {
    merged = catalog.entries;
  } else {
    const known = new Set(catalog.entries.map(keyOf));
    merged = [...catalog.entries, ...pasted.filter((e) => !known.has(keyOf(e)))];
  }
  return merged;
}

interface Field {
  prepared: Prepared;
  /** Added to the field's score: the name counts more than the ID when both match. */
  bias: number;
}

const fieldCache = new WeakMap<CatalogEntry, Field[]>();

function fieldsOf(entry: CatalogEntry): Field[] {
  let fields = fieldCache.get(entry);
  if (!fields) {
    const { instance } = entry;
    const list: [string | null | undefined, number][] = [
      [entryLabel(entry), 0],
      // With a display name, the alias is still a way to find it.
      [present(entry.displayName) ? instance.alias : null, -0.1],
      [entry.profile, -0.2],
      [instance.region, -0.2],
      [instance.accountId, -0.3],
      [instance.id, -0.3],
    ];
    fields = list
      .filter((f): f is [string, number] => typeof f[0] === "string" && f[0] !== "")
      .map(([text, bias]) => ({ prepared: prepare(text), bias }));
    fieldCache.set(entry, fields);
  }
  return fields;
}

const ARN_INSTANCE = /^arn:[^:]*:connect:[^:]*:[^:]*:instance\/([^/]+)/;

/** Lower-case words of the query; a pasted ARN searches for its instance ID. */
export function tokenize(query: string): string[] {
  return query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== "")
    .map((t) => ARN_INSTANCE.exec(t)?.[1] ?? t);
}

/**
 * How well every word of the query matches one entry (each word in any of its fields: name, alias, profile, region,
 * account, ID); null when a word matches none.
 */
export function scoreEntry(entry: CatalogEntry, tokens: string[]): number | null {
  let total = 0;
  for (const token of tokens) {
    let best: number | null = null;
    for (const field of fieldsOf(entry)) {
      const s = score(token, field.prepared);
      if (s !== null && (best === null || s + field.bias > best)) {
        best = s + field.bias;
      }
    }
    if (best === null) {
      return null;
    }
    total += best;
  }
  return total;
}

/** Entries grouped Pinned, Recent, All, each keeping the catalog's order. */
export function bySection(entries: CatalogEntry[]): CatalogEntry[] {
  const groups: Record<Section, CatalogEntry[]> = { pinned: [], recent: [], all: [] };
  for (const entry of entries) {
    groups[sectionOf(entry)].push(entry);
  }
  return [...groups.pinned, ...groups.recent, ...groups.all];
}

let searched: { entries: CatalogEntry[]; scope: string | null; query: string; result: CatalogEntry[] } | null = null;

/**
 * What the list shows: the entries of `scope` (null: every profile). Without a query, grouped by section; with one,
 * the matches best first, ties in catalog order (pinned, then most used). One pass over the entries per keystroke,
 * and the same inputs give the same array (the view and the controller share it).
 */
export function searchEntries(entries: CatalogEntry[], scope: string | null, query: string): CatalogEntry[] {
  if (searched && searched.entries === entries && searched.scope === scope && searched.query === query) {
    return searched.result;
  }
  const scoped = scope === null ? entries : entries.filter((e) => e.profile === scope);
  const tokens = tokenize(query);
  let result: CatalogEntry[];
  if (tokens.length === 0) {
    result = bySection(scoped);
  } else {
    const hits: { entry: CatalogEntry; score: number; index: number }[] = [];
    scoped.forEach((entry, index) => {
      const s = scoreEntry(entry, tokens);
      if (s !== null) {
        hits.push({ entry, score: s, index });
      }
    });
    hits.sort((a, b) => b.score - a.score || a.index - b.index);
    result = hits.map((h) => h.entry);
  }
  searched = { entries, scope, query, result };
  return result;
}

/** What the discovery status line says about the profiles in scope. */
export interface DiscoverySummary {
  /** Catalog entries in scope. */
  count: number;
  /** Distinct regions of those entries. */
  regions: number;
  /** Epoch seconds of the oldest discovery in scope (the most conservative "updated"); null = never. */
  fetchedAt: number | null;
  /** Some profile in scope is being discovered by the backend. */
  refreshing: boolean;
  profileErrors: { profile: string; error: ErrorView }[];
  regionErrors: { profile: string; region: string; error: ErrorView }[];
}

export function discoverySummary(catalog: CatalogView, scope: string | null): DiscoverySummary {
  const entries = scope === null ? catalog.entries : catalog.entries.filter((e) => e.profile === scope);
  const profiles = scope === null ? catalog.profiles : catalog.profiles.filter((p) => p.profile === scope);
  let fetchedAt: number | null = null;
  const profileErrors: DiscoverySummary["profileErrors"] = [];
  const regionErrors: DiscoverySummary["regionErrors"] = [];
  for (const p of profiles) {
    if (p.fetchedAt !== null) {
      fetchedAt = fetchedAt === null ? p.fetchedAt : Math.min(fetchedAt, p.fetchedAt);
    }
    if (p.error) {
      profileErrors.push({ profile: p.profile, error: p.error });
    }
    for (const r of p.regions) {
      if (r.error) {
        regionErrors.push({ profile: p.profile, region: r.region, error: r.error });
      }
    }
  }
  return {
    count: entries.length,
    regions: new Set(entries.map((e) => e.instance.region)).size,
    fetchedAt,
    refreshing: profiles.some((p) => p.refreshing),
    profileErrors,
    regionErrors,
  };
}
