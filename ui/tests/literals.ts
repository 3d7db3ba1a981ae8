// Test support for the catalogue checks: finds English left in the window's code (string and template literals that
// reach what a person reads) and the message IDs the code uses, with the TypeScript compiler API.
import ts from "typescript";

export interface SourceFile {
  /** Path as shown in findings, e.g. "ui/src/view/status.ts". */
  path: string;
  text: string;
}

export interface Finding {
  path: string;
  line: number;
  text: string;
}

/** Attributes whose value is read to the person (on screen, as a tooltip, or by a screen reader). */
const TEXT_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
  "title",
  "placeholder",
  "alt",
  "label",
]);

/** DOM properties that put text on screen when assigned. */
const TEXT_PROPERTIES = new Set([
  "textContent",
  "innerText",
  "innerHTML",
  "nodeValue",
  "title",
  "placeholder",
  "alt",
  "label",
  "value",
  "ariaLabel",
  "ariaDescription",
]);

/**
 * Fields of the window's own objects that views show as they are: an error's message and hint (ErrorView), a
 * reminder's title and body (ExpiringView).
 */
const TEXT_FIELDS = new Set(["message", "hint", "title", "body"]);

/** DOM methods whose every argument becomes a child (strings become text nodes). */
const CHILD_METHODS = new Set(["append", "prepend", "replaceChildren", "before", "after", "replaceWith", "createTextNode"]);

/**
 * Literals that may reach the screen although they contain letters: data, not words. Each says why. Anything else
 * with a word in it belongs in locales/en/window.ftl.
 */
export const ALLOWED: { pattern: RegExp; why: string }[] = [
  { pattern: /^arn:[a-z-]*:[a-z0-9-]*:/, why: "an ARN is an AWS identifier, the same in every language" },
  { pattern: /^[a-z]{2}(-[a-z]+)+-\d+$/, why: "an AWS region code (eu-west-2) is data" },
  {
    pattern: /^(Escape|Enter|Tab|ArrowUp|ArrowDown|PageUp|PageDown|Home|End|KeyP)$/,
    why: "keyboard key names (KeyboardEvent.key / .code) are compared in code, never shown",
  },
  { pattern: /^(true|false)$/, why: "ARIA state values are tokens, not words" },
];

/** A literal at a sink is English when it holds a word (two letters in a row) and is not allowlisted. */
export function isWords(text: string): boolean {
  const trimmed = text.trim();
  if (!/\p{L}{2,}/u.test(trimmed)) {
    return false;
  }
  return !ALLOWED.some(({ pattern }) => pattern.test(trimmed));
}

type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration;

interface Parsed {
  path: string;
  source: ts.SourceFile;
}

/** The name a function is called by: its declaration's, or the variable an arrow / function expression is stored in. */
function functionName(fn: FunctionLike): string | null {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) {
    return fn.name.text;
  }
  const parent = fn.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) {
    return parent.name.text;
  }
  if (parent && ts.isPropertyAssignment(parent)) {
    return propertyName(parent.name);
  }
  return null;
}

function isFunctionLike(node: ts.Node): node is FunctionLike {
  return ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node);
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) {
    return callee.text;
  }
  if (ts.isPropertyAccessExpression(callee)) {
    return callee.name.text;
  }
  return null;
}

function propertyName(name: ts.PropertyName): string | null {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) ? name.text : null;
}

function stringValue(node: ts.Expression): string | null {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : null;
}

/** Walks every node under `node`. */
function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/**
 * Follows an expression back to the literals it may be made of: through conditionals, `+`, `??`, templates, arrays,
 * variables and constants (of any scanned file), object properties and the return values of scanned functions. A
 * parameter it reaches is reported too: the callers' arguments then reach the same place.
 */
class Tracer {
  private readonly declarations = new Map<string, ts.Node[]>();
  private readonly functions = new Map<string, FunctionLike[]>();
  private readonly assignments = new Map<string, ts.Expression[]>();

