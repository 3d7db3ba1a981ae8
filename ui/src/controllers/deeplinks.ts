// Owns `connect-sso://` links: the one on screen waiting for the person's answer (from the snapshot, the deep-link
// event, or taken once at start if it arrived before the window listened), the newest one waiting behind it, and
// when Sign in starts to count; a confirmed link goes into the normal sign-in path.
import type { Actions } from "../actions";
import type { DeepLinkView, ErrorView } from "../bindings";
import { selectionLocked } from "../state";
import type { Context } from "./context";

/**
 * A link can arrive at any moment, from any web page: its dialog may open under a pointer already on its way to click
 * something else (or the second click of a double-click). Browsers hold their own security prompts inert for about a
 * second for the same reason.
 */
export const DEEP_LINK_ARM_MS = 1000;

export type DeepLinkActions = Pick<Actions, "confirmDeepLink" | "cancelDeepLink">;

export interface DeepLinkController {
  actions: DeepLinkActions;
  /** A link asks for an answer: shown now, or after the one on screen is answered. */
  show(link: DeepLinkView): void;
  /** Once per window: a link that arrived before the window listened. */
  takeOnce(): Promise<void>;
}

function sameLink(a: DeepLinkView, b: DeepLinkView): boolean {
  return a.profile === b.profile && a.instance === b.instance;
}

export function createDeepLinkController(
  ctx: Context,
  signIn: (profile: string, instance: string, instanceId: string) => void,
  armMs: number,
): DeepLinkController {
  const { api, get, update } = ctx;
  /** `take_deep_link` runs once per window. */
  let taken = false;

  function present(link: DeepLinkView | null): void {
    if (link === null) {
      update({ deepLink: null, deepLinkArmed: false });
      return;
    }
    // The link asks for a decision now: it takes the settings dialog's place.
    update({ deepLink: link, deepLinkArmed: armMs <= 0, settingsOpen: false, settingsError: null });
    if (armMs > 0) {
      window.setTimeout(() => {
        if (!ctx.disposed() && get().deepLink === link) {
          update({ deepLinkArmed: true });
        }
      }, armMs);
    }
  }

  function show(link: DeepLinkView): void {
    const current = get().deepLink;
    if (current === null) {
      present(link);
    } else if (!sameLink(current, link)) {
      // Only the newest waits: a page firing links in a loop queues one, not a hundred.
      update({ deepLinkNext: link });
    }
  }

  /** The link on screen got its answer: the one waiting behind it, if any, takes its place. */
  function answered(): void {
    const next = get().deepLinkNext;
    update({ deepLinkNext: null });
    present(next);
  }

  ctx.listen<DeepLinkView>((handler) => api.onDeepLink(handler), show);
  ctx.listen<ErrorView>(
    (handler) => api.onDeepLinkError(handler),
    (error) => ctx.fail(error),
  );

  return {
    actions: {
      confirmDeepLink: () =>
        ctx.guard(() => {
          const state = get();
          const link = state.deepLink;
          if (link !== null && state.deepLinkArmed && !selectionLocked(state)) {
            answered();
            signIn(link.profile, link.instance, link.instanceId);
          }
        }),
      cancelDeepLink: () => {
        if (get().deepLink !== null) {
          answered();
        }
      },
    },
    show,
    async takeOnce() {
      if (taken) {
        return;
      }
      taken = true;
      try {
        const link = await api.takeDeepLink();
        if (link && !ctx.disposed()) {
          show(link);
        }
      } catch {
        // The snapshot's pendingDeepLink and the deep-link event cover it.
      }
    },
  };
}
