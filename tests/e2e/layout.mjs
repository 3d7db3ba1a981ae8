// What "the layout holds" means in the E2E suite, measured in the real WebView: the page never scrolls sideways, and
// no control, label, heading, badge or message is cut off (text that ellipsizes by design, such as a long instance
// name whose full text is in the row, is not counted).
export const LAYOUT_PROBLEMS = `
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push({ what: "the page scrolls sideways", detail: root.scrollWidth + " > " + root.clientWidth });
  }
  const name = (el) => el.id ? "#" + el.id : el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const checked = document.querySelectorAll(
    "button, label, h1, h2, h3, .badge, .chip, .field-label, .banner p, .modal p, .settings-hint, [role=status], [role=alert], dt, .btn-label, option"
  );
  for (const el of checked) {
    if (el.getClientRects().length === 0 || el.closest("[hidden]")) continue;
    const style = getComputedStyle(el);
    if (el.classList.contains("visually-hidden")) continue;
    // Data may ellipsize by design (its full text is elsewhere in the row); words on a control or a heading may not.
    const words = el.matches("button, label, h1, h2, h3, .badge, .chip, .field-label, .btn-label");
    if (style.textOverflow === "ellipsis" && !words) continue;
    const clipsX = style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1;
    const clipsY = style.overflowY !== "visible" && style.overflowY !== "auto" && el.scrollHeight > el.clientHeight + 1;
    if (clipsX || clipsY) {
      problems.push({ what: "cut off", detail: name(el) + " " + JSON.stringify(el.textContent.trim().slice(0, 40)) });
    }
    const rect = el.getBoundingClientRect();
    if (rect.right > root.clientWidth + 1) {
      problems.push({ what: "past the window's edge", detail: name(el) + " ends at " + Math.round(rect.right) });
    }
    const box = el.parentElement?.closest(".card, .modal, .banner");
    if (box) {
      const edge = box.getBoundingClientRect();
      if (rect.right > edge.right + 1 || rect.left < edge.left - 1) {
        problems.push({ what: "outside its card", detail: name(el) + " " + Math.round(rect.left) + "–" + Math.round(rect.right) + " in " + Math.round(edge.left) + "–" + Math.round(edge.right) });
      }
    }
  }
  return problems;
`;

export async function layoutProblems(session) {
  return session.execute(LAYOUT_PROBLEMS);
}

export function describeProblems(problems) {
  return problems.map((p) => `${p.what}: ${p.detail}`).join("\n");
}