  constructor(files: Parsed[]) {
    for (const { source } of files) {
      walk(source, (node) => {
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
          this.add(this.declarations, node.name.text, node.initializer);
        }
        if (isFunctionLike(node)) {
          const name = functionName(node);
          if (name) {
            this.add(this.functions, name, node);
          }
        }
        if (
          ts.isBinaryExpression(node) &&
          node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          ts.isIdentifier(node.left)
        ) {
          this.add(this.assignments, node.left.text, node.right);
        }
      });
    }
  }

  private add<T>(map: Map<string, T[]>, key: string, value: T): void {
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  }

  /** What `name` may mean where `at` is: its declarations in the same file, else, when imported, those of every file. */
  private lookup<T extends ts.Node>(map: Map<string, T[]>, name: string, at: ts.Node): T[] {
    const all = map.get(name) ?? [];
    const file = at.getSourceFile();
    const local = all.filter((node) => node.getSourceFile() === file);
    if (local.length > 0) {
      return local;
    }
    return this.imports(file).has(name) ? all : [];
  }

  private readonly imported = new Map<ts.SourceFile, Set<string>>();

  /** The names a file imports from the window's own modules. */
  private imports(file: ts.SourceFile): Set<string> {
    let names = this.imported.get(file);
    if (!names) {
      names = new Set();
      for (const statement of file.statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) {
          continue;
        }
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings) && statement.moduleSpecifier.text.startsWith(".")) {
          for (const element of bindings.elements) {
            names.add(element.name.text);
          }
        }
      }
      this.imported.set(file, names);
    }
    return names;
  }

  functionsNamed(name: string, at: ts.Node): FunctionLike[] {
    return this.lookup(this.functions, name, at);
  }

  /** Literals (string, template) `expr` may evaluate to, and the parameters it may come from. */
  trace(
    expr: ts.Node,
    onLiteral: (node: ts.Node, text: string) => void,
    onParameter: (fn: FunctionLike, index: number) => void,
    seen: Set<ts.Node> = new Set(),
    property: string | null = null,
  ): void {
    if (seen.has(expr)) {
      return;
    }
    seen.add(expr);
    const again = (next: ts.Node, prop: string | null = null): void => this.trace(next, onLiteral, onParameter, seen, prop);

    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) {
      onLiteral(expr, expr.text);
    } else if (ts.isTemplateExpression(expr)) {
      // Each piece of text between the placeholders, and the whole with the placeholders left out.
      const pieces = [expr.head.text, ...expr.templateSpans.map((span) => span.literal.text)];
      onLiteral(expr, pieces.join(" "));
      for (const span of expr.templateSpans) {
        again(span.expression);
      }
    } else if (
      ts.isParenthesizedExpression(expr) ||
      ts.isAsExpression(expr) ||
      ts.isNonNullExpression(expr) ||
      ts.isSatisfiesExpression(expr) ||
      ts.isAwaitExpression(expr) ||
      ts.isSpreadElement(expr)
    ) {
      again(expr.expression, property);
    } else if (ts.isConditionalExpression(expr)) {
      again(expr.whenTrue, property);
      again(expr.whenFalse, property);
    } else if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
        again(expr.left, property);
        again(expr.right, property);
      } else if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
        again(expr.right, property);
      }
    } else if (ts.isArrayLiteralExpression(expr)) {
      for (const element of expr.elements) {
        again(element, property);
      }
    } else if (ts.isObjectLiteralExpression(expr)) {
      const keys = expr.properties.map((prop) => (prop.name ? propertyName(prop.name) : null));
      // A text that travels as data ({ id, args }): the ID is not words, the arguments may be.
      const text = keys.includes("id") && keys.includes("args");
      for (const prop of expr.properties) {
        const key = prop.name ? propertyName(prop.name) : null;
        if (text && key !== "args") {
          continue;
        }
        // A whole object shown as text: only its fields that are words (an ErrorView's message, not its code).
        if (!text && property === null && (key === null || !TEXT_FIELDS.has(key))) {
          continue;
        }
        if (ts.isShorthandPropertyAssignment(prop) && (property === null || prop.name.text === property)) {
          again(prop.name);
        }
        if (ts.isPropertyAssignment(prop) && (property === null || propertyName(prop.name) === property)) {
          again(prop.initializer);
        }
      }
    } else if (ts.isPropertyAccessExpression(expr)) {
      again(expr.expression, expr.name.text);
    } else if (ts.isElementAccessExpression(expr)) {
      again(expr.expression, stringValue(expr.argumentExpression));
    } else if (ts.isIdentifier(expr)) {
      this.identifier(expr, property, again, onParameter);
    } else if (ts.isCallExpression(expr)) {
      this.call(expr, property, again);
    }
  }

  private identifier(
    id: ts.Identifier,
    property: string | null,
    again: (next: ts.Node, prop?: string | null) => void,
    onParameter: (fn: FunctionLike, index: number) => void,
  ): void {
    // A parameter of an enclosing function: whatever its callers pass.
    for (let node: ts.Node | undefined = id.parent; node; node = node.parent) {
      if (isFunctionLike(node)) {
        const index = node.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === id.text);
        if (index >= 0) {
          // Only a parameter that reaches the page whole (not `state.notice.message`) makes callers' arguments text.
          if (property === null) {
            onParameter(node, index);
          }
          return;
        }
      }
    }
    for (const init of this.lookup(this.declarations, id.text, id)) {
      again(init, property);
    }
    const file = id.getSourceFile();
    for (const value of (this.assignments.get(id.text) ?? []).filter((node) => node.getSourceFile() === file)) {
      again(value, property);
    }
  }

  private call(call: ts.CallExpression, property: string | null, again: (next: ts.Node, prop?: string | null) => void): void {
    const name = calleeName(call);
    if (name === null) {
      return;
    }
    // `.map(x => …)`, `.filter(…)`: what the callback returns.
    if (["map", "flatMap", "filter", "concat", "slice", "find"].includes(name) && ts.isPropertyAccessExpression(call.expression)) {
      if (name !== "map" && name !== "flatMap") {
        again(call.expression.expression, property);
      }
      for (const arg of call.arguments) {
        if (ts.isArrowFunction(arg) || ts.isFunctionExpression(arg)) {
          this.returns(arg, (value) => again(value, property));
        }
      }
      return;
    }
    for (const fn of this.functionsNamed(name, call)) {
      this.returns(fn, (value) => again(value, property));
    }
  }

  /** The expressions `fn` returns (not those of functions nested in it). */
  returns(fn: FunctionLike, visit: (value: ts.Expression) => void): void {
    if (!fn.body) {
      return;
    }
    if (!ts.isBlock(fn.body)) {
      visit(fn.body);
      return;
    }
    const inner = (node: ts.Node): void => {
      if (ts.isReturnStatement(node) && node.expression) {
        visit(node.expression);
      }
      if (!isFunctionLike(node)) {
        node.forEachChild(inner);
      }
    };
    fn.body.forEachChild(inner);
  }
}

