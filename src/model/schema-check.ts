/**
 * A small walker for the subset of JSON Schema that `articleSchema` uses (type, const, enum,
 * anyOf, properties, required, items, minimum, maximum, minLength, pattern, uri-reference).
 *
 * It reports every problem with its JSON path and returns a cleaned copy: optional fields that are
 * wrong are left out (reported), so one bad field never throws away the object around it.
 */
import type { Problem } from './problems.js';
import { safeUrl } from './urls.js';

export interface SchemaNode {
  type?: string;
  const?: unknown;
  enum?: readonly unknown[];
  anyOf?: readonly SchemaNode[];
  properties?: Readonly<Record<string, SchemaNode>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  format?: string;
}

export interface CheckResult {
  ok: boolean;
  value: unknown;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
/** A string as a message quotes it: never the whole of a long one. */
export const short = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

/** How a value reads in a message: short, and never the whole of a long string. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(short(value));
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
}

function expected(node: SchemaNode): string {
  if (node.anyOf) return node.anyOf.map(expected).join(' or ');
  if (node.enum) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if ('const' in node) return JSON.stringify(node.const);
  return node.type === 'integer' ? 'a whole number' : `${node.type === 'array' || node.type === 'object' ? 'an' : 'a'} ${node.type}`;
}

/** `quotes[3]` + `speaker` -> `quotes[3].speaker`; the document itself has the empty path. */
export function joinPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Checks `value` against `node`; problems go to `problems` with `path`. */
export function checkSchema(value: unknown, node: SchemaNode, path: string, problems: Problem[]): CheckResult {
  const fail = (message: string): CheckResult => {
    problems.push({ path: path || '$', message, severity: 'error' });
    return { ok: false, value: undefined };
  };
  if (node.anyOf) {
    const ok = node.anyOf.some((option) => checkSchema(value, option, path, []).ok);
    return ok ? { ok, value } : fail(`expected ${expected(node)}, got ${describe(value)}`);
  }
  if ('const' in node && value !== node.const) return fail(`expected ${expected(node)}, got ${describe(value)}`);
  if (node.enum && !node.enum.includes(value)) return fail(`expected ${expected(node)}, got ${describe(value)}`);
  if (node.type && !typeMatches(node.type, value)) return fail(`expected ${expected(node)}, got ${describe(value)}`);
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) return fail(`must be at least ${node.minimum}, got ${value}`);
    if (node.maximum !== undefined && value > node.maximum) return fail(`must be at most ${node.maximum}, got ${value}`);
  }
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength) return fail('must not be empty');
    if (node.pattern && !patternOf(node.pattern).test(value)) return fail(`${describe(value)} is not in the expected format`);
    if (node.format === 'uri-reference' && safeUrl(value) === undefined) return fail(`${describe(value)} is not an http(s) or relative URL`);
  }
  if (Array.isArray(value) && node.items) {
    const items: unknown[] = [];
    value.forEach((item, i) => {
      const r = checkSchema(item, node.items!, `${path}[${i}]`, problems);
      if (r.ok) items.push(r.value);
    });
    return { ok: true, value: items };
  }
  if (node.properties && typeMatches('object', value)) {
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key of Object.keys(source)) {
      const child = has(node.properties, key) ? node.properties[key] : undefined;
      const childPath = joinPath(path, key);
      if (!child) {
        if (node.additionalProperties === false) problems.push({ path: childPath, message: 'unknown field, ignored', severity: 'warning' });
        continue;
      }
      const r = checkSchema(source[key], child, childPath, problems);
      if (r.ok) out[key] = r.value;
      else if (node.required?.includes(key)) ok = false;
    }
    for (const key of node.required ?? []) {
      if (!has(source, key)) {
        problems.push({ path: joinPath(path, key), message: 'missing', severity: 'error' });
        ok = false;
      }
    }
    return { ok, value: out };
  }
  return { ok: true, value };
}
