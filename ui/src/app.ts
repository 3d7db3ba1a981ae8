// Owns mounting the window: the store, one controller per feature (search and discovery, sign-in and sessions,
// IAM Identity Center and MFA, deep links, settings, startup), their actions joined for the views, and the layout.
import type { Actions } from "./actions";
import type { Api } from "./api";
import { createContext } from "./controllers/context";
import { createDeepLinkController, DEEP_LINK_ARM_MS } from "./controllers/deeplinks";
import { createLoginController } from "./controllers/logins";
import { SearchController } from "./controllers/search";
import { SessionController } from "./controllers/sessions";
import { createSettingsController } from "./controllers/settings";
import { createStartupController } from "./controllers/startup";
import { Messages, messagesOf } from "./l10n";
import { mountLayout } from "./layout";
import { initialState, Store, type SsoRetry, type State } from "./state";

export interface AppOptions {
  /** Epoch milliseconds; injectable for tests. */
  now?: () => number;
  /** How often relative times refresh. */
  tickMs?: number;
  /** How long a deep link is on screen before its Sign in works (a click meant for something else must miss it). */
  deepLinkArmMs?: number;
}

export interface AppHandle {
  /** Settles when startup (snapshot, and the deep link that may have arrived before the window listened) is done. */
  ready: Promise<void>;
  store: Store;
  dispose(): void;
}

/** The catalogue of the language in use (the backend chose it), asked before anything is drawn. */
export async function loadMessages(api: Api): Promise<Messages> {
  return messagesOf(await api.localization());
}

/**
 * Mounts the window in `messages`' language (drawn at once when given, else as soon as they come); it follows later
 * language changes by itself. The event listeners and the start-up snapshot do not wait for the catalogue.
 */
export function mountApp(root: HTMLElement, api: Api, messages: Messages | Promise<Messages>, options: AppOptions = {}): AppHandle {
  const clock = options.now ?? (() => Date.now());
  const store = new Store(initialState(clock()));
  const ctx = createContext(root, api, clock, store);

  const search = new SearchController(ctx);
  const sessions = new SessionController(ctx);
  /** What failed before a login, run again once the profile has fresh credentials. */
  const retryAfterLogin = (retry: SsoRetry): void => {
    switch (retry.kind) {
      case "signIn":
        sessions.runSignIn(retry.profile, retry.instanceId, retry.renewing, true);
        break;
      case "open":
        sessions.runOpen(retry.profile, retry.instanceId, true);
        break;
      case "discover":
        void search.discover(retry.profile, true, "refresh");
        break;
      case "none":
        break;
    }
  };
  const logins = createLoginController(ctx, retryAfterLogin);
  const links = createDeepLinkController(
    ctx,
    (profile, instance, instanceId) => sessions.requestSignIn(profile, instance, instanceId),
    options.deepLinkArmMs ?? DEEP_LINK_ARM_MS,
  );
  const settings = createSettingsController(ctx);
  const startup = createStartupController(ctx, search, links);

  const actions: Actions = {
    ...search.actions,
    ...sessions.actions,
    ...logins.actions,
    ...links.actions,
    ...settings.actions,
    dismissError: () => store.update({ error: null }),
    dismissNotice: () => store.update({ notice: null }),
    reload: startup.reload,
  };

  // Until the catalogue is here nothing is drawn; the store fills meanwhile, and the first render shows all of it.
  let shown: Messages | null = null;
  let render: ((state: State, previous: State | null) => void) | null = null;
  const draw = (next: Messages): void => {
    shown = next;
    document.documentElement.lang = next.language;
    render = mountLayout(root, actions, next);
    render(store.state, null);
  };
  const unsubscribe = store.subscribe((state, previous) => render?.(state, previous));
  // Settings (or the IT policy) chose another language: the views are built again in it, the state stays.
  const unsubscribeLanguage = store.subscribe((state, previous) => {
    if (shown && previous?.settings && state.settings?.language !== previous.settings.language) {
      void api.localization().then((next) => {
        if (!ctx.disposed() && next.language !== shown?.tag) {
          draw(messagesOf(next));
        }
      }, (error: unknown) => ctx.fail(error));
    }
  });
  // After the render: focus moves only to what the views have just enabled.
  const unsubscribeFocus = store.subscribe((state) => logins.afterRender(state));
  const drawn =
    messages instanceof Messages
      ? Promise.resolve(draw(messages))
      : messages.then((loaded) => {
          if (!ctx.disposed()) {
            draw(loaded);
          }
        });

  const timer = window.setInterval(() => store.update({ now: clock() }), options.tickMs ?? 30_000);
  // The snapshot is asked for at once, beside the catalogue: neither waits for the other.
  const ready = startup.start(drawn);
  // Which browsers there are matters only once someone picks one: asked after the window is up.
  void ready.then(() => settings.loadBrowsers(), () => undefined);

  return {
    ready,
    store,
    dispose() {
      ctx.dispose();
      window.clearInterval(timer);
      logins.dispose();
      unsubscribe();
      unsubscribeLanguage();
      unsubscribeFocus();
      root.replaceChildren();
    },
  };
}
