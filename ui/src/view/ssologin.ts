// Owns the IAM Identity Center sign-in panel (#sso-login-panel): in the browser flow the request to approve there and
// "Use a code instead"; in the device flow the code to compare with the browser and how long it stays valid; the wait
// for approval, and Cancel (also Escape).
import type { SsoLoginView } from "../bindings";
import { codeValidity, toMillis } from "../format";
import type { Messages } from "../l10n";
import { h, setAttr, setText, show, spinner } from "./dom";
import type { View } from "./types";

export function createSsoLoginPanel(messages: Messages, onCancel: () => void, onUseCode: () => void): View {
  const code = h("p", { id: "sso-user-code", class: "sso-user-code" });
  const validity = h("p", { class: "sso-login-validity" });
  const codeBox = h("div", { class: "sso-login-code" }, code, validity);
  const intro = h("p", { id: "sso-login-intro", class: "sso-login-intro" });
  const cancel = h("button", { id: "sso-login-cancel", type: "button", class: "btn btn-secondary" }, messages.t("button-cancel"));
  // A real button styled as a link: it acts (cancels and restarts), it does not navigate.
  const useCode = h(
    "button",
    { id: "sso-login-use-code", type: "button", class: "btn btn-link" },
    messages.t("sso-login-use-code"),
  );
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
      intro,
      h("p", { class: "sso-login-waiting" }, spinner(), messages.t("sso-login-waiting")),
    ),
    codeBox,
    h("div", { class: "sso-login-actions" }, cancel, useCode),
  );
  let shown: SsoLoginView | null = null;

  cancel.addEventListener("click", () => onCancel());
  useCode.addEventListener("click", () => onUseCode());
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
      // The browser flow has no code: nothing to compare, nothing that runs out on screen.
      const device = login !== null && login.flow === "deviceCode";
      setText(intro, device ? messages.t("sso-login-intro") : messages.t("sso-login-browser-intro"));
      show(codeBox, device);
      show(useCode, login !== null && !device);
      setAttr(el, "aria-describedby", device ? "sso-login-intro sso-user-code" : "sso-login-intro");
      setText(code, device ? login.userCode : "");
      setText(validity, device ? codeValidity(messages, login.expiresAt, state.now) : "");
      validity.classList.toggle("is-expired", device && toMillis(login.expiresAt) <= state.now);
      if (opened) {
        el.focus();
      }
    },
  };
}