/** Where text reaches the page: `[call, index of the argument that is text]`, found in one pass over a file. */
function sinks(source: ts.SourceFile, textParams: Map<string, Set<number>>): ts.Node[] {
  const found: ts.Node[] = [];
  walk(source, (node) => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
      if (name === "h") {
        // h(tag, attrs, ...children): the children, and the attributes a person reads.
        found.push(...args.slice(2));
        const attrs = args[1];
        if (attrs && ts.isObjectLiteralExpression(attrs)) {
          for (const prop of attrs.properties) {
            const key = ts.isPropertyAssignment(prop) ? propertyName(prop.name) : null;
            if (ts.isPropertyAssignment(prop) && key !== null && TEXT_ATTRIBUTES.has(key)) {
              found.push(prop.initializer);
            }
          }
        }
      } else if (name === "setText" || name === "setChildren" || name === "append") {
        found.push(...args.slice(1));
      } else if (name === "setAttribute" || name === "setAttr") {
        const offset = name === "setAttr" ? 1 : 0;
        const attr = args[offset];
        const value = args[offset + 1];
        if (attr && value && TEXT_ATTRIBUTES.has(stringValue(attr) ?? "")) {
          found.push(value);
        }
      } else if (name !== null && CHILD_METHODS.has(name)) {
        found.push(...args);
      } else if (name === "Option" && args[0]) {
        found.push(args[0]);
      } else if (name !== null) {
        // A function of the window's own whose parameter ends up on screen (a label passed to a helper).
        const indexes = textParams.get(name);
        for (const index of indexes ?? []) {
          const arg = args[index];
          if (arg) {
            found.push(arg);
          }
        }
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      for (const prop of node.properties) {
        const key = prop.name ? propertyName(prop.name) : null;
        if (key !== null && TEXT_FIELDS.has(key) && (ts.isPropertyAssignment(prop) || ts.isShorthandPropertyAssignment(prop))) {
          found.push(ts.isPropertyAssignment(prop) ? prop.initializer : prop.name);
        }
      }
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      TEXT_PROPERTIES.has(node.left.name.text)
    ) {
      found.push(node.right);
    }
  });
  return found;
}

