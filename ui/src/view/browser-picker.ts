// Owns the browser picker shared by Settings (the browser for all instances) and the sign-in card (the one instance's):
// one select of browsers and their profiles, browsers that are not installed shown as such, and a private-window box.
import type { BrowserChoiceView, BrowserView } from "../bindings";
import type { Messages } from "../l10n";
import { h, setAttr, show } from "./dom";

/** What the select's first option stands for: the system's browser (Settings) or "as for all" (an instance). */
export type PickerBase = { kind: "system" } | { kind: "inherit"; inherited: BrowserChoiceView };

export interface BrowserPicker {
  row: HTMLElement;
  select: HTMLSelectElement;
  managed: HTMLElement;
  /** Shows `value` (null: the base option) among `browsers`; read-only when `locked`. */
  update(browsers: readonly BrowserView[], value: BrowserChoiceView | null, base: PickerBase, locked: boolean): void;
}

const SEPARATOR = "\u0000";
const BASE = "";

function optionValue(browser: string, profile: string | null): string {
  return profile === null ? browser : `${browser}${SEPARATOR}${profile}`;
}

/** The name of a choice as the picker writes it: "Google Chrome — Work", or the system's browser. */
export function choiceName(messages: Messages, browsers: readonly BrowserView[], choice: BrowserChoiceView): string {
  if (choice.browser === "default") {
    return messages.t("browser-system-default");
  }
  const name = browsers.find((b) => b.id === choice.browser)?.name ?? choice.browser;
  return choice.profile === null ? name : messages.t("browser-with-profile", { browser: name, profile: choice.profile });
}

export function createBrowserPicker(
  messages: Messages,
  id: string,
  label: string,
  onChange: (choice: BrowserChoiceView | null) => void,
): BrowserPicker {
  const select = h("select", { id, class: "select" });
  const privateBox = h("input", { id: `${id}-private`, type: "checkbox", class: "checkbox" });
  const privateRow = h(
    "div",
    { class: "settings-check browser-private" },
    privateBox,
    h("label", { for: privateBox.id }, messages.t("browser-private")),
  );
  const managed = h("span", { id: `${id}-managed`, class: "managed-label", hidden: true }, messages.t("managed-title"));
  const row = h(
    "div",
    { class: "settings-row settings-field browser-picker" },
    h("label", { for: id, class: "field-label field-label-small" }, label),
    select,
    privateRow,
    managed,
  );
  let base: PickerBase = { kind: "system" };

  /** The choice the controls show now; null is the base option. */
  function current(): BrowserChoiceView | null {
    if (select.value === BASE) {
      return base.kind === "system" ? { browser: "default", profile: null, private: false } : null;
    }
    const [browser, profile] = select.value.split(SEPARATOR);
    return {
      browser: browser as BrowserChoiceView["browser"],
      profile: profile ?? null,
      private: privateBox.checked,
    };
  }
  select.addEventListener("change", () => {
    if (select.value === BASE) {
      privateBox.checked = false;
    }
    onChange(current());
  });
  privateBox.addEventListener("change", () => onChange(current()));

  return {
    row,
    select,
    managed,
    update(browsers, value, nextBase, locked) {
      base = nextBase;
      const baseName =
        nextBase.kind === "system"
          ? messages.t("browser-system-default")
          : messages.t("browser-same-as-all", { browser: choiceName(messages, browsers, nextBase.inherited) });
      const options = [h("option", { value: BASE }, baseName)];
      for (const browser of browsers) {
        const name = browser.installed ? browser.name : messages.t("browser-not-installed", { browser: browser.name });
        options.push(h("option", { value: optionValue(browser.id, null), disabled: !browser.installed }, name));
        for (const profile of browser.profiles) {
          options.push(
            h(
              "option",
              { value: optionValue(browser.id, profile.name), disabled: !browser.installed },
              messages.t("browser-with-profile", { browser: name, profile: profile.name }),
            ),
          );
        }
      }
      const wanted = value === null || value.browser === "default" ? BASE : optionValue(value.browser, value.profile);
      if (!options.some((o) => o.value === wanted)) {
        // Chosen, but gone from this computer (or the list is still loading): shown as it is, not replaced.
        const gone = value ? choiceName(messages, browsers, { ...value, private: false }) : baseName;
        options.push(h("option", { value: wanted }, messages.t("browser-not-installed", { browser: gone })));
      }
      const focused = document.activeElement === select;
      select.replaceChildren(...options);
      select.value = wanted;
      if (focused) {
        select.focus({ preventScroll: true });
      }
      privateBox.checked = value?.private ?? false;
      select.disabled = locked;
      privateBox.disabled = locked || wanted === BASE;
      // A private window belongs to a browser the app starts: offered once one is chosen.
      show(privateRow, wanted !== BASE);
      show(managed, locked);
      row.classList.toggle("is-managed", locked);
      setAttr(select, "aria-describedby", locked ? managed.id : null);
    },
  };
}
