// The page the app shows once started, as a static copy for bench/web-memory.sh: the DOM after the first discovery
// (serialized by WebKit itself over WebDriver), with its scripts removed and its stylesheet kept.
// Usage: node bench/capture-dom.mjs DRIVER_URL APP OUT_HTML
import { writeFileSync } from "node:fs";
import { Session } from "../tests/e2e/webdriver.mjs";

const [driver, app, outFile] = process.argv.slice(2);
const session = await Session.start(driver, app);
try {
  await session.waitFor("#instances [role=option]", { ms: 30000 });
  // The first discovery's answer and the status line settle.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const html = await session.execute("return document.documentElement.outerHTML;");
  const page = `<!doctype html>\n${html}`
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, "");
  writeFileSync(outFile, page);
  console.log(`capture-dom: ${page.length} bytes, ${(page.match(/<[a-z]/gi) ?? []).length} elements`);
} finally {
  await session.end();
}
