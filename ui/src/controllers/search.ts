// Owns search and discovery: the catalog on screen, the profile in scope, the search text, the highlighted row (the
// remembered instance, found once the catalog lists it), pins, pasted IDs, and discovering instances.
import type { Actions } from "../actions";
import type { AppSnapshot, CatalogView } from "../bindings";
import { entryAllowed, entryKey, matchesChoice, pastedEntry } from "../catalog";
import {
  ALL_PROFILES,
  discoveringScope,
  entries,
  findEntry,
  pasteProfile,
  selectionLocked,
  visibleEntries,
  type Choice,
  type SearchSlice,
  type State,
} from "../state";
import { MFA_CODES, SSO_EXPIRED, type Context } from "./context";

/** Where a discovery was asked for: "background" only updates the list; the others also report a failed profile. */
export type DiscoveryOrigin = "background" | "scope" | "refresh";

export type SearchActions = Pick<
  Actions,
  "selectScope" | "setQuery" | "selectEntry" | "usePastedInstance" | "togglePin" | "refreshInstances"
>;

export interface SearchController {
  actions: SearchActions;
  /** The search slice a startup snapshot brings (the remembered instance is highlighted once listed). */
  fromSnapshot(snapshot: AppSnapshot, names: Set<string>): Partial<SearchSlice>;
  /** After the snapshot is on screen: highlight what can be, and bring the cached catalog up to date. */
  afterStart(): void;
  discover(profile: string | null, refresh: boolean, origin: DiscoveryOrigin): Promise<void>;
}

function without(list: string[], key: string): string[] {
  const at = list.indexOf(key);
  return at < 0 ? list : [...list.slice(0, at), ...list.slice(at + 1)];
}

/** What an action on the chooser clears: the last outcome shown in the status panel and the error panel. */
const FRESH_START = { error: null, statusNote: null, shiftEnded: null, ssoDone: null, mfaDone: null } as const;

