// Owns the instance chooser: filter box, keyboard-operable listbox, loading/empty states and the paste-an-ID field.
import type { InstanceView } from "../bindings";
import { identityLabel, inactiveStatusLabel, instanceName } from "../format";
import type { Actions } from "../actions";
import { currentProfile, filterInstances, selectionLocked, type State } from "../state";
import { h, setAttr, setChildren, setText, show, spinner } from "./dom";
import type { View } from "./types";

const OPTION_ID_PREFIX = "instance-option-";

type InstanceActions = Pick<Actions, "setFilter" | "selectInstance" | "signIn" | "usePastedInstance">;

function renderOption(instance: InstanceView, index: number, selected: boolean): HTMLElement {
  const name = instanceName(instance);
  const status = inactiveStatusLabel(instance.status);
  const notSaml = instance.identityManagementType !== null && instance.identityManagementType !== "SAML";
  // Region and identity type first: the long ID is the part that may be cut off.
  const details = [instance.region, identityLabel(instance.identityManagementType)];
  if (instance.alias?.trim()) {
    details.push(instance.id);
  }

  const option = h(
    "div",
    {
      id: `${OPTION_ID_PREFIX}${index}`,
      class: "instance",
      role: "option",
      "aria-selected": selected ? "true" : "false",
      "data-instance-id": instance.id,
    },
    h("span", { class: "instance-radio", "aria-hidden": "true" }),
    h(
      "span",
      { class: "instance-body" },
      h(
        "span",
        { class: "instance-line" },
        h("span", { class: "instance-name" }, name),
        status !== null && h("span", { class: "badge badge-muted instance-status" }, status),
      ),
      h("span", { class: "instance-detail" }, details.join(" · ")),
      notSaml && h("span", { class: "instance-note" }, "not SAML — sign-in may fail"),
    ),
  );
  option.classList.toggle("is-selected", selected);
  option.classList.toggle("is-inactive", status !== null);
  option.classList.toggle("is-not-saml", notSaml);
  return option;
}

