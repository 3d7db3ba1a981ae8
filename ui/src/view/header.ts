// Owns the window header: app mark, name and subtitle.
import iconUrl from "../assets/icon.svg";
import { h } from "./dom";

export function createHeader(): HTMLElement {
  return h(
    "header",
    { class: "app-header" },
    h("img", { class: "app-mark", src: iconUrl, alt: "", width: 36, height: 36 }),
    h(
      "div",
      { class: "app-titles" },
      h("h1", { class: "app-name" }, "Connect SSO"),
      h("p", { class: "app-subtitle" }, "One-click sign-in to Amazon Connect"),
    ),
  );
}
