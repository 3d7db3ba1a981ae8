// Owns the transport to the Rust backend: the generated commands and events (bindings.ts) over Tauri's IPC, with every
// rejection turned into an ErrorView; the only module that touches Tauri's API.
import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import { listen as tauriListen } from "@tauri-apps/api/event";
import {
  createCommands,
  createEvents,
  type Commands,
  type ErrorView,
  type Events,
  type InvokeFn,
  type ListenFn,
} from "./bindings";

export type { InvokeFn, ListenFn, Subscribe } from "./bindings";

/** Every command and event of the IPC contract. Commands reject with an {@link ErrorView}. */
export type Api = Commands & Events;

const INTERNAL_HINT = "Try again. If it keeps happening, restart Connect SSO.";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * Turns anything a rejected call can produce into an {@link ErrorView}. The backend's own errors already are one (the
 * contract types them); Tauri itself rejects with plain strings (a refused permission, a broken bridge).
 */
export function toErrorView(error: unknown): ErrorView {
  if (isRecord(error) && typeof error["code"] === "string" && typeof error["message"] === "string") {
    return { code: error["code"] as ErrorView["code"], message: error["message"], hint: typeof error["hint"] === "string" ? error["hint"] : "" };
  }
  let message = "Something went wrong.";
  if (typeof error === "string" && error.trim() !== "") {
    message = error;
  } else if (error instanceof Error && error.message !== "") {
    message = error.message;
  } else if (isRecord(error) && typeof error["message"] === "string" && error["message"] !== "") {
    message = error["message"];
  }
  return { code: "internal", message, hint: INTERNAL_HINT };
}

/** For transports without events: subscribing succeeds and nothing ever arrives. */
const noEvents: ListenFn = () => Promise.resolve(() => {});

/** The typed API over any transport. */
export function createApi(invoke: InvokeFn, listen: ListenFn = noEvents): Api {
  const call: InvokeFn = async (command, args) => {
    try {
      return await (args === undefined ? invoke(command) : invoke(command, args));
    } catch (error) {
      throw toErrorView(error);
    }
  };
  const subscribe: ListenFn = async (event, handler) => {
    try {
      return await listen(event, handler);
    } catch (error) {
      throw toErrorView(error);
    }
  };
  return { ...createCommands(call), ...createEvents(subscribe) };
}

/** The API wired to the real Tauri IPC. */
export function createTauriApi(): Api {
  return createApi(
    (command, args) => tauriInvoke(command, args),
    (event, handler) => tauriListen<unknown>(event, (e) => handler(e.payload)),
  );
}
