// Owns the discovery status (#discovery-status): how many instances in how many regions and how old that is, Refresh,
// and the failures of whole profiles and of single regions, compactly, without hiding the regions that worked.
import { discoverySummary, type DiscoverySummary } from "../catalog";
import { toMillis, updatedAgo } from "../format";
import type { Messages } from "../l10n";
import { discoveringScope, type State } from "../state";
import { h, reachableWhenScrolling, setAttr, setChildren, setText, show, spinner } from "./dom";
import type { View } from "./types";

function errorItems(
  messages: Messages,
  summary: DiscoverySummary,
  scope: string | null,
  onSsoLogin: (profile: string) => void,
): HTMLElement[] {
  const several = scope === null && new Set(summary.regionErrors.map((e) => e.profile)).size > 1;
  return [
    ...summary.profileErrors.map(({ profile, error }) => {
      const { message, hint } = messages.error(error);
      // An expired IAM Identity Center sign-in is fixed here, not in a terminal.
      const signIn =
        error.code === "sso_expired" &&
        h(
          "button",
          { type: "button", class: "btn btn-small btn-secondary discovery-sso-login", "data-profile": profile },
          messages.t("sso-login-title"),
        );
      if (signIn) {
        signIn.addEventListener("click", () => onSsoLogin(profile));
      }
      return h(
        "li",
        { class: "discovery-profile-error", "data-profile": profile },
        scope === null ? messages.t("discovery-profile-error", { profile, message }) : message,
        hint && h("span", { class: "discovery-hint" }, ` ${hint}`),
        signIn && h("span", { class: "discovery-actions" }, signIn),
      );
    }),
    ...summary.regionErrors.map(({ profile, region, error }) => {
      const { message, hint } = messages.error(error);
      return h(
        "li",
        { class: "discovery-region-error", "data-profile": profile, "data-region": region, title: hint || null },
        several
          ? messages.t("discovery-profile-region-error", { profile, region, message })
          : messages.t("discovery-region-error", { region, message }),
      );
    }),
  ];
}

/** The status line, and the Refresh button (placed by the caller, next to the profile picker). */
export function createDiscoveryStatus(
  messages: Messages,
  onRefresh: () => void,
  onSsoLogin: (profile: string) => void,
): View & { refresh: HTMLButtonElement } {
  const summaryText = h("span", {});
  const summary = h("p", { class: "discovery-summary", role: "status" }, summaryText);
  // Outside the live region: it changes every minute and is not worth announcing.
  const age = h("span", { class: "discovery-age" });
  const busy = spinner();
  const label = h("span", {}, messages.t("discovery-refresh"));
  const refresh = h(
    "button",
    {
      id: "refresh-instances",
      type: "button",
      class: "btn btn-small btn-ghost",
      title: messages.attr("discovery-refresh", "title"),
    },
    busy,
    label,
  );
  // It scrolls when many regions failed: a keyboard must reach it too.
  const errors = reachableWhenScrolling(
    h("ul", { class: "discovery-errors", "aria-label": messages.attr("discovery-errors", "aria-label") }),
  );
  const el = h(
    "div",
    { id: "discovery-status", class: "discovery" },
    h("div", { class: "discovery-line" }, h("div", { class: "discovery-text" }, summary, age)),
    errors,
  );
  refresh.addEventListener("click", () => onRefresh());

  let renderedFrom: { catalog: State["catalog"]; scope: string | null } | null = null;

  return {
    el,
    refresh,
    update(state) {
      const s = discoverySummary(state.catalog, state.scope);
      const running = discoveringScope(state) || s.refreshing;
      const never = s.fetchedAt === null;
      const summaryLine = messages.t("discovery-summary", { count: s.count, regions: s.regions });
      let text = never && !running ? messages.t("discovery-never") : summaryLine;
      if (running) {
        text =
          never && s.count === 0
            ? messages.t("discovery-looking")
            : messages.t("discovery-summary-refreshing", { summary: summaryLine });
      }
      setText(summaryText, text);
      // The space keeps it apart from the summary (a separate element, outside the live region).
      setText(age, never ? "" : ` ${updatedAgo(messages, toMillis(s.fetchedAt ?? 0), state.now)}`);
      show(age, !never);

      refresh.disabled = running || state.profiles.length === 0;
      setAttr(refresh, "aria-busy", running ? "true" : "false");
      show(busy, running);
      setText(label, running ? messages.t("discovery-refreshing") : messages.t("discovery-refresh"));

      if (!renderedFrom || renderedFrom.catalog !== state.catalog || renderedFrom.scope !== state.scope) {
        renderedFrom = { catalog: state.catalog, scope: state.scope };
        const items = errorItems(messages, s, state.scope, onSsoLogin);
        setChildren(errors, ...items);
        show(errors, items.length > 0);
      }
    },
  };
}
