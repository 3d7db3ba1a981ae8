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

function without(list: string[], key: string): string[] {
  const at = list.indexOf(key);
  return at < 0 ? list : [...list.slice(0, at), ...list.slice(at + 1)];
}

/** The entry a remembered or default choice names (IDs compared case-insensitively; a default may be an ARN). */
function matchChoice(state: State, choice: Choice): Choice | null {
  const wanted = { profile: choice.profile, instance: choice.instanceId };
  const entry = entries(state).find((e) => matchesChoice(e, wanted));
  return entry ? { profile: entry.profile, instanceId: entry.instance.id } : null;
}

/** What an action on the chooser clears: the last outcome shown in the status panel and the error panel. */
const FRESH_START = { error: null, statusNote: null, shiftEnded: null, ssoDone: null, mfaDone: null } as const;

export class SearchController {
  readonly actions: SearchActions;
  private readonly ctx: Context;
  /**
   * The remembered (else the default) instance, highlighted as soon as the catalog lists it. A cold cache lists it
   * only after the first discovery; if even that does not, it is looked up once (it may have been pasted).
   */
  private preselect: Choice | null = null;
  /** Until the first discovery answered, no other guess is made while `preselect` is not listed. */
  private awaitPreselect = true;

  constructor(ctx: Context) {
    this.ctx = ctx;
    this.actions = {
      selectScope: (name) => ctx.guard(() => this.selectScope(name)),
      setQuery: (text) => ctx.guard(() => this.setQuery(text)),
      selectEntry: (profile, instanceId) => ctx.guard(() => this.selectEntry(profile, instanceId)),
      usePastedInstance: (text) => this.usePastedInstance(text),
      togglePin: (profile, instanceId) => ctx.guard(() => this.togglePin(profile, instanceId)),
      refreshInstances: () => ctx.guard(() => this.refreshInstances()),
    };
    // The catalog as the backend announces it (discovery, pins, a sign-in anywhere made an instance recent).
    ctx.listen<CatalogView>(
      (handler) => ctx.api.onCatalogChanged(handler),
      (catalog) => {
        if (ctx.get().phase === "ready") {
          this.applyCatalog(catalog);
        }
      },
    );
    // The global shortcut: the search box, unless a deep link waits for an answer.
    ctx.listen<null>(
      (handler) => ctx.api.onFocusSearch(handler),
      () => this.focusSearch(),
    );
  }

  /** The search slice a startup snapshot brings (the remembered instance is highlighted once listed). */
  fromSnapshot(snapshot: AppSnapshot, names: Set<string>): Partial<SearchSlice> {
    const last = snapshot.lastProfile;
    const lastInstance = snapshot.lastInstance;
    const fallback = snapshot.catalog.defaultInstance;
    this.preselect =
      last !== null && lastInstance !== null && names.has(last)
        ? { profile: last, instanceId: lastInstance }
        : fallback
          ? { profile: fallback.profile, instanceId: fallback.instance }
          : null;
    this.awaitPreselect = true;
    const scope = this.ctx.get().scope;
    return {
      catalog: snapshot.catalog,
      pasted: [],
      scope: scope !== null && names.has(scope) ? scope : null,
      selected: null,
    };
  }

  /** After the snapshot is on screen: highlight what can be. */
  afterStart(): void {
    this.ensureSelection();
  }

  /**
   * Discovers one profile's (null: every profile's) instances. "background" (startup) only updates the list;
   * "scope" (the profile was chosen) and "refresh" (Refresh) also report a failed profile in the error panel.
   */
  async discover(profile: string | null, refresh: boolean, origin: DiscoveryOrigin): Promise<void> {
    const { ctx } = this;
    const key = profile ?? ALL_PROFILES;
    ctx.update({ discovering: [...ctx.get().discovering, key] });
    let catalog: CatalogView | null = null;
    let failure: unknown = null;
    try {
      catalog = await ctx.api.discoverInstances(profile, refresh);
    } catch (error) {
      failure = error;
    }
    if (ctx.disposed()) {
      return;
    }
    const discovering = without(ctx.get().discovering, key);
    if (catalog === null) {
      if (origin !== "background" || ctx.get().error === null) {
        ctx.fail(failure, { discovering }, profile !== null ? { kind: "discover", profile } : null);
      } else {
        ctx.update({ discovering });
      }
    } else {
      this.applyCatalog(catalog, { discovering });
      if (origin === "refresh" || (origin === "scope" && ctx.get().scope === profile)) {
        this.reportDiscovery(catalog, profile);
      }
    }
    if (origin === "background" && this.awaitPreselect) {
      void this.resolvePreselect();
    }
  }

