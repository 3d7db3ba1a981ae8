// Owns the deep link confirmation (#deep-link-dialog): names the profile and the instance a connect-sso:// link asks to
// sign in to, and whether that profile talks to a custom endpoint; nothing runs before Sign in, and a newer link waits
// behind the one shown, saying so.
import type { Actions } from "../actions";
import type { DeepLinkView } from "../bindings";
import { deepLinkQuestion } from "../format";
import type { Messages } from "../l10n";
import { selectionLocked } from "../state";
import { h, setAttr, setText, show, spinner } from "./dom";
import { createModal } from "./modal";
import type { View } from "./types";

export function createDeepLinkDialog(messages: Messages, actions: Pick<Actions, "confirmDeepLink" | "cancelDeepLink">): View {
  const question = h("p", { id: "deep-link-question", class: "deep-link-question" });
  const region = h("p", { class: "deep-link-region" });
  const unknown = h("p", { class: "deep-link-unknown profile-warning" });
  const endpointBadge = h("span", { class: "badge badge-warning badge-custom-endpoint" }, messages.t("badge-custom-endpoint"));
  const endpoint = h(
    "p",
    { class: "deep-link-endpoint profile-warning", hidden: true },
    endpointBadge,
    " ",
    messages.t("custom-endpoint-warning"),
  );
  const queued = h(
    "p",
    { id: "deep-link-queued", class: "deep-link-queued", role: "status" },
    "",
  );
  const busy = spinner();
  const confirm = h(
    "button",
    { id: "deep-link-confirm", type: "button", class: "btn btn-primary" },
    busy,
    messages.t("sign-in-button"),
  );
  const cancel = h(
    "button",
    { id: "deep-link-cancel", type: "button", class: "btn btn-secondary" },
    messages.t("button-cancel"),
  );
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
    h("h2", { id: "deep-link-title", class: "modal-title" }, messages.t("deep-link-title")),
    question,
    region,
    endpoint,
    unknown,
    queued,
    h("p", { class: "deep-link-note" }, messages.t("deep-link-note")),
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
        setText(question, deepLinkQuestion(messages, link));
        setText(region, link.region ? messages.t("deep-link-region", { region: link.region }) : "");
        show(region, link.region !== null);
        const known = state.profiles.some((p) => p.name === link.profile);
        setText(unknown, known ? "" : messages.t("deep-link-unknown-profile", { profile: link.profile }));
        show(unknown, !known);
      }
      shown = link;
      setText(queued, state.deepLinkNext ? messages.t("deep-link-queued") : "");
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
