// Entry point: wires the real Tauri IPC into the app and mounts it on #app.
import "./styles.css";
import { createTauriApi } from "./api";
import { loadMessages, mountApp } from "./app";

const root = document.getElementById("app");
if (root) {
  const api = createTauriApi();
  // The catalogue and the start-up snapshot are asked for together; the window draws once the catalogue is here.
  mountApp(root, api, loadMessages(api));
}