  private selectScope(name: string | null): void {
    const { ctx } = this;
    const state = ctx.get();
    if (selectionLocked(state) || name === state.scope || (name !== null && !state.profiles.some((p) => p.name === name))) {
      return;
    }
    const keep = state.selected !== null && (name === null || state.selected.profile === name);
    ctx.update({ scope: name, selected: keep ? state.selected : null, duplicate: null, ...FRESH_START });
    if (ctx.get().query.trim() !== "") {
      this.highlightBest();
    } else {
      this.ensureSelection();
    }
    if (name !== null) {
      // Cheap with a fresh cache; an expired token or MFA shows up in the error panel, ready to fix.
      void this.discover(name, false, "scope");
    }
  }

  private setQuery(text: string): void {
    if (text !== this.ctx.get().query) {
      this.ctx.update({ query: text });
      this.highlightBest();
    }
  }

  private selectEntry(profile: string, instanceId: string): void {
    const { ctx } = this;
    const state = ctx.get();
    if (selectionLocked(state) || findEntry(state, profile, instanceId) === null) {
      return;
    }
    if (state.selected?.profile === profile && state.selected.instanceId === instanceId) {
      return;
    }
    this.preselect = null;
    ctx.update({ selected: { profile, instanceId }, duplicate: null, ...FRESH_START });
    this.remember(profile, instanceId);
  }

  private async usePastedInstance(text: string): Promise<boolean> {
    const { ctx } = this;
    const state = ctx.get();
    const profile = pasteProfile(state);
    const value = text.trim();
    if (profile === null || value === "" || state.resolving || selectionLocked(state)) {
      return false;
    }
    ctx.update({ resolving: true, ...FRESH_START });
    try {
      const found = await ctx.api.resolveInstance(profile, value);
      const current = ctx.get();
      if (pasteProfile(current) !== profile || selectionLocked(current)) {
        ctx.update({ resolving: false });
        return false;
      }
      const key = entryKey(profile, found.id);
      const listed = current.catalog.entries.some((e) => e.profile === profile && e.instance.id === found.id);
      const pasted = current.pasted.filter((e) => entryKey(e.profile, e.instance.id) !== key);
      ctx.update({
        resolving: false,
        pasted: listed ? pasted : [...pasted, pastedEntry(profile, found)],
        selected: { profile, instanceId: found.id },
        duplicate: null,
        // The looked-up instance must not stay hidden by a search.
        query: "",
      });
      this.remember(profile, found.id);
      return true;
    } catch (error) {
      ctx.fail(error, { resolving: false }, { kind: "none", profile });
      return false;
    }
  }

  private togglePin(profile: string, instanceId: string): void {
    const { ctx } = this;
    const state = ctx.get();
    const entry = findEntry(state, profile, instanceId);
    const key = entryKey(profile, instanceId);
    if (entry === null || state.catalog.pinsLocked || state.pinning.includes(key)) {
      return;
    }
    ctx.update({ pinning: [...state.pinning, key] });
    ctx.api
      .setPinned(profile, instanceId, !entry.pinned)
      .then((catalog) => this.applyCatalog(catalog, { pinning: without(ctx.get().pinning, key) }))
      .catch((error: unknown) => ctx.fail(error, { pinning: without(ctx.get().pinning, key) }));
  }

  private refreshInstances(): void {
    const state = this.ctx.get();
    if (state.phase === "ready" && state.profiles.length > 0 && !discoveringScope(state)) {
      void this.discover(state.scope, true, "refresh");
    }
  }

  private focusSearch(): void {
    const { ctx } = this;
    if (ctx.get().deepLink !== null) {
      return;
    }
    if (ctx.get().settingsOpen) {
      ctx.update({ settingsOpen: false, settingsError: null });
    }
    const search = ctx.root.querySelector<HTMLInputElement>("#search");
    search?.focus({ preventScroll: true });
    search?.select();
  }

