// Owns the settings dialog (#settings-dialog): each field saves on its own, policy-managed fields are read-only and say
// so, and refused or invalid changes are explained inside the dialog.
import type { Actions } from "../actions";
import type { SettingsPatch, SettingsView } from "../bindings";
import { entryLabel, matchesChoice } from "../catalog";
import { parseRegions } from "../format";
import type { Messages } from "../l10n";
import { entries, type State } from "../state";
import { createBrowserPicker } from "./browser-picker";
import { createHelpSection } from "./help";
import { createInstanceBrowsers } from "./instance-browsers";
import { h, setAttr, setText, show } from "./dom";
import { createModal } from "./modal";
import type { View } from "./types";

type SettingsActions = Pick<
  Actions,
  "closeSettings" | "updateSettings" | "settingsInvalid" | "setInstanceBrowser" | "openLogFolder" | "saveDiagnostics"
>;

type BooleanField = "closeToTray" | "startAtLogin" | "signInAtLaunch" | "notificationsEnabled";

const MIN_LEAD = 1;
const MAX_LEAD = 120;

interface FieldParts {
  row: HTMLElement;
  managed: HTMLElement;
}

function managedLabel(messages: Messages, field: string, id: string): HTMLElement {
  const attrs = { id: `${id}-managed`, class: "managed-label", "data-field": field, hidden: true };
  return h("span", attrs, messages.t("managed-title"));
}

/** Marks a field read-only because the policy manages it. */
function setManaged(input: HTMLInputElement, parts: FieldParts, id: string, hint: string | null, locked: boolean): void {
  input.disabled = locked || input.disabled;
  show(parts.managed, locked);
  parts.row.classList.toggle("is-managed", locked);
  setAttr(input, "aria-describedby", [locked ? `${id}-managed` : null, hint].filter(Boolean).join(" ") || null);
}

type Checkboxes = Map<BooleanField, { input: HTMLInputElement; parts: FieldParts; id: string; hint: string | null }>;

/** A checkbox that saves on change, with its managed label; registered in `checkboxes` for updates. */
function checkboxRow(
  messages: Messages,
  actions: SettingsActions,
  checkboxes: Checkboxes,
  field: BooleanField,
  id: string,
  label: string,
  hint: HTMLElement | null,
): HTMLElement {
  const input = h("input", { id, type: "checkbox", class: "checkbox" });
  const managed = managedLabel(messages, field, id);
  const row = h(
    "div",
    { class: "settings-row settings-check" },
    input,
    h("div", { class: "settings-label" }, h("label", { for: id }, label), hint, managed),
  );
  checkboxes.set(field, { input, parts: { row, managed }, id, hint: hint?.id ?? null });
  input.addEventListener("change", () => {
    const patch: SettingsPatch = {};
    patch[field] = input.checked;
    actions.updateSettings(patch);
  });
  return row;
}

/** A labelled text or number field with its managed label (and hint), in one settings row. */
interface TextField {
  input: HTMLInputElement;
  parts: FieldParts;
}

function leadField(messages: Messages): TextField {
  const input = h("input", {
    id: "setting-notification-lead-minutes",
    type: "number",
    class: "input input-number",
    min: MIN_LEAD,
    max: MAX_LEAD,
    step: 1,
    inputmode: "numeric",
  });
  const managed = managedLabel(messages, "notificationLeadMinutes", "setting-notification-lead-minutes");
  const row = h(
    "div",
    { class: "settings-row settings-field" },
    h(
      "label",
      { for: "setting-notification-lead-minutes", class: "field-label field-label-small" },
      messages.t("settings-lead-minutes"),
    ),
    h("div", { class: "settings-inline" }, input, managed),
  );
  return { input, parts: { row, managed } };
}

function extraRegionsField(messages: Messages, hint: HTMLElement): TextField {
  const input = h("input", {
    id: "setting-extra-regions",
    type: "text",
    class: "input",
    placeholder: messages.attr("settings-extra-regions", "placeholder"),
    autocomplete: "off",
    spellcheck: "false",
  });
  const managed = managedLabel(messages, "extraRegions", "setting-extra-regions");
  const row = h(
    "div",
    { class: "settings-row settings-field" },
    h("label", { for: "setting-extra-regions", class: "field-label field-label-small" }, messages.t("settings-extra-regions")),
    input,
    hint,
    managed,
  );
  return { input, parts: { row, managed } };
}

/** The language select: the system's, or one of the languages in its own words (read out in that language). */
function languageField(messages: Messages): { select: HTMLSelectElement; parts: FieldParts } {
  const select = h(
    "select",
    { id: "setting-language", class: "select" },
    h("option", { value: "" }, messages.t("settings-language-system")),
    ...messages.languages.map((language) => h("option", { value: language.tag, lang: language.tag }, language.name)),
  );
  const managed = managedLabel(messages, "language", "setting-language");
  const row = h(
    "div",
    { class: "settings-row settings-field" },
    h("label", { for: "setting-language", class: "field-label field-label-small" }, messages.t("settings-language")),
    select,
    managed,
  );
  return { select, parts: { row, managed } };
}

