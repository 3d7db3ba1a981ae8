// Owns the discovery status (#discovery-status): how many instances in how many regions and how old that is, Refresh,
// and the failures of whole profiles and of single regions, compactly, without hiding the regions that worked.
import { discoverySummary, type DiscoverySummary } from "../catalog";
import { formatAge, instancesInRegions, toMillis } from "../format";
import { discoveringScope, type State } from "../state";
import { h, setAttr, setChildren, setText, show, spinner } from "./dom";
import type { View } from "./types";

function errorItems(summary: DiscoverySummary, scope: string | null): HTMLElement[] {
  const several = scope === null && new Set(summary.regionErrors.map((e) => e.profile)).size > 1;
  return [
    ...summary.profileErrors.map(({ profile, error }) =>
      h(
        "li",
        { class: "discovery-profile-error", "data-profile": profile },
        scope === null ? `${profile}: ${error.message}` : error.message,
        error.hint && h("span", { class: "discovery-hint" }, ` ${error.hint}`),
      ),
    ),
    ...summary.regionErrors.map(({ profile, region, error }) =>
      h(
        "li",
        { class: "discovery-region-error", "data-profile": profile, "data-region": region, title: error.hint || null },
        several ? `${profile} · ${region}: ${error.message}` : `${region}: ${error.message}`,
      ),
    ),
  ];
}

/** The status line, and the Refresh button (placed by the caller, next to the profile picker). */
export function createDiscoveryStatus(onRefresh: () => void): View & { refresh: HTMLButtonElement } {
  const summaryText = h("span", {});
  const summary = h("p", { class: "discovery-summary", role: "status" }, summaryText);
  // Outside the live region: it changes every minute and is not worth announcing.
  const age = h("span", { class: "discovery-age" });
  const busy = spinner();
  const label = h("span", {}, "Refresh");
  const refresh = h(
    "button",
    {
      id: "refresh-instances",
      type: "button",
      class: "btn btn-small btn-ghost",
      title: "Look for instances again in every region",
    },
    busy,
    label,
  );
  const errors = h("ul", { class: "discovery-errors", "aria-label": "Discovery problems" });
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
      let text = never && !running ? "Instances not looked up yet" : instancesInRegions(s.count, s.regions);
      if (running) {
        text = never && s.count === 0 ? "Looking for instances…" : `${text} · refreshing…`;
      }
      setText(summaryText, text);
      setText(age, never ? "" : ` · updated ${formatAge(toMillis(s.fetchedAt ?? 0), state.now)}`);
      show(age, !never);

      refresh.disabled = running || state.profiles.length === 0;
      setAttr(refresh, "aria-busy", running ? "true" : "false");
      show(busy, running);
      setText(label, running ? "Refreshing…" : "Refresh");

      if (!renderedFrom || renderedFrom.catalog !== state.catalog || renderedFrom.scope !== state.scope) {
        renderedFrom = { catalog: state.catalog, scope: state.scope };
        const items = errorItems(s, state.scope);
        setChildren(errors, ...items);
        show(errors, items.length > 0);
      }
    },
  };
}