  private remember(profile: string, instance: string | null): void {
    this.ctx.api.rememberSelection(profile, instance).catch((error: unknown) => {
      // Only surface it if nothing more important is on screen.
      if (this.ctx.get().error === null) {
        this.ctx.fail(error);
      }
    });
  }

  /** What to highlight when nothing is: the remembered instance once listed, else the only one there is (never a guess). */
  private firstChoice(state: State): Choice | null {
    if (state.selected !== null || selectionLocked(state)) {
      return null;
    }
    if (this.preselect) {
      const found = matchChoice(state, this.preselect);
      if (found && (state.scope === null || state.scope === found.profile)) {
        this.preselect = null;
        return found;
      }
      if (this.awaitPreselect) {
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

  private ensureSelection(): void {
    const chosen = this.firstChoice(this.ctx.get());
    if (chosen) {
      this.ctx.update({ selected: chosen });
    }
  }

  /** With a search, the best (allowed) match is highlighted, so Enter signs in to it; no match keeps the highlight. */
  private highlightBest(): void {
    const state = this.ctx.get();
    if (state.query.trim() === "" || selectionLocked(state)) {
      return;
    }
    const results = visibleEntries(state);
    const best = results.find((e) => entryAllowed(state.catalog, e)) ?? results[0];
    if (best && (state.selected?.profile !== best.profile || state.selected.instanceId !== best.instance.id)) {
      this.ctx.update({ selected: { profile: best.profile, instanceId: best.instance.id }, duplicate: null });
    }
  }

  /** A remembered instance the first discovery did not list (pasted, maybe another region): look it up quietly. */
  private async resolvePreselect(): Promise<void> {
    const { ctx } = this;
    const choice = this.preselect;
    if (!choice || ctx.get().selected !== null || !ctx.get().profiles.some((p) => p.name === choice.profile)) {
      this.awaitPreselect = false;
      this.ensureSelection();
      return;
    }
    const found = await ctx.api.resolveInstance(choice.profile, choice.instanceId).catch(() => null);
    this.awaitPreselect = false;
    const state = ctx.get();
    if (ctx.disposed() || !found || state.selected !== null || selectionLocked(state)) {
      // Not found now (gone, or the profile needs a sign-in first): it is still chosen if it shows up later; until
      // then, what is listed decides.
      this.ensureSelection();
      return;
    }
    this.preselect = null;
    const listed = findEntry(state, choice.profile, found.id) !== null;
    ctx.update({
      pasted: listed ? state.pasted : [...state.pasted, pastedEntry(choice.profile, found)],
      selected: { profile: choice.profile, instanceId: found.id },
    });
  }

  /** Shows a new catalog (with `patch` in the same update): a selection it no longer lists goes, a new one may come. */
  private applyCatalog(catalog: CatalogView, patch: Partial<State> = {}): void {
    const state = { ...this.ctx.get(), ...patch, catalog };
    const { selected } = state;
    const gone = selected !== null && !selectionLocked(state) && findEntry(state, selected.profile, selected.instanceId) === null;
    const next: Partial<State> = { ...patch, catalog, ...(gone ? { selected: null } : {}) };
    const chosen = gone || selected === null ? this.firstChoice({ ...state, ...next }) : null;
    // One update: whoever waits for the discovery to end (focus after an IAM Identity Center sign-in) sees the result.
    this.ctx.update(chosen ? { ...next, selected: chosen } : next);
  }

  /** A failed profile shown in the error panel, so Sign in with IAM Identity Center / the MFA form can fix it. */
  private reportDiscovery(catalog: CatalogView, profile: string | null): void {
    const failed = catalog.profiles.filter((p) => p.error && (profile === null || p.profile === profile));
    // For every profile at once, only what the person can fix here: the rest stays in the status line.
    const shown =
      profile !== null
        ? failed[0]
        : failed.find((p) => p.error && (p.error.code === SSO_EXPIRED || MFA_CODES.includes(p.error.code)));
    if (shown?.error) {
      this.ctx.fail(shown.error, {}, { kind: "discover", profile: shown.profile });
    }
  }
}
