// Which variables a template reads that its purpose does not provide. Handlebars prints nothing for a missing variable,
// so a misspelt or invented name ({{companyName}} in a receipt) would go out as a gap in real mail; a strict render
// only sees the branches the sample data takes. This walks the parsed template instead — every mustache, block and
// helper argument, with the context #each and #with give their insides, `../` and block params — and looks each path up
// in the purpose's sample data, whose shape is what real messages carry.
import type Handlebars from 'handlebars';

type Ast = ReturnType<typeof Handlebars.parse>;

/** A path a template reads that the data does not have. */
export interface UnknownVariable {
  /** As the template writes it: `companyName`, `../x`, `this.name`, `@root.x`. */
  name: string;
  /** Where it is first read, counted from 1. */
  line: number;
  column: number;
  /** What it was looked up in: the message's own variables, a list's items, an object (#with), the @ variables. */
  scopeKind: 'message' | 'item' | 'object' | 'data';
  /** The list or object it was looked up in, as the template names it (`tasks`); '' for the message's own. */
  scope: string;
  /** What could have been read there instead: names, or `links.case`-style paths below an object. */
  available: string[];
  /** Set when the path reads a field of a list directly (`tasks.title`): the list's name. */
  listMisuse?: string;
}

/** The data variables Handlebars gives a template (`@index` and friends); `@root` leads back to the message's own. */
export const DATA_VARIABLES: readonly string[] = ['index', 'key', 'first', 'last', 'root'];

// A value whose shape the samples cannot tell (an empty list's items, a null field): anything below it is accepted.
const ANY = Symbol('any');
const MISSING = Symbol('missing');

interface Frame {
  value: unknown;
  /** What the frame is, for messages: '' for the root, else the path of the list or object it came from. */
  label: string;
  kind: 'message' | 'item' | 'object';
}

interface Walk {
  helpers: ReadonlySet<string>;
  found: UnknownVariable[];
}

interface Scope {
  frames: Frame[];
  /** Block params (`{{#each tasks as |task i|}}`) in reach, by name. */
  params: ReadonlyMap<string, Frame>;
}

interface Node {
  type: string;
  [key: string]: unknown;
}

