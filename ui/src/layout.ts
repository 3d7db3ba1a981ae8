// Owns the window's layout: which view goes where, what sits behind a modal dialog (inert while one is open), and the
// render that brings every view up to date from the state.
import type { Actions } from "./actions";
import type { Messages } from "./l10n";
import type { State } from "./state";
import { createErrorPanel, createExpiringBanner, createNoticeBanner, createPolicyBanner } from "./view/banners";
import { createDeepLinkDialog } from "./view/deeplink";
import { createDiscoveryStatus } from "./view/discovery";
import { h, refreshRelativeTimes, setAttr, show } from "./view/dom";
import { createHeader } from "./view/header";
import { createInstancePicker } from "./view/instances";
import { createProfilePicker } from "./view/profiles";
import { createSessionList } from "./view/sessions";
import { createSettingsDialog } from "./view/settings";
import { createSignIn } from "./view/signin";
import { createSsoLoginPanel } from "./view/ssologin";
import { createStartupStates } from "./view/startup";
import { createStatusPanel } from "./view/status";
import type { View } from "./view/types";

/** Builds every view into `root`; the returned render brings them up to date (`previous` is null the first time). */
export function mountLayout(root: HTMLElement, actions: Actions, messages: Messages): (state: State, previous: State | null) => void {
  const startup = createStartupStates(messages, actions.reload);
  const profilePicker = createProfilePicker(messages, actions.selectScope);
  const discovery = createDiscoveryStatus(messages, actions.refreshInstances, actions.ssoLoginFor);
  const instancePicker = createInstancePicker(messages, actions, [
    h("div", { class: "scope-row" }, profilePicker.el, discovery.refresh),
    discovery.el,
  ]);
  const signInView = createSignIn(messages, actions);
  const status = createStatusPanel(messages, actions.signOut);
  const sessions = createSessionList(messages, actions);
  const notice = createNoticeBanner(messages, actions.dismissNotice);
  const policy = createPolicyBanner(messages, actions.dismissPolicyError);
  const expiring = createExpiringBanner(messages, actions);
  const error = createErrorPanel(messages, actions);
  const ssoPanel = createSsoLoginPanel(messages, actions.cancelSsoLogin, actions.useSsoCode);
  const settings = createSettingsDialog(messages, actions);
  const deepLink = createDeepLinkDialog(messages, actions);

  const chooser = h("section", { class: "card chooser-card", "aria-label": messages.attr("instances-card", "aria-label") }, instancePicker.el);
  const main = h(
    "main",
    { class: "layout" },
    h("div", { class: "column column-choose" }, chooser),
    h("div", { class: "column column-session" }, signInView.el, status.el, sessions.el),
  );
  const views: View[] = [
    startup,
    profilePicker,
    discovery,
    instancePicker,
    signInView,
    status,
    sessions,
    notice,
    policy,
    expiring,
    error,
    ssoPanel,
    settings,
    deepLink,
  ];
  const header = createHeader(messages, actions.openSettings);
  const banners = h("div", { class: "banners" }, policy.el, notice.el, expiring.el, error.el, ssoPanel.el);
  /** Everything behind a modal dialog: inert while one is open, so focus and clicks stay in the dialog. */
  const behind = [header, banners, startup.el, main];

  root.classList.add("app");
  root.replaceChildren(header, banners, startup.el, main, settings.el, deepLink.el);

  const setInert = (on: boolean): void => {
    for (const el of behind) {
      setAttr(el, "inert", on);
    }
  };
  return (state, previous) => {
    show(main, state.phase === "ready" && state.profiles.length > 0);
    const modal = state.settingsOpen || state.deepLink !== null;
    const wasModal = previous !== null && (previous.settingsOpen || previous.deepLink !== null);
    // Off before the dialog gives focus back, on after it took focus (focus inside an inert part would be dropped).
    if (wasModal && !modal) {
      setInert(false);
    }
    for (const view of views) {
      view.update(state, previous);
    }
    if (modal && !wasModal) {
      setInert(true);
    }
    if (previous && state.now !== previous.now) {
      refreshRelativeTimes(root, state.now, messages);
    }
  };
}