/** The window's size, in percent as the language writes it; the keys change it anywhere. */
function zoomField(messages: Messages): { select: HTMLSelectElement; parts: FieldParts } {
  const select = h("select", { id: "setting-zoom", class: "select", "aria-describedby": "setting-zoom-hint" });
  const managed = managedLabel(messages, "zoomPercent", "setting-zoom");
  const row = h(
    "div",
    { class: "settings-row settings-field" },
    h("label", { for: "setting-zoom", class: "field-label field-label-small" }, messages.t("settings-zoom")),
    select,
    h("span", { id: "setting-zoom-hint", class: "settings-hint" }, messages.t("settings-zoom-hint")),
    managed,
  );
  return { select, parts: { row, managed } };
}

function shortcutField(messages: Messages): TextField {
  const input = h("input", { id: "setting-global-shortcut", type: "text", class: "input", readonly: true });
  const managed = managedLabel(messages, "globalShortcut", "setting-global-shortcut");
  const row = h(
    "div",
    { class: "settings-row settings-field" },
    h("label", { for: "setting-global-shortcut", class: "field-label field-label-small" }, messages.t("settings-shortcut")),
    input,
    managed,
  );
  return { input, parts: { row, managed } };
}

export function createSettingsDialog(messages: Messages, actions: SettingsActions): View {
  const error = h("div", { id: "settings-error", class: "settings-error", role: "alert", hidden: true });
  const errorMessage = h("p", { class: "settings-error-message" });
  const errorHint = h("p", { class: "settings-error-hint" });
  error.append(errorMessage, errorHint);

  const checkboxes: Checkboxes = new Map();
  const checkbox = (field: BooleanField, id: string, label: string, hint: HTMLElement | null): HTMLElement =>
    checkboxRow(messages, actions, checkboxes, field, id, label, hint);

  const defaultHint = h("span", { id: "setting-sign-in-at-launch-hint", class: "settings-hint" });
  const trayHint = h(
    "span",
    { id: "setting-close-to-tray-hint", class: "settings-hint" },
    messages.t("settings-close-to-tray-hint"),
  );
  const extraHint = h(
    "span",
    { id: "setting-extra-regions-hint", class: "settings-hint" },
    messages.t("settings-extra-regions-hint"),
  );
  const { input: lead, parts: leadParts } = leadField(messages);
  const { input: extra, parts: extraParts } = extraRegionsField(messages, extraHint);
  const { input: shortcut, parts: shortcutParts } = shortcutField(messages);
  const { select: language, parts: languageParts } = languageField(messages);
  const { select: zoom, parts: zoomParts } = zoomField(messages);
  const percent = new Intl.NumberFormat(messages.language, { style: "percent" });
  const browser = createBrowserPicker(messages, "setting-browser", messages.t("settings-browser"), (choice) => {
    if (choice) {
      actions.updateSettings({ browser: choice });
    }
  });
  const browserHint = h("span", { id: "setting-browser-hint", class: "settings-hint" }, messages.t("settings-browser-hint"));
  browser.row.insertBefore(browserHint, browser.managed);
  const instanceBrowsers = createInstanceBrowsers(messages, actions, () => browser.select);
  const help = createHelpSection(messages, actions);

  const regions = h("p", { id: "setting-regions", class: "settings-regions", "aria-labelledby": "setting-regions-label" });
  const policyNote = h("p", { class: "settings-policy", hidden: true });

  const close = h("button", { id: "settings-close", type: "button", class: "btn btn-secondary" }, messages.t("button-close"));
  const dialog = h(
    "section",
    {
      id: "settings-dialog",
      class: "modal card",
      role: "dialog",
      "aria-modal": "true",
      "aria-labelledby": "settings-title",
      tabindex: -1,
    },
    h("h2", { id: "settings-title", class: "modal-title" }, messages.t("settings-title")),
    error,
    h(
      "div",
      { class: "settings-body" },
      languageParts.row,
      zoomParts.row,
      browser.row,
      instanceBrowsers.el,
      checkbox("closeToTray", "setting-close-to-tray", messages.t("settings-close-to-tray"), trayHint),
      checkbox("startAtLogin", "setting-start-at-login", messages.t("settings-start-at-login"), null),
      checkbox("signInAtLaunch", "setting-sign-in-at-launch", messages.t("settings-sign-in-at-launch"), defaultHint),
      checkbox("notificationsEnabled", "setting-notifications-enabled", messages.t("settings-notifications"), null),
      leadParts.row,
      extraParts.row,
      shortcutParts.row,
      h(
        "div",
        { class: "settings-row settings-field" },
        h("span", { id: "setting-regions-label", class: "field-label field-label-small" }, messages.t("settings-regions")),
        regions,
      ),
      policyNote,
      help.el,
    ),
    h("div", { class: "modal-actions" }, close),
  );
  const modal = createModal(dialog, () => actions.closeSettings());
  close.addEventListener("click", () => actions.closeSettings());

  zoom.addEventListener("change", () => {
    const value = Number(zoom.value);
    if (value !== shown?.zoomPercent) {
      actions.updateSettings({ zoomPercent: value });
    }
  });
  language.addEventListener("change", () => {
    if (language.value !== (shown?.language ?? "")) {
      actions.updateSettings({ language: language.value });
    }
  });
  lead.addEventListener("change", () => {
    const value = Number(lead.value);
    if (!Number.isInteger(value) || value < MIN_LEAD || value > MAX_LEAD) {
      actions.settingsInvalid({ id: "settings-lead-invalid", args: { min: MIN_LEAD, max: MAX_LEAD } });
      return;
    }
    if (value !== shown?.notificationLeadMinutes) {
      actions.updateSettings({ notificationLeadMinutes: value });
    }
  });
  extra.addEventListener("change", () => {
    const { regions: list, invalid } = parseRegions(extra.value);
    if (invalid.length > 0) {
      // Listed the way the field reads them: separated by commas.
      actions.settingsInvalid({ id: "settings-regions-invalid", args: { count: invalid.length, list: invalid.join(", ") } });
      return;
    }
    if (list.join(",") !== shown?.extraRegions.join(",")) {
      actions.updateSettings({ extraRegions: list });
    }
  });

  let shown: SettingsView | null = null;
  /** Last values written into the text fields: a field being typed in is only overwritten when the saved value moved. */
  let written = { lead: "", extra: "" };

  function writeText(input: HTMLInputElement, value: string, last: string): void {
    if (document.activeElement !== input || value !== last) {
      input.value = value;
    }
  }

  function render(settings: SettingsView, state: State): void {
    const locked = new Set(settings.locked);
    for (const [field, { input, parts, id, hint }] of checkboxes) {
      input.checked = settings[field];
      input.disabled = false;
      setManaged(input, parts, id, hint, locked.has(field));
    }
    const leadValue = String(settings.notificationLeadMinutes);
    writeText(lead, leadValue, written.lead);
    // No reminders, no lead time to choose.
    lead.disabled = !settings.notificationsEnabled;
    setManaged(lead, leadParts, lead.id, null, locked.has("notificationLeadMinutes"));
    const extraValue = settings.extraRegions.join(", ");
    writeText(extra, extraValue, written.extra);
    extra.disabled = false;
    setManaged(extra, extraParts, extra.id, extraHint.id, locked.has("extraRegions"));
    written = { lead: leadValue, extra: extraValue };

    if (zoom.options.length !== settings.zoomSteps.length) {
      zoom.replaceChildren(
        ...settings.zoomSteps.map((step) => h("option", { value: String(step) }, percent.format(step / 100))),
      );
    }
    zoom.value = String(settings.zoomPercent);
    language.value = settings.language ?? "";
    language.disabled = locked.has("language");
    show(languageParts.managed, locked.has("language"));
    languageParts.row.classList.toggle("is-managed", locked.has("language"));
    setAttr(language, "aria-describedby", locked.has("language") ? "setting-language-managed" : null);

    shortcut.value = settings.globalShortcut || messages.t("settings-shortcut-none");
    setManaged(shortcut, shortcutParts, shortcut.id, null, locked.has("globalShortcut"));
    // Read-only either way; disabled would hide it from the tab order and make it hard to read.
    shortcut.disabled = false;
    setText(regions, settings.regions.length > 0 ? settings.regions.join(", ") : "—");
    browser.update(state.browsers, settings.browser, { kind: "system" }, locked.has("browser"));
    instanceBrowsers.update(state);
    if (!locked.has("browser")) {
      setAttr(browser.select, "aria-describedby", browserHint.id);
    }

    const path = settings.policy.path;
    show(policyNote, settings.policy.loaded && settings.locked.length > 0);
    let note = "";
    if (settings.policy.loaded) {
      note = path ? messages.t("settings-policy-note-path", { path }) : messages.t("settings-policy-note");
    }
    setText(policyNote, note);
    renderDefault(state);
  }

  function renderDefault(state: State): void {
    const choice = state.catalog.defaultInstance;
    const entry = choice ? (entries(state).find((e) => matchesChoice(e, choice)) ?? null) : null;
    setText(
      defaultHint,
      choice === null
        ? messages.t("settings-default-none")
        : messages.t("settings-default", { instance: entry ? entryLabel(entry) : choice.instance, profile: choice.profile }),
    );
  }

  const el = modal.el;
  return {
    el,
    update(state, previous) {
      const settings = state.settings;
      if (
        settings &&
        (settings !== shown || !previous || state.catalog !== previous.catalog || state.browsers !== previous.browsers)
      ) {
        shown = settings;
        render(settings, state);
      }
      if (!previous || state.settingsError !== previous.settingsError) {
        const failure = state.settingsError;
        show(error, failure !== null);
        const words = failure ? messages.error(failure) : { message: "", hint: "" };
        setText(errorMessage, words.message);
        setText(errorHint, words.hint);
        show(errorHint, words.hint !== "");
      }
      if (!previous || state.diagnostics !== previous.diagnostics) {
        help.update(state);
      }
      modal.setOpen(state.settingsOpen, () => {
        const first = Array.from(dialog.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")).find(
          (i) => !i.disabled,
        );
        return first ?? close;
      });
    },
  };
}