interface PathNode extends Node {
  original: string;
  parts: string[];
  depth: number;
  data: boolean;
  loc?: { start: { line: number; column: number } };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape of one item of a list (or of an object's values), merged over all items so optional fields count. */
function itemShape(list: unknown): unknown {
  if (list === ANY || list === null || list === undefined) return ANY;
  const items = Array.isArray(list) ? list : isObject(list) ? Object.values(list) : [];
  if (!items.length) return ANY;
  if (!items.every(isObject)) return items[0];
  const merged: Record<string, unknown> = {};
  for (const item of items)
    for (const [key, value] of Object.entries(item)) if (merged[key] === undefined || merged[key] === null) merged[key] = value;
  return merged;
}

function step(value: unknown, segment: string): unknown {
  if (value === ANY || value === null || value === undefined) return ANY;
  if (Array.isArray(value)) return segment === 'length' ? 0 : /^\d+$/.test(segment) ? itemShape(value) : MISSING;
  if (typeof value === 'string') return segment === 'length' ? 0 : MISSING;
  if (isObject(value)) return Object.hasOwn(value, segment) ? value[segment] : MISSING;
  return MISSING;
}

// Handlebars' own tests (compiler/ast.js): a scoped path never names a helper or a block param.
const isScoped = (path: PathNode) => /^\.|this\b/.test(path.original);
const isSimple = (path: PathNode) => path.parts.length === 1 && !isScoped(path) && !path.depth && !path.data;

function report(walk: Walk, path: PathNode, frame: Frame, prefix: string[], container: unknown): void {
  const loc = path.loc?.start ?? { line: 1, column: 0 };
  const base = isObject(container) ? container : isObject(frame.value) ? frame.value : {};
  const below = isObject(container) && prefix.length ? `${prefix.join('.')}.` : '';
  walk.found.push({
    name: path.original,
    line: loc.line,
    column: loc.column + 1,
    scopeKind: frame.kind,
    scope: frame.label,
    available: Object.keys(base).map((key) => below + key),
    ...(Array.isArray(container) ? { listMisuse: prefix.join('.') } : {}),
  });
}

/** The shape `segments` lead to from `frame`; an unknown step is reported and answers ANY so the walk goes on. */
function resolve(walk: Walk, path: PathNode, frame: Frame, start: unknown, segments: readonly string[]): unknown {
  let value = start;
  for (const [index, segment] of segments.entries()) {
    const next = step(value, segment);
    if (next === MISSING) {
      report(walk, path, frame, segments.slice(0, index) as string[], value);
      return ANY;
    }
    value = next;
  }
  return value;
}

/** Reads a path expression as a variable and answers its shape. */
function readPath(walk: Walk, path: PathNode, scope: Scope): unknown {
  const { frames } = scope;
  const root = frames[0]!;
  if (path.data) {
    const [head, ...rest] = path.parts;
    if (head === 'root') return resolve(walk, path, root, root.value, rest);
    if (DATA_VARIABLES.includes(head ?? '')) return ANY;
    const loc = path.loc?.start ?? { line: 1, column: 0 };
    walk.found.push({
      name: path.original,
      line: loc.line,
      column: loc.column + 1,
      scopeKind: 'data',
      scope: '',
      available: DATA_VARIABLES.map((name) => `@${name}`),
    });
    return ANY;
  }
  const [head, ...rest] = path.parts;
  const param = !isScoped(path) && !path.depth && head !== undefined ? scope.params.get(head) : undefined;
  if (param) return resolve(walk, path, param, param.value, rest);
  const frame = frames[frames.length - 1 - path.depth];
  if (!frame) {
    // `../` above the message itself reads nothing.
    report(walk, path, root, [], root.value);
    return ANY;
  }
  return resolve(walk, path, frame, frame.value, path.parts);
}

/** An expression used as a value (a helper argument, an #each subject): its shape, reporting what it reads. */
function readValue(walk: Walk, node: unknown, scope: Scope): unknown {
  const expression = node as Node | undefined;
  if (expression?.type === 'PathExpression') return readPath(walk, expression as PathNode, scope);
  if (expression?.type === 'SubExpression') readCall(walk, expression, scope);
  return ANY;
}

/** Reads the arguments (params and hash values) of a helper call; answers the params' shapes. */
function readCall(walk: Walk, node: Node, scope: Scope): unknown[] {
  const values = ((node.params as unknown[] | undefined) ?? []).map((param) => readValue(walk, param, scope));
  const hash = node.hash as { pairs?: { value: unknown }[] } | undefined;
  for (const pair of hash?.pairs ?? []) readValue(walk, pair.value, scope);
  return values;
}

/** Whether a mustache or block calls a helper (so its path is the helper's name, not a variable). */
function callsHelper(walk: Walk, node: Node): boolean {
  const path = node.path as Node;
  const hasArgs = ((node.params as unknown[] | undefined)?.length ?? 0) > 0 || Boolean(node.hash);
  if (path.type !== 'PathExpression') return hasArgs;
  return hasArgs || (isSimple(path as PathNode) && walk.helpers.has((path as PathNode).parts[0]!));
}

/** `scope` with `frame` as the new context; block params name the frame's value and then the item's index or key. */
function withFrame(scope: Scope, frame: Frame, blockParams: unknown): Scope {
  const names = Array.isArray(blockParams) ? (blockParams as string[]) : [];
  if (!names.length) return { frames: [...scope.frames, frame], params: scope.params };
  const params = new Map(scope.params);
  names.forEach((name, index) => params.set(name, index === 0 ? frame : { value: ANY, label: name, kind: 'object' }));
  return { frames: [...scope.frames, frame], params };
}

const labelOf = (node: unknown) => ((node as Node | undefined)?.type === 'PathExpression' ? (node as PathNode).original : '');

function walkBlock(walk: Walk, node: Node, scope: Scope): void {
  const program = node.program as Node | undefined;
  const inverse = node.inverse as Node | undefined;
  let inner = scope;
  if (callsHelper(walk, node)) {
    const name = (node.path as PathNode).parts?.[0];
    const [subject] = (node.params as unknown[] | undefined) ?? [];
    const [value] = readCall(walk, node, scope);
    const label = labelOf(subject);
    if (name === 'each') inner = withFrame(scope, { value: itemShape(value), label, kind: 'item' }, program?.blockParams);
    if (name === 'with') inner = withFrame(scope, { value, label, kind: 'object' }, program?.blockParams);
  } else {
    // A section ({{#tasks}}…{{/tasks}}): a list loops, an object becomes the context, anything else tests.
    const value = readValue(walk, node.path, scope);
    const label = labelOf(node.path);
    if (Array.isArray(value)) inner = withFrame(scope, { value: itemShape(value), label, kind: 'item' }, undefined);
    else if (isObject(value) || value === ANY) inner = withFrame(scope, { value, label, kind: 'object' }, undefined);
  }
  if (program) walkNode(walk, program, inner);
  // {{else}} runs in the context around the block.
  if (inverse) walkNode(walk, inverse, scope);
}

function walkNode(walk: Walk, node: Node, scope: Scope): void {
  switch (node.type) {
    case 'Program':
      for (const statement of node.body as Node[]) walkNode(walk, statement, scope);
      return;
    case 'MustacheStatement':
      if (callsHelper(walk, node)) readCall(walk, node, scope);
      else readValue(walk, node.path, scope);
      return;
    case 'BlockStatement':
      walkBlock(walk, node, scope);
      return;
    default:
      // Content, comments; partials and decorators are refused before this walk (template-constructs.ts).
      return;
  }
}

/**
 * The variables a parsed template reads that `provided` (the purpose's sample data, with whatever the renderer adds,
 * such as `locale`) does not have, first occurrence of each; `helperNames` are the helpers registered, whose names are
 * not variables.
 */
export function unknownVariables(ast: Ast, provided: Record<string, unknown>, helperNames: ReadonlySet<string>): UnknownVariable[] {
  const walk: Walk = { helpers: helperNames, found: [] };
  walkNode(walk, ast as unknown as Node, { frames: [{ value: provided, label: '', kind: 'message' }], params: new Map() });
  return walk.found.filter(
    (found, index) => walk.found.findIndex((other) => other.name === found.name && other.scope === found.scope) === index,
  );
}
