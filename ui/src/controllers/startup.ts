// Owns starting the window: one snapshot call brings profiles, sessions, settings, the catalog and a pending link;
// each feature takes its part, the cached catalog shows at once and discovery brings it up to date behind it.
import type { ErrorCode } from "../bindings";
import type { Context } from "./context";
import type { DeepLinkController } from "./deeplinks";
import type { SearchController } from "./search";

/** The policy file is bad: its banner (from the settings) says it better than the notice. */
const POLICY_INVALID: ErrorCode = "policy_invalid";

export interface StartupController {
  /**
   * Starts (or, after a failure, retries) the window; settles when the snapshot and the early link are handled and
   * the window is drawn (`drawn`, the first time: focus needs the views).
   */
  start(drawn?: Promise<void>): Promise<void>;
  /** Reload / Retry: starts again unless a start is running. */
  reload(): void;
}

export function createStartupController(ctx: Context, search: SearchController, links: DeepLinkController): StartupController {
  const { api, get, update } = ctx;
  /** The snapshot's one-time notice is shown once per window, not again on Reload. */
  let noticeShown = false;
  let starting: Promise<void> | null = null;

  function focusStart(): void {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) {
      return;
    }
    // The search box: type to find, Enter signs in to the highlighted (remembered) instance.
    ctx.root.querySelector<HTMLElement>(get().profiles.length > 0 ? "#search" : "#reload")?.focus({ preventScroll: true });
  }

  async function run(drawn: Promise<void>): Promise<void> {
    update({ phase: "starting", error: null });
    let snapshot;
    try {
      snapshot = await api.appSnapshot();
    } catch (error) {
      ctx.fail(error, { phase: "failed" });
      return;
    }
    const names = new Set(snapshot.profiles.map((p) => p.name));
    let notice = noticeShown ? get().notice : snapshot.notice;
    if (notice?.code === POLICY_INVALID && snapshot.settings.policy.error) {
      notice = null;
    }
    noticeShown = true;
    update({
      phase: "ready",
      profiles: snapshot.profiles,
      settings: snapshot.settings,
      sessions: snapshot.sessions,
      notice,
      ...search.fromSnapshot(snapshot, names),
    });
    search.afterStart();
    if (snapshot.pendingDeepLink) {
      links.show(snapshot.pendingDeepLink);
    }
    if (snapshot.profiles.length > 0) {
      // Stale-while-revalidate: the cached catalog is on screen; this brings it up to date.
      void search.discover(null, false, "background");
    }
    await links.takeOnce();
    await drawn;
    focusStart();
  }

  function start(drawn: Promise<void> = Promise.resolve()): Promise<void> {
    starting ??= run(drawn).finally(() => {
      starting = null;
    });
    return starting;
  }

  return {
    start,
    reload() {
      void start();
    },
  };
}
