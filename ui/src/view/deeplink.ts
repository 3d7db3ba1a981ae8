// Owns the deep link confirmation (#deep-link-dialog): names the profile and the instance a connect-sso:// link asks to
// sign in to, and whether that profile talks to a custom endpoint; nothing runs before Sign in, and a newer link waits
// behind the one shown, saying so.
import type { Actions } from "../actions";
import type { DeepLinkView } from "../bindings";
import { deepLinkQuestion } from "../format";
import { selectionLocked } from "../state";
import { h, setAttr, setText, show, spinner } from "./dom";
import { createModal } from "./modal";
import type { View } from "./types";

export function createDeepLinkDialog(actions: Pick<Actions, "confirmDeepLink" | "cancelDeepLink">): View {
  const question = h("p", { id: "deep-link-question", class: "deep-link-question" });
  const region = h("p", { class: "deep-link-region" });
  const unknown = h("p", { class: "deep-link-unknown profile-warning" });
  const endpointBadge = h("span", { class: "badge badge-warning badge-custom-endpoint" }, "custom endpoint");
  const endpoint = h(
    "p",
    { class: "deep-link-endpoint profile-warning", hidden: true },
    endpointBadge,
    " This profile sends AWS requests to a custom endpoint set in your AWS configuration. Only sign in if you set that up yourself.",
  );
  const queued = h(
    "p",
    { id: "deep-link-queued", class: "deep-link-queued", role: "status" },
    "",
  );
  const busy = spinner();
  const confirm = h("button", { id: "deep-link-confirm", type: "button", class: "btn btn-primary" }, busy, "Sign in");
  const cancel = h("button", { id: "deep-link-cancel", type: "button", class: "btn btn-secondary" }, "Cancel");
  const dialog = h(
    "section",
    {
      id: "deep-link-dialog",
      class: "modal card",
      role: "alertdialog",
      "aria-modal": "true",
      "aria-labelledby": "deep-link-title",
      "aria-describedby": "deep-link-question",
      tabindex: -1,
    },
    h("h2", { id: "deep-link-title", class: "modal-title" }, "Sign in from a link?"),
    question,
    region,
    endpoint,
    unknown,
    queued,
    h("p", { class: "deep-link-note" }, "A link asked Connect SSO to sign you in. Continue only if you expected it."),
    h("div", { class: "modal-actions" }, confirm, cancel),
  );
  const modal = createModal(dialog, () => actions.cancelDeepLink());
  confirm.addEventListener("click", () => actions.confirmDeepLink());
  cancel.addEventListener("click", () => actions.cancelDeepLink());
  let shown: DeepLinkView | null = null;

  return {
    el: modal.el,
    update(state) {
      const link = state.deepLink;
      const replaced = link !== null && shown !== null && link !== shown;
      if (link) {
        const profile = state.profiles.find((p) => p.name === link.profile);
        show(endpoint, profile?.customEndpoint === true);
      }
      if (link && link !== shown) {
        setText(question, deepLinkQuestion(link));
        setText(region, link.region ? `Region: ${link.region}` : "");
        show(region, link.region !== null);
        const known = state.profiles.some((p) => p.name === link.profile);
        setText(unknown, known ? "" : `There is no AWS profile named ${link.profile} on this computer: the sign-in will fail.`);
        show(unknown, !known);
      }
      shown = link;
      setText(queued, state.deepLinkNext ? "Another link arrived. It is shown when you answer this one." : "");
      // A sign-in already running finishes first; this one waits for it.
      const waiting = link !== null && selectionLocked(state);
      confirm.disabled = waiting || !state.deepLinkArmed;
      setAttr(confirm, "aria-busy", waiting ? "true" : "false");
      show(busy, waiting);
      // Cancel first: the link came from outside this window.
      modal.setOpen(link !== null, () => cancel);
      if (replaced) {
        // The next link took the answered one's place: read it out as a new dialog, and start again from Cancel.
        dialog.focus({ preventScroll: true });
        cancel.focus({ preventScroll: true });
      }
    },
  };
}
