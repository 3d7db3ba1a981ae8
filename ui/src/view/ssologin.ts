// Owns the IAM Identity Center sign-in panel (#sso-login-panel): the code to compare with the browser, how long it
// stays valid, the wait for approval, and Cancel (also Escape).
import type { SsoLoginView } from "../bindings";
import { codeValidity, toMillis } from "../format";
import type { Messages } from "../l10n";
import { h, setText, show, spinner } from "./dom";
import type { View } from "./types";

export function createSsoLoginPanel(messages: Messages, onCancel: () => void): View {
  const code = h("p", { id: "sso-user-code", class: "sso-user-code" });
  const validity = h("p", { class: "sso-login-validity" });
  const cancel = h("button", { id: "sso-login-cancel", type: "button", class: "btn btn-secondary" }, messages.t("button-cancel"));
  const el = h(
    "section",
    {
      id: "sso-login-panel",
      class: "card sso-login",
      role: "dialog",
      "aria-labelledby": "sso-login-title",
      "aria-describedby": "sso-login-intro sso-user-code",
      // Focus moves here when it opens, so the title, the instruction and the code are read out.
      tabindex: -1,
      hidden: true,
    },
    h(
      "div",
      { class: "sso-login-body" },
      h("h2", { id: "sso-login-title", class: "sso-login-title" }, messages.t("sso-login-title")),
      h("p", { id: "sso-login-intro", class: "sso-login-intro" }, messages.t("sso-login-intro")),
      h("p", { class: "sso-login-waiting" }, spinner(), messages.t("sso-login-waiting")),
    ),
    h("div", { class: "sso-login-code" }, code, validity),
    h("div", { class: "sso-login-actions" }, cancel),
  );
  let shown: SsoLoginView | null = null;

  cancel.addEventListener("click", () => onCancel());
  el.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    }
  });

  return {
    el,
    update(state) {
      const login = state.ssoLogin?.login ?? null;
      const opened = login !== null && shown === null;
      shown = login;
      show(el, login !== null);
      setText(code, login?.userCode ?? "");
      setText(validity, login ? codeValidity(messages, login.expiresAt, state.now) : "");
      validity.classList.toggle("is-expired", login !== null && toMillis(login.expiresAt) <= state.now);
      if (opened) {
        el.focus();
      }
    },
  };
}
