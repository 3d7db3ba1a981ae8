// Owns the settings dialog: opening and closing it, saving one changed field at a time (a refused change is undone
// on screen), the settings as the backend announces them, the policy-file banner, and the window's size keys
// (Ctrl+= / Ctrl+- / Ctrl+0, Cmd on macOS: the backend zooms the whole page and remembers it).
import type { Actions } from "../actions";
import { toErrorView, windowError } from "../api";
import type { SettingsPatch, SettingsView } from "../bindings";
import type { Context } from "./context";

export type SettingsActions = Pick<
  Actions,
  | "openSettings"
  | "closeSettings"
  | "updateSettings"
  | "settingsInvalid"
  | "dismissPolicyError"
  | "setInstanceBrowser"
  | "chooseBrowser"
  | "openLogFolder"
  | "saveDiagnostics"
>;

export interface SettingsController {
  actions: SettingsActions;
  /** Asks which browsers this computer has (after start, off the start-up path; again when Settings opens). */
  loadBrowsers(): void;
}

/** The size after `key` (one of the steps the backend offers), or null when the key is not a size key. */
export function nextZoom(key: string, current: number, steps: readonly number[]): number | null {
  const index = steps.indexOf(current);
  switch (key) {
    case "=":
    case "+":
      return steps[index < 0 ? steps.findIndex((s) => s > current) : index + 1] ?? null;
    case "-":
      return index < 0 ? ([...steps].reverse().find((s) => s < current) ?? null) : (steps[index - 1] ?? null);
    case "0":
      return current === 100 ? null : 100;
    default:
      return null;
  }
}

export function createSettingsController(ctx: Context): SettingsController {
  const { api, get, update } = ctx;

  // The settings as saved, from this window or any other part of the app.
  ctx.listen<SettingsView>(
    (handler) => api.onSettingsChanged(handler),
    (settings) => update({ settings }),
  );

  const save = (patch: SettingsPatch): void => {
    update({ settingsError: null });
    api
      .updateSettings(patch)
      .then((settings) => update({ settings }))
      .catch((error: unknown) => {
        const settings = get().settings;
        // A new object: the dialog shows the saved values again (the refused change is undone).
        update({ settingsError: toErrorView(error), settings: settings ? { ...settings } : null });
      });
  };

  const loadBrowsers = (): void => {
    api.browsers().then(
      (browsers) => {
        if (!ctx.disposed()) {
          update({ browsers });
        }
      },
      // Without the list the pickers still show the saved choices; the error says why it is short.
      (error: unknown) => update({ settingsError: toErrorView(error) }),
    );
  };

  /** The size asked for last, until the backend has it: presses in quick succession step on from there. */
  let zoomTarget: number | null = null;
  ctx.onKey((event) => {
    const settings = get().settings;
    const modifier = navigator.platform.startsWith("Mac") ? event.metaKey : event.ctrlKey;
    if (!settings || !modifier || event.altKey || event.defaultPrevented) {
      return;
    }
    const next = nextZoom(event.key, zoomTarget ?? settings.zoomPercent, settings.zoomSteps);
    if (next !== null) {
      event.preventDefault();
      zoomTarget = next;
      api
        .updateSettings({ zoomPercent: next })
        .then((saved) => {
          if (zoomTarget === next) {
            zoomTarget = null;
          }
          update({ settings: saved });
        })
        .catch((error: unknown) => {
          zoomTarget = null;
          update({ settingsError: toErrorView(error) });
        });
    }
  });

  return {
    loadBrowsers,
    actions: {
      openSettings: () =>
        ctx.guard(() => {
          if (!get().settingsOpen && get().deepLink === null) {
            update({ settingsOpen: true, settingsError: null });
            loadBrowsers();
          }
        }),
      chooseBrowser: () =>
        ctx.guard(() => {
          const picker = ctx.root.querySelector<HTMLSelectElement>("#instance-browser");
          if (picker && !picker.disabled && picker.closest("[hidden]") === null) {
            picker.focus();
          } else if (get().deepLink === null) {
            update({ settingsOpen: true, settingsError: null });
            loadBrowsers();
          }
        }),
      setInstanceBrowser: (instanceId, choice) =>
        ctx.guard(() => {
          api.setInstanceBrowser(instanceId, choice).then(
            (settings) => update({ settings }),
            (error: unknown) => ctx.fail(error),
          );
        }),
      closeSettings: () => update({ settingsOpen: false, settingsError: null }),
      updateSettings: (patch) => ctx.guard(() => save(patch)),
      settingsInvalid: (text) => update({ settingsError: windowError("invalid_parameter", text) }),
      dismissPolicyError: () => update({ policyErrorDismissed: true }),
      openLogFolder: () =>
        ctx.guard(() => {
          update({ settingsError: null });
          api.openLogFolder().catch((error: unknown) => update({ settingsError: toErrorView(error) }));
        }),
      saveDiagnostics: () =>
        ctx.guard(() => {
          if (get().diagnostics?.kind === "saving") {
            return;
          }
          update({ settingsError: null, diagnostics: { kind: "saving" } });
          api.saveDiagnostics().then(
            (saved) => update({ diagnostics: saved ? { kind: "saved", path: saved.path, files: saved.files } : null }),
            (error: unknown) => update({ diagnostics: null, settingsError: toErrorView(error) }),
          );
        }),
    },
  };
}
