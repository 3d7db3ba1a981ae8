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
import { initialState, Store, type SsoRetry } from "./state";

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

/** Mounts the window in `messages`' language; it follows later language changes by itself. */
export function mountApp(root: HTMLElement, api: Api, messages: Messages, options: AppOptions = {}): AppHandle {
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

  let render = mountLayout(root, actions, messages);
  document.documentElement.lang = messages.language;
  const unsubscribe = store.subscribe((state, previous) => render(state, previous));
  // Settings (or the IT policy) chose another language: the views are built again in it, the state stays.
  const unsubscribeLanguage = store.subscribe((state, previous) => {
    if (previous && state.settings?.language !== previous.settings?.language) {
      void api.localization().then((next) => {
        if (ctx.disposed() || next.language === messages.tag) {
          return;
        }
        messages = messagesOf(next);
        document.documentElement.lang = messages.language;
        render = mountLayout(root, actions, messages);
        render(store.state, null);
      }, (error: unknown) => ctx.fail(error));
    }
  });
  // After the render: focus moves only to what the views have just enabled.
  const unsubscribeFocus = store.subscribe((state) => logins.afterRender(state));
  render(store.state, null);

  const timer = window.setInterval(() => store.update({ now: clock() }), options.tickMs ?? 30_000);
  const ready = startup.start();

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
