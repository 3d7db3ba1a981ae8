// Owns the settings dialog: opening and closing it, saving one changed field at a time (a refused change is undone
// on screen), the settings as the backend announces them, and the policy-file banner.
import type { Actions } from "../actions";
import { toErrorView, windowError } from "../api";
import type { SettingsView } from "../bindings";
import type { Context } from "./context";

export type SettingsActions = Pick<
  Actions,
  "openSettings" | "closeSettings" | "updateSettings" | "settingsInvalid" | "dismissPolicyError"
>;

export function createSettingsController(ctx: Context): { actions: SettingsActions } {
  const { api, get, update } = ctx;

  // The settings as saved, from this window or any other part of the app.
  ctx.listen<SettingsView>(
    (handler) => api.onSettingsChanged(handler),
    (settings) => update({ settings }),
  );

  return {
    actions: {
      openSettings: () =>
        ctx.guard(() => {
          if (!get().settingsOpen && get().deepLink === null) {
            update({ settingsOpen: true, settingsError: null });
          }
        }),
      closeSettings: () => update({ settingsOpen: false, settingsError: null }),
      updateSettings: (patch) =>
        ctx.guard(() => {
          update({ settingsError: null });
          api
            .updateSettings(patch)
            .then((settings) => update({ settings }))
            .catch((error: unknown) => {
              const settings = get().settings;
              // A new object: the dialog shows the saved values again (the refused change is undone).
              update({ settingsError: toErrorView(error), settings: settings ? { ...settings } : null });
            });
        }),
      settingsInvalid: (text) => update({ settingsError: windowError("invalid_parameter", text) }),
      dismissPolicyError: () => update({ policyErrorDismissed: true }),
    },
  };
}