/**
 * Every literal with a word in it that reaches the page: element text, the attributes a person reads (aria-label,
 * title, placeholder, alt…), text properties, and the parameters of the window's own functions that lead there.
 */
export function findEnglish(files: SourceFile[]): Finding[] {
  const parsed = files.map(({ path, text }) => ({ path, source: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true) }));
  const tracer = new Tracer(parsed);
  const textParams = new Map<string, Set<number>>();
  const findings = new Map<string, Finding>();
  // A helper whose parameter reaches a sink makes its callers' arguments sinks: repeat until nothing new is learnt.
  for (let changed = true; changed; ) {
    changed = false;
    for (const { path, source } of parsed) {
      for (const sink of sinks(source, textParams)) {
        tracer.trace(
          sink,
          (node, text) => {
            if (isWords(text)) {
              const file = node.getSourceFile();
              const at = parsed.find((p) => p.source === file)?.path ?? path;
              const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
              findings.set(`${at}:${node.getStart()}`, { path: at, line, text: node.getText() });
            }
          },
          (fn, index) => {
            const name = functionName(fn);
            if (name === null) {
              return;
            }
            const set = textParams.get(name) ?? new Set<number>();
            if (!set.has(index)) {
              set.add(index);
              textParams.set(name, set);
              changed = true;
            }
          },
        );
      }
    }
  }
  return [...findings.values()].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
}

/** A message ID (and attribute) the code asks the catalogue for. */
export interface MessageUse {
  path: string;
  line: number;
  id: string;
  attribute: string | null;
}

/** Calls that take a message ID, and which argument holds it: methods of Messages, and `rich(messages, id, …)`. */
const ID_ARGUMENT: Record<string, number> = { t: 0, attr: 0, has: 0, rich: 1 };

/** What a Messages method is called on: `messages` in the views, `this` inside Messages itself. */
const MESSAGES_RECEIVERS = new Set(["messages", "this"]);

/** Functions that take a message ID as a parameter and pass it on (their callers' IDs are checked instead). */
const ID_FORWARDERS = new Set(["rich", "text", "error"]);

function enclosingFunctionName(node: ts.Node): string | null {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (isFunctionLike(at)) {
      return functionName(at);
    }
  }
  return null;
}

/**
 * The message IDs the code uses: the first argument of `messages.t(…)` / `.attr(…)` / `.has(…)`, the ID of
 * `rich(messages, …)`, and the `id` of every `{ id, args }` text built in code. `dynamic` lists calls whose ID is not
 * a literal (the check cannot follow them, so the code must not have any).
 */
export function messageUses(files: SourceFile[]): { uses: MessageUse[]; dynamic: Finding[] } {
  const uses: MessageUse[] = [];
  const dynamic: Finding[] = [];
  for (const { path, text } of files) {
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const line = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    walk(source, (node) => {
      if (ts.isCallExpression(node)) {
        const name = calleeName(node);
        const index = name !== null ? ID_ARGUMENT[name] : undefined;
        const callee = node.expression;
        const onMessages = ts.isPropertyAccessExpression(callee) && MESSAGES_RECEIVERS.has(callee.expression.getText());
        if (index === undefined || (name === "rich" ? !ts.isIdentifier(callee) : !onMessages)) {
          return;
        }
        const arg = node.arguments[index];
        const id = arg ? stringValue(arg) : null;
        if (id === null) {
          if (!ID_FORWARDERS.has(enclosingFunctionName(node) ?? "")) {
            dynamic.push({ path, line: line(node), text: node.getText() });
          }
          return;
        }
        const attrArg = name === "attr" ? node.arguments[1] : undefined;
        uses.push({ path, line: line(node), id, attribute: attrArg ? stringValue(attrArg) : null });
      }
      if (ts.isObjectLiteralExpression(node)) {
        const props = new Map<string, ts.Expression>();
        for (const prop of node.properties) {
          const key = ts.isPropertyAssignment(prop) ? propertyName(prop.name) : null;
          if (ts.isPropertyAssignment(prop) && key !== null) {
            props.set(key, prop.initializer);
          }
        }
        const idNode = props.get("id");
        const id = idNode ? stringValue(idNode) : null;
        if (id !== null && props.has("args")) {
          uses.push({ path, line: line(node), id, attribute: null });
        }
      }
    });
  }
  return { uses, dynamic };
}