export function createInstancePicker(actions: InstanceActions): View {
  const filter = h("input", {
    id: "instance-filter",
    class: "input",
    type: "search",
    placeholder: "Filter by alias, ID or region",
    autocomplete: "off",
    spellcheck: "false",
    "aria-controls": "instances",
  });
  const count = h("span", { class: "field-count", "aria-live": "off" });
  const list = h("div", {
    id: "instances",
    class: "listbox",
    role: "listbox",
    tabindex: 0,
    "aria-label": "Amazon Connect instances",
  });
  const stateBox = h("div", { class: "list-state", role: "status" });
  const paste = h("input", {
    id: "instance-paste",
    class: "input",
    type: "text",
    placeholder: "arn:aws:connect:REGION:ACCOUNT:instance/ID",
    autocomplete: "off",
    spellcheck: "false",
  });
  const useLabel = h("span", {}, "Use");
  const useSpinner = spinner();
  const use = h("button", { id: "instance-paste-use", class: "btn btn-secondary", type: "submit" }, useSpinner, useLabel);
  const form = h(
    "form",
    { class: "paste", novalidate: true },
    h("label", { for: "instance-paste", class: "field-label field-label-small" }, "Paste an instance ID or ARN"),
    h("div", { class: "paste-row" }, paste, use),
  );

  const el = h(
    "div",
    { class: "instances" },
    h(
      "div",
      { class: "field" },
      h(
        "div",
        { class: "field-head" },
        h("label", { for: "instance-filter", class: "field-label" }, "Amazon Connect instance"),
        count,
      ),
      filter,
    ),
    h("div", { class: "list-frame" }, list, stateBox),
    form,
  );

  let latest: State | null = null;
  let renderedInstances: InstanceView[] | null = null;
  let renderedFilter: string | null = null;
  let visible: InstanceView[] = [];

  filter.addEventListener("input", () => actions.setFilter(filter.value));
  filter.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "Enter") {
      if (visible.length === 0) {
        return;
      }
      event.preventDefault();
      if (!visible.some((i) => i.id === latest?.instance)) {
        choose(visible[0]);
      }
      list.focus();
    }
  });

  list.addEventListener("keydown", (event) => {
    if (!latest || selectionLocked(latest) || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const index = visible.findIndex((i) => i.id === latest?.instance);
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        choose(visible[index < 0 ? 0 : Math.min(index + 1, visible.length - 1)]);
        break;
      case "ArrowUp":
        event.preventDefault();
        choose(visible[index < 0 ? visible.length - 1 : Math.max(index - 1, 0)]);
        break;
      case "Home":
        event.preventDefault();
        choose(visible[0]);
        break;
      case "End":
        event.preventDefault();
        choose(visible[visible.length - 1]);
        break;
      case " ":
        event.preventDefault();
        choose(visible[index < 0 ? 0 : index]);
        break;
      case "Enter":
        event.preventDefault();
        if (index >= 0) {
          actions.signIn();
        } else {
          choose(visible[0]);
        }
        break;
      default:
        break;
    }
  });

  list.addEventListener("click", (event) => {
    const option = optionFrom(event.target);
    if (option) {
      choose(visible.find((i) => i.id === option.getAttribute("data-instance-id")));
      list.focus();
    }
  });
  list.addEventListener("dblclick", (event) => {
    if (optionFrom(event.target)) {
      actions.signIn();
    }
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = paste.value.trim();
    if (text === "") {
      paste.focus();
      return;
    }
    void actions.usePastedInstance(text).then((ok) => {
      if (ok) {
        paste.value = "";
        list.focus();
      }
    });
  });

  function optionFrom(target: EventTarget | null): Element | null {
    return target instanceof Element ? target.closest("[role='option']") : null;
  }

  function choose(instance: InstanceView | undefined): void {
    if (instance && latest && !selectionLocked(latest)) {
      actions.selectInstance(instance.id);
    }
  }

  /** Like scrollIntoView({block: "nearest"}) but never scrolls the page itself. */
  function scrollWithinList(option: HTMLElement): void {
    const top = option.offsetTop;
    const bottom = top + option.offsetHeight;
    if (top < list.scrollTop) {
      list.scrollTop = top;
    } else if (bottom > list.scrollTop + list.clientHeight) {
      list.scrollTop = bottom - list.clientHeight;
    }
  }

  function renderList(state: State): void {
    renderedInstances = state.instances;
    renderedFilter = state.filter;
    visible = filterInstances(state.instances, state.filter);
    setChildren(list, ...visible.map((instance, index) => renderOption(instance, index, instance.id === state.instance)));
  }

  function syncSelection(state: State): void {
    let active: HTMLElement | null = null;
    for (const option of Array.from(list.children) as HTMLElement[]) {
      const selected = option.getAttribute("data-instance-id") === state.instance;
      option.setAttribute("aria-selected", selected ? "true" : "false");
      option.classList.toggle("is-selected", selected);
      if (selected) {
        active = option;
      }
    }
    setAttr(list, "aria-activedescendant", active?.id ?? null);
    if (active) {
      scrollWithinList(active);
    }
  }

  let renderedStateKey = "";

  function stateMessage(state: State): { key: string; content: (Node | string)[] } | null {
    const profile = currentProfile(state);
    if (state.instancesLoading) {
      return { key: "loading", content: [spinner(), "Loading instances…"] };
    }
    if (state.instancesFailed) {
      return {
        key: "failed",
        content: ["Couldn't list instances for this profile. You can still paste an instance ID or ARN below."],
      };
    }
    if (profile && state.instances.length === 0) {
      const region = profile.region ?? "the default region";
      return {
        key: `empty\u0000${region}`,
        content: [
          h("strong", { class: "list-state-title" }, `No Amazon Connect instances in ${region} for this profile`),
          h("span", { class: "list-state-hint" }, "If your instance is in another region or account, paste its ID or ARN below."),
        ],
      };
    }
    if (visible.length === 0 && state.instances.length > 0) {
      const text = state.filter.trim();
      return { key: `nomatch\u0000${text}`, content: [`No instances match “${text}”.`] };
    }
    return null;
  }

  function renderState(state: State): void {
    const message = stateMessage(state);
    const key = message?.key ?? "";
    if (key !== renderedStateKey) {
      renderedStateKey = key;
      stateBox.classList.toggle("is-loading", key === "loading");
      setChildren(stateBox, ...(message?.content ?? []));
    }
    show(stateBox, message !== null);
    show(list, message === null);
    setAttr(list, "aria-busy", state.instancesLoading ? "true" : null);
    setAttr(list, "aria-disabled", selectionLocked(state) ? "true" : null);
    setText(
      count,
      state.instancesLoading || state.instances.length === 0
        ? ""
        : visible.length === state.instances.length
          ? `${state.instances.length}`
          : `${visible.length} of ${state.instances.length}`,
    );
  }

  return {
    el,
    update(state, previous) {
      latest = state;
      if (filter.value !== state.filter) {
        filter.value = state.filter;
      }
      filter.disabled = state.profile === null;
      const listChanged = state.instances !== renderedInstances || state.filter !== renderedFilter;
      if (listChanged) {
        renderList(state);
      }
      if (listChanged || !previous || state.instance !== previous.instance) {
        syncSelection(state);
      }
      renderState(state);

      // An IAM Identity Center sign-in continues with the profile and instance it was started for.
      const ssoRunning = state.ssoLogin !== null;
      paste.disabled = state.profile === null || ssoRunning;
      use.disabled = state.profile === null || state.resolving || state.instancesLoading || ssoRunning;
      setAttr(use, "aria-busy", state.resolving ? "true" : null);
      show(useSpinner, state.resolving);
      setText(useLabel, state.resolving ? "Looking up…" : "Use");
    },
  };
}
