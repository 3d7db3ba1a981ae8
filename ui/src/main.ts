// Entry point: wires the real Tauri IPC into the app and mounts it on #app.
import "./styles.css";
import { createTauriApi } from "./api";
import { loadMessages, mountApp } from "./app";

const root = document.getElementById("app");
if (root) {
  const api = createTauriApi();
  void loadMessages(api).then((messages) => mountApp(root, api, messages));
}
