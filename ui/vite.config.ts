// Vite + Vitest configuration for the Connect SSO web UI (build output goes to ui/dist for Tauri).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const uiRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root: uiRoot,
  // Nothing from the environment reaches the bundle unless it is deliberately
  // prefixed: TAURI_*, AWS_* and friends stay out.
  envPrefix: ["CONNECT_SSO_UI_"],
  // Relative asset URLs work both from tauri://localhost and a file server.
  base: "./",
  publicDir: false,
  clearScreen: false,
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    // WebKitGTK (Linux) / WKWebView (macOS) baseline.
    target: ["safari15", "es2021"],
    cssTarget: ["safari15"],
    // CSP forbids inline scripts/styles and data: fonts: emit everything as files.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    strictPort: true,
    port: 1420,
  },
  test: {
    dir: repoRoot,
    root: repoRoot,
    environment: "happy-dom",
    include: ["ui/tests/**/*.test.ts"],
    restoreMocks: true,
  },
});