export function createSearchController(ctx: Context): SearchController {
  const { api, get, update } = ctx;
  /**
   * The remembered (else the default) instance, highlighted as soon as the catalog lists it. A cold cache lists it
   * only after the first discovery; if even that does not, it is looked up once (it may have been pasted).
   */
  let preselect: Choice | null = null;
  /** Until the first discovery answered, no other guess is made while `preselect` is not listed. */
  let awaitPreselect = true;

  function remember(profile: string, instance: string | null): void {
    api.rememberSelection(profile, instance).catch((error: unknown) => {
      // Only surface it if nothing more important is on screen.
      if (get().error === null) {
        ctx.fail(error);
      }
    });
  }

  /** The entry a remembered or default choice names (IDs compared case-insensitively; a default may be an ARN). */
  function matchChoice(state: State, choice: Choice): Choice | null {
    const wanted = { profile: choice.profile, instance: choice.instanceId };
    const entry = entries(state).find((e) => matchesChoice(e, wanted));
    return entry ? { profile: entry.profile, instanceId: entry.instance.id } : null;
  }

  /** What to highlight when nothing is: the remembered instance once listed, else the only one there is (never a guess). */
  function firstChoice(state: State): Choice | null {
    if (state.selected !== null || selectionLocked(state)) {
      return null;
    }
    if (preselect) {
      const found = matchChoice(state, preselect);
      if (found && (state.scope === null || state.scope === found.profile)) {
        preselect = null;
        return found;
      }
      if (awaitPreselect) {
        // Still coming with the first discovery: no other guess meanwhile.
        return null;
      }
    }
    if (state.query.trim() === "") {
      const allowed = visibleEntries(state).filter((e) => entryAllowed(state.catalog, e));
      if (allowed.length === 1 && allowed[0]) {
        return { profile: allowed[0].profile, instanceId: allowed[0].instance.id };
      }
    }
    return null;
  }

  function ensureSelection(): void {
    const chosen = firstChoice(get());
    if (chosen) {
      update({ selected: chosen });
    }
  }

  /** With a search, the best (allowed) match is highlighted, so Enter signs in to it; no match keeps the highlight. */
  function highlightBest(): void {
    const state = get();
    if (state.query.trim() === "" || selectionLocked(state)) {
      return;
    }
    const results = visibleEntries(state);
    const best = results.find((e) => entryAllowed(state.catalog, e)) ?? results[0];
    if (best && (state.selected?.profile !== best.profile || state.selected.instanceId !== best.instance.id)) {
      update({ selected: { profile: best.profile, instanceId: best.instance.id }, duplicate: null });
    }
  }

  /** A remembered instance the first discovery did not list (pasted, maybe another region): look it up quietly. */
  async function resolvePreselect(): Promise<void> {
    const choice = preselect;
    if (!choice || get().selected !== null || !get().profiles.some((p) => p.name === choice.profile)) {
      awaitPreselect = false;
      ensureSelection();
      return;
    }
    const found = await api.resolveInstance(choice.profile, choice.instanceId).catch(() => null);
    awaitPreselect = false;
    const state = get();
    if (ctx.disposed() || !found || state.selected !== null || selectionLocked(state)) {
      // Not found now (gone, or the profile needs a sign-in first): it is still chosen if it shows up later; until
      // then, what is listed decides.
      ensureSelection();
      return;
    }
    preselect = null;
    const listed = findEntry(state, choice.profile, found.id) !== null;
    update({
      pasted: listed ? state.pasted : [...state.pasted, pastedEntry(choice.profile, found)],
      selected: { profile: choice.profile, instanceId: found.id },
    });
  }

  /** Shows a new catalog (with `patch` in the same update): a selection it no longer lists goes, a new one may come. */
  function applyCatalog(catalog: CatalogView, patch: Partial<State> = {}): void {
    const state = { ...get(), ...patch, catalog };
    const { selected } = state;
    const gone = selected !== null && !selectionLocked(state) && findEntry(state, selected.profile, selected.instanceId) === null;
    const next: Partial<State> = { ...patch, catalog, ...(gone ? { selected: null } : {}) };
    const chosen = gone || selected === null ? firstChoice({ ...state, ...next }) : null;
    // One update: whoever waits for the discovery to end (focus after an IAM Identity Center sign-in) sees the result.
    update(chosen ? { ...next, selected: chosen } : next);
  }

  /** A failed profile shown in the error panel, so Sign in with IAM Identity Center / the MFA form can fix it. */
  function reportDiscovery(catalog: CatalogView, profile: string | null): void {
    const failed = catalog.profiles.filter((p) => p.error && (profile === null || p.profile === profile));
    // For every profile at once, only what the person can fix here: the rest stays in the status line.
    const shown =
      profile !== null
        ? failed[0]
        : failed.find((p) => p.error && (p.error.code === SSO_EXPIRED || MFA_CODES.includes(p.error.code)));
    if (shown?.error) {
      ctx.fail(shown.error, {}, { kind: "discover", profile: shown.profile });
    }
  }

  async function discover(profile: string | null, refresh: boolean, origin: DiscoveryOrigin): Promise<void> {
    const key = profile ?? ALL_PROFILES;
    update({ discovering: [...get().discovering, key] });
    let catalog: CatalogView | null = null;
    let failure: unknown = null;
    try {
      catalog = await api.discoverInstances(profile, refresh);
    } catch (error) {
      failure = error;
    }
    if (ctx.disposed()) {
      return;
    }
    const discovering = without(get().discovering, key);
    if (catalog === null) {
      if (origin !== "background" || get().error === null) {
        ctx.fail(failure, { discovering }, profile !== null ? { kind: "discover", profile } : null);
      } else {
        update({ discovering });
      }
    } else {
      applyCatalog(catalog, { discovering });
      if (origin === "refresh" || (origin === "scope" && get().scope === profile)) {
        reportDiscovery(catalog, profile);
      }
    }
    if (origin === "background" && awaitPreselect) {
      void resolvePreselect();
    }
  }

  async function usePastedInstance(text: string): Promise<boolean> {
    const state = get();
    const profile = pasteProfile(state);
    const value = text.trim();
    if (profile === null || value === "" || state.resolving || selectionLocked(state)) {
      return false;
    }
    update({ resolving: true, ...FRESH_START });
    try {
      const found = await api.resolveInstance(profile, value);
      const current = get();
      if (pasteProfile(current) !== profile || selectionLocked(current)) {
        update({ resolving: false });
        return false;
      }
      const key = entryKey(profile, found.id);
      const listed = current.catalog.entries.some((e) => e.profile === profile && e.instance.id === found.id);
      const pasted = current.pasted.filter((e) => entryKey(e.profile, e.instance.id) !== key);
      update({
        resolving: false,
        pasted: listed ? pasted : [...pasted, pastedEntry(profile, found)],
        selected: { profile, instanceId: found.id },
        duplicate: null,
        // The looked-up instance must not stay hidden by a search.
        query: "",
      });
      remember(profile, found.id);
      return true;
    } catch (error) {
      ctx.fail(error, { resolving: false }, { kind: "none", profile });
      return false;
    }
  }

  function togglePin(profile: string, instanceId: string): void {
    const state = get();
    const entry = findEntry(state, profile, instanceId);
    const key = entryKey(profile, instanceId);
    if (entry === null || state.catalog.pinsLocked || state.pinning.includes(key)) {
      return;
    }
    update({ pinning: [...state.pinning, key] });
    api
      .setPinned(profile, instanceId, !entry.pinned)
      .then((catalog) => applyCatalog(catalog, { pinning: without(get().pinning, key) }))
      .catch((error: unknown) => ctx.fail(error, { pinning: without(get().pinning, key) }));
  }

  const actions: SearchActions = {
    selectScope: (name) =>
      ctx.guard(() => {
        const state = get();
        if (selectionLocked(state) || name === state.scope || (name !== null && !state.profiles.some((p) => p.name === name))) {
          return;
        }
        const keep = state.selected !== null && (name === null || state.selected.profile === name);
        update({ scope: name, selected: keep ? state.selected : null, duplicate: null, ...FRESH_START });
        if (get().query.trim() !== "") {
          highlightBest();
        } else {
          ensureSelection();
        }
        if (name !== null) {
          // Cheap with a fresh cache; an expired token or MFA shows up in the error panel, ready to fix.
          void discover(name, false, "scope");
        }
      }),
    setQuery: (text) =>
      ctx.guard(() => {
        if (text !== get().query) {
          update({ query: text });
          highlightBest();
        }
      }),
    selectEntry: (profile, instanceId) =>
      ctx.guard(() => {
        const state = get();
        if (selectionLocked(state) || findEntry(state, profile, instanceId) === null) {
          return;
        }
        if (state.selected?.profile === profile && state.selected.instanceId === instanceId) {
          return;
        }
        preselect = null;
        update({ selected: { profile, instanceId }, duplicate: null, ...FRESH_START });
        remember(profile, instanceId);
      }),
    usePastedInstance,
    togglePin: (profile, instanceId) => ctx.guard(() => togglePin(profile, instanceId)),
    refreshInstances: () =>
      ctx.guard(() => {
        const state = get();
        if (state.phase === "ready" && state.profiles.length > 0 && !discoveringScope(state)) {
          void discover(state.scope, true, "refresh");
        }
      }),
  };

  // The catalog as the backend announces it (discovery, pins, a sign-in anywhere made an instance recent).
  ctx.listen<CatalogView>(
    (handler) => api.onCatalogChanged(handler),
    (catalog) => {
      if (get().phase === "ready") {
        applyCatalog(catalog);
      }
    },
  );
  // The global shortcut: the search box, unless a deep link waits for an answer.
  ctx.listen<null>(
    (handler) => api.onFocusSearch(handler),
    () => {
      if (get().deepLink !== null) {
        return;
      }
      if (get().settingsOpen) {
        update({ settingsOpen: false, settingsError: null });
      }
      const search = ctx.root.querySelector<HTMLInputElement>("#search");
      search?.focus({ preventScroll: true });
      search?.select();
    },
  );

  return {
    actions,
    fromSnapshot(snapshot, names) {
      const last = snapshot.lastProfile;
      const lastInstance = snapshot.lastInstance;
      const fallback = snapshot.catalog.defaultInstance;
      preselect =
        last !== null && lastInstance !== null && names.has(last)
          ? { profile: last, instanceId: lastInstance }
          : fallback
            ? { profile: fallback.profile, instanceId: fallback.instance }
            : null;
      awaitPreselect = true;
      const scope = get().scope;
      return {
        catalog: snapshot.catalog,
        pasted: [],
        scope: scope !== null && names.has(scope) ? scope : null,
        selected: null,
      };
    },
    afterStart() {
      ensureSelection();
    },
    discover,
  };
}
