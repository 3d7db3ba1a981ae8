// The window in another language: every word on screen goes through the catalogue (the pseudo-locale transforms all
// of them, so an English word left on screen came from the code), and a language change redraws the window in it.
import { afterEach, describe, expect, it } from "vitest";
import { mountApp, type AppHandle } from "../src/app";
import type { ErrorView } from "../src/bindings";
import { messagesOf, pseudoTransform } from "../src/l10n";
import {
  $,
  attr,
  deepLink,
  errorView,
  NOW,
  plain,
  selectedIds,
  session,
  settingsView,
  settle,
  standardApi,
  text,
  unmount,
  type FakeApi,
} from "./helpers";

let handle: AppHandle | null = null;

afterEach(() => {
  handle?.dispose();
  handle = null;
  unmount();
});

/** Mounts the window in the pseudo-locale (what the backend hands over for "en-XA"). */
async function mountPseudo(api: FakeApi): Promise<void> {
  document.body.replaceChildren();
  const root = document.createElement("div");
  document.body.appendChild(root);
  api.language = "en-XA";
  handle = mountApp(root, api, messagesOf(await api.localization()), { now: () => NOW, deepLinkArmMs: 0 });
  await handle.ready;
  await settle();
}

/** Every text a person may read or hear: text nodes, and the attributes read out or shown as tooltips. */
function everythingShown(): string[] {
  const shown: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    shown.push(node.nodeValue ?? "");
  }
  for (const el of Array.from(document.body.querySelectorAll("*"))) {
    for (const name of ["aria-label", "aria-description", "title", "placeholder", "alt"]) {
      const value = el.getAttribute(name);
      if (value) {
        shown.push(value);
      }
    }
  }
  return shown.map(plain);
}

/** The fixture's data (names, IDs, regions, ARNs), which no language changes. */
const DATA = [
  /arn:\S+/g,
  /[0-9a-f]{8}-aaaa-bbbb-cccc-[0-9a-f]{12}/g,
  /\b[a-z]{2}(-[a-z]+)+-\d\b/g,
  /\b(dev-lab|support-uk|Sales-EMEA|dev|agents|alice)\b/g,
  /\/etc\/connect-sso\/policy\.json/g,
  // Each language in Settings is named in its own words, in every language.
  /English|Deutsch|Español|Français|Italiano|Português \(Brasil\)/g,
  // Browsers are brands, and their profiles are named by the person (the fake backend's: Person 1, Work).
  /Google Chrome|Microsoft Edge|Firefox|Person 1|Work/g,
];
/** What Intl writes for durations and dates (the pseudo-locale formats them as English, like the backend). */
const INTL = /\b(min|hr|days?|AM|PM|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g;

describe("the window in another language", () => {
  it("shows no English word that did not come through the catalogue", async () => {
    const api = standardApi();
    const stored = session("agents", api.instances["agents"]?.[1] ?? api.instances["dev"]![0]!);
    api.snapshot.sessions = [stored];
    api.sessions = [stored];
    await mountPseudo(api);
    $("#sign-in").click();
    await settle();
    $("#settings-button").click();
    await settle();
    api.fire("deep-link", deepLink("dev", "44444444-aaaa-bbbb-cccc-000000000004", { region: "us-east-1", label: "dev-lab" }));
    await settle();
    expect(text("#deep-link-question")).toBe(
      `${pseudoTransform("Sign in to ")}dev-lab (44444444-aaaa-bbbb-cccc-000000000004)${pseudoTransform(" with profile ")}dev?`,
    );

    const english = everythingShown()
      .map((shown) => DATA.reduce((rest, pattern) => rest.replace(pattern, ""), shown).replace(INTL, ""))
      .filter((rest) => /[A-Za-z]{2,}/.test(rest));
    expect(english).toEqual([]);
    // And the catalogue did reach the page.
    expect(text("#sign-in")).toBe(pseudoTransform("Sign in"));
    expect(attr($("#search"), "placeholder")).toBe(pseudoTransform("Name, ID, account, region or profile"));
  });

  it("is drawn again in the new language when Settings changes it, keeping what was chosen", async () => {
    const api = standardApi();
    await mountPseudo(api);
    const chosen = selectedIds();
    expect(text("#sign-in")).toBe(pseudoTransform("Sign in"));

    api.language = "en";
    api.fire("settings-changed", settingsView({ language: "en" }));
    await settle();
    expect(text("#sign-in")).toBe("Sign in");
    expect(text("#summary-profile")).toBe("agents");
    expect(selectedIds()).toEqual(chosen);
    expect(document.documentElement.lang).toBe("en");

    api.language = "en-XA";
    api.fire("settings-changed", settingsView({ language: "en-XA" }));
    await settle();
    expect(text("#sign-in")).toBe(pseudoTransform("Sign in"));
  });

  it("says the backend's errors in the window's language, wherever they are shown", async () => {
    // The backend's error carries its catalogue message (errors.ftl); the English words travel too, as a fallback.
    const unknownLanguage = (language: string): ErrorView => ({
      ...errorView("internal", "in the backend's words", "the backend's hint"),
      text: { id: "error-language-unknown", args: { language } },
    });
    const api = standardApi();
    api.regionErrors["agents"] = { "eu-west-2": unknownLanguage("xx") };
    api.settings = settingsView({ policy: { path: "/etc/connect-sso/policy.json", loaded: false, error: unknownLanguage("yy") } });
    await mountPseudo(api);
    api.fire("app-error", unknownLanguage("zz"));
    await settle();

    const said = (language: string): string =>
      `${pseudoTransform("Connect SSO does not speak “")}${language}${pseudoTransform("”.")}`;
    expect(text("#error .error-message")).toBe(said("zz"));
    expect(text("#error .error-hint")).toBe(pseudoTransform("Pick a language from the list in Settings."));
    expect(text(".discovery-region-error")).toBe(`eu-west-2: ${said("xx")}`);
    expect(attr($(".discovery-region-error"), "title")).toBe(pseudoTransform("Pick a language from the list in Settings."));
    expect(text("#policy-error .policy-error-message")).toContain(said("yy"));
    expect(document.body.textContent).not.toContain("the backend's");
  });

  it("is chosen in Settings, among the ten in their own words, and the window follows at once", async () => {
    const api = standardApi();
    handle = null;
    const { mount: mountEnglish } = await import("./helpers");
    await mountEnglish(api);
    $("#settings-button").click();
    await settle();
    const select = $("#setting-language") as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value)).toEqual(["", "en", "de", "es", "fr", "it", "ja", "ko", "pt-BR", "zh-CN", "zh-TW"]);
    expect(select.options[6]?.textContent).toBe("日本語");
    expect(select.options[6]?.getAttribute("lang")).toBe("ja");
    expect(select.value).toBe("");
    select.value = "de";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await settle(10);
    expect(api.callsOf("updateSettings")).toEqual([[{ language: "de" }]]);
    expect(document.documentElement.lang).toBe("de");
    expect(text("#sign-in")).toBe("Anmelden");
    expect(($("#setting-language") as HTMLSelectElement).value).toBe("de");
  });

  it("cannot be changed when the IT policy locks it", async () => {
    const api = standardApi();
    api.settings = settingsView({ language: "fr", locked: ["language"] });
    const { mount: mountEnglish } = await import("./helpers");
    await mountEnglish(api);
    $("#settings-button").click();
    await settle();
    const select = $("#setting-language") as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    expect(select.value).toBe("fr");
    expect(attr(select, "aria-describedby")).toBe("setting-language-managed");
  });
});
