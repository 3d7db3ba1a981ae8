// Owns the transport to the Rust backend: the generated commands and events (bindings.ts) over Tauri's IPC, with every
// rejection turned into an ErrorView; the only module that touches Tauri's API.
import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import { listen as tauriListen } from "@tauri-apps/api/event";
import {
  createCommands,
  createEvents,
  type Commands,
  type ErrorCode,
  type ErrorView,
  type Events,
  type InvokeFn,
  type ListenFn,
  type Text,
} from "./bindings";

export type { InvokeFn, ListenFn, Subscribe } from "./bindings";

/** Every command and event of the IPC contract. Commands reject with an {@link ErrorView}. */
export type Api = Commands & Events;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isText(value: unknown): value is Text {
  return isRecord(value) && typeof value["id"] === "string" && isRecord(value["args"]);
}

/**
 * An error the window words itself: `text` names a message of `window.ftl` (its `.hint` is the hint), rendered in the
 * window's language where the error is shown. `message` keeps the message ID for logs.
 */
export function windowError(code: ErrorCode, text: Text): ErrorView {
  return { code, message: text.id, hint: "", text };
}

/**
 * Turns anything a rejected call can produce into an {@link ErrorView}. The backend's own errors already are one (the
 * contract types them; their `text` says them in the window's language); Tauri itself rejects with plain strings (a
 * refused permission, a broken bridge): those are shown as they are, with the window's own hint.
 */
export function toErrorView(error: unknown): ErrorView {
  if (isRecord(error) && typeof error["code"] === "string" && typeof error["message"] === "string") {
    const view: ErrorView = {
      code: error["code"] as ErrorCode,
      message: error["message"],
      hint: typeof error["hint"] === "string" ? error["hint"] : "",
    };
    if (isText(error["text"])) {
      view.text = error["text"];
    }
    return view;
  }
  let detail = "";
  if (typeof error === "string" && error.trim() !== "") {
    detail = error;
  } else if (error instanceof Error && error.message !== "") {
    detail = error.message;
  } else if (isRecord(error) && typeof error["message"] === "string" && error["message"] !== "") {
    detail = error["message"];
  }
  if (detail === "") {
    return windowError("internal", { id: "window-error-unknown", args: {} });
  }
  return { ...windowError("internal", { id: "window-error-internal", args: { detail } }), message: detail };
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
