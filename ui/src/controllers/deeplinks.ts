// Owns `connect-sso://` links: one waiting for the person's answer (from the snapshot, the deep-link event, or taken
// once at start if it arrived before the window listened), confirmed into the normal sign-in path or dismissed.
import type { Actions } from "../actions";
import type { DeepLinkView, ErrorView } from "../bindings";
import { selectionLocked } from "../state";
import type { Context } from "./context";

export type DeepLinkActions = Pick<Actions, "confirmDeepLink" | "cancelDeepLink">;

export interface DeepLinkController {
  actions: DeepLinkActions;
  /** Asks for an answer to this link now. */
  show(link: DeepLinkView): void;
  /** Once per window: a link that arrived before the window listened. */
  takeOnce(): Promise<void>;
}

export function createDeepLinkController(
  ctx: Context,
  signIn: (profile: string, instance: string, instanceId: string) => void,
): DeepLinkController {
  const { api, get, update } = ctx;
  /** `take_deep_link` runs once per window. */
  let taken = false;

  function show(link: DeepLinkView): void {
    // The link asks for a decision now: it takes the settings dialog's place.
    update({ deepLink: link, settingsOpen: false, settingsError: null });
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
          const link = get().deepLink;
          if (link !== null && !selectionLocked(get())) {
            update({ deepLink: null });
            signIn(link.profile, link.instance, link.instanceId);
          }
        }),
      cancelDeepLink: () => update({ deepLink: null }),
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
