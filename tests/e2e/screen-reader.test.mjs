// E2E: what a screen reader gets, read from the accessibility bus (AT-SPI, what Orca reads on Linux) while the real
// window runs: the Sign in button by its name, the instance list as a list box of named options, and an error as an
// alert that says what happened.
import assert from "node:assert/strict";
import { accessibleTree, until, useApp } from "./harness.mjs";

const { session, step } = useApp();
const js = (script, args = []) => session.execute(script, args);

const plain = (text) => text.replace(/[\u2066-\u2069]/g, "");

step("the Sign in button and the instance list have the names and roles a screen reader announces", async () => {
  await session.waitFor("#instances [role=option]");
  let nodes = [];
  await until(async () => {
    nodes = accessibleTree("main");
    return nodes.filter((n) => n.role === "list item").length >= 5;
  }, "the list box and its options on the accessibility bus", 30000);
  const signIn = nodes.filter((n) => n.role === "push button" && plain(n.name) === "Sign in");
  assert.equal(signIn.length, 1, "one push button named Sign in");
  const settings = nodes.find((n) => plain(n.name) === "Settings" && n.depth < 10);
  assert.equal(settings?.role, "push button", "Settings is announced as a button");
  const list = nodes.find((n) => n.role === "list box");
  assert.equal(plain(list.name), "Amazon Connect instances");
  const options = nodes.filter((n) => n.role === "list item");
  assert.ok(options.length >= 5, `the options: ${options.length}`);
  assert.ok(options.some((o) => plain(o.name).includes("acme-support")), "an option named after its instance");
  const search = nodes.find((n) => n.role === "combo box" || n.role === "entry");
  assert.ok(search && plain(search.name).includes("Find an Amazon Connect instance"), `the search box: ${JSON.stringify(search)}`);
});

step("an error is an alert that says what happened", async () => {
  await js(`[...document.querySelectorAll("[role=option]")].find((el) => el.textContent.includes("acme-restricted")).click();`);
  await session.clickOn("#sign-in");
  await until(() => js(`return (document.querySelector("#error .error-code")?.textContent ?? "").includes("user_not_found");`), "the error");
  let alert = null;
  await until(async () => {
    alert = accessibleTree("error").find((n) => n.role === "alert" || n.role === "notification");
    return alert !== undefined && alert !== null;
  }, "the alert on the accessibility bus", 30000);
  const said = plain(`${alert.name} ${alert.text ?? ""}`);
  assert.match(said, /No Amazon Connect user on instance acme-restricted/, `what the alert reads out: ${said}`);
  assert.match(said, /user_not_found/, "and its code");
});
