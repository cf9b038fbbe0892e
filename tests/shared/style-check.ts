/**
 * Finds what the engine running the test drops from a style sheet: declarations it does not
 * accept and rules it throws away whole (an unknown selector or at-rule). The sheet's source text
 * is read with a small block parser and compared with the engine's parse of it (CSSOM) and with
 * CSS.supports.
 *
 * A declaration with var() is parsed by every engine and fails only when computed (the whole
 * property then falls back to its initial value), so its variables are first replaced by each of
 * their definitions, in the sheets or on the rendered elements, and by the var()'s fallback. A
 * value that is nothing but an undefined var() is a theming property left to the page.
 */

export interface SourceDeclaration {
  property: string;
  value: string;
}

export interface SourceRule {
  /** The selector or at-rule prelude, as written. */
  prelude: string;
  declarations: SourceDeclaration[];
  rules: SourceRule[];
}

/** Where each custom property is defined: its values, in the order they were found. */
export type Definitions = Map<string, string[]>;

const COMMENT = /\/\*[\s\S]*?\*\//g;

/** The top-level declarations and rules of a block of CSS text (a whole sheet or a rule's body). */
export function parseBlock(text: string): SourceRule {
  const block: SourceRule = { prelude: '', declarations: [], rules: [] };
  const css = text.replace(COMMENT, '');
  let start = 0;
  let parens = 0;
  let braces = 0;
  let open = 0;
  let quote = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') parens++;
    else if (c === ')' || c === ']') parens--;
    else if (c === '{' && braces++ === 0) open = i;
    else if (c === '}' && --braces === 0) {
      const rule = parseBlock(css.slice(open + 1, i));
      rule.prelude = css.slice(start, open).trim().replace(/\s+/g, ' ');
      block.rules.push(rule);
      start = i + 1;
    } else if (c === ';' && braces === 0 && parens === 0) {
      addStatement(block, css.slice(start, i));
      start = i + 1;
    }
  }
  addStatement(block, css.slice(start));
  return block;
}

function addStatement(block: SourceRule, statement: string) {
  const text = statement.trim();
  if (!text) return;
  if (text.startsWith('@')) {
    // a statement at-rule such as `@layer a, b;`: a rule without a body
    block.rules.push({ prelude: text, declarations: [], rules: [] });
    return;
  }
  const colon = text.indexOf(':');
  if (colon < 0) return;
  const property = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).replace(/!\s*important\s*$/i, '').trim();
  block.declarations.push({ property: property.startsWith('--') ? property : property.toLowerCase(), value });
}

/** How many declarations a parsed block holds, at any depth. */
export function countDeclarations(block: SourceRule): number {
  return block.rules.reduce((sum, rule) => sum + countDeclarations(rule), block.declarations.length);
}

/** Adds the custom properties a parsed block defines, at any depth, to `into`. */
export function collectDefinitions(block: SourceRule, into: Definitions): Definitions {
  for (const { property, value } of block.declarations) {
    if (!property.startsWith('--')) continue;
    const values = into.get(property) ?? [];
    if (!values.includes(value)) values.push(value);
    into.set(property, values);
  }
  for (const rule of block.rules) collectDefinitions(rule, into);
  return into;
}

/** Each spelling of `value` with its var()s replaced; at most `limit` of them. */
export function expandVariables(value: string, definitions: Definitions, limit = 64, depth = 0): string[] {
  const at = value.indexOf('var(');
  if (at < 0) return [value];
  if (depth > 8) throw new Error(`custom properties nested too deep (a cycle?) in "${value}"`);
  let level = 0;
  let end = at + 3;
  let comma = -1;
  for (; end < value.length; end++) {
    if (value[end] === '(') level++;
    else if (value[end] === ')' && --level === 0) break;
    else if (value[end] === ',' && level === 1 && comma < 0) comma = end;
  }
  const name = value.slice(at + 4, comma < 0 ? end : comma).trim();
  const fallback = comma < 0 ? undefined : value.slice(comma + 1, end).trim();
  // Where the property is not set, the fallback is used: check both.
  const candidates = [...(definitions.get(name) ?? []), ...(fallback === undefined ? [] : [fallback])];
  if (!candidates.length) throw new Error(`${name} has no definition and no fallback`);
  const spellings: string[] = [];
  for (const candidate of candidates) {
    for (const inner of expandVariables(candidate, definitions, limit, depth + 1)) {
      for (const spelling of expandVariables(value.slice(0, at) + inner + value.slice(end + 1), definitions, limit, depth + 1)) {
        if (spellings.length < limit && !spellings.includes(spelling)) spellings.push(spelling);
      }
    }
  }
  return spellings;
}

/** The engine's name for a property without its vendor prefix: `-webkit-box-decoration-break` → `box-decoration-break`. */
const unprefixed = (property: string) => property.replace(/^-(webkit|moz|ms|o)-/, '');

/**
 * What the engine drops from the declarations of one style rule. Declarations of one property
 * (prefixed or not, or the same one twice) are fallbacks for each other: it is enough that the
 * engine accepts one of them.
 */
function droppedDeclarations(declarations: SourceDeclaration[], definitions: Definitions, where: string): string[] {
  const families = new Map<string, { accepted: boolean; written: string[]; why: string[] }>();
  for (const { property, value } of declarations) {
    if (property.startsWith('--')) continue; // a custom property takes any value
    const family = families.get(unprefixed(property)) ?? { accepted: false, written: [], why: [] };
    families.set(unprefixed(property), family);
    family.written.push(`${property}: ${value}`);
    const whole = /^var\(\s*(--[\w-]+)\s*\)$/.exec(value);
    if (whole && !definitions.has(whole[1])) {
      // only a theming property the page may set: without it the declaration is unset on purpose
      family.accepted = true;
      continue;
    }
    let spellings: string[];
    try {
      spellings = expandVariables(value, definitions);
    } catch (error) {
      family.why.push(`cannot check: ${(error as Error).message}`);
      continue;
    }
    const rejected = spellings.filter((spelling) => !CSS.supports(property, spelling));
    if (!rejected.length) family.accepted = true;
    else family.why.push(rejected[0] === value ? 'not accepted' : `not accepted as "${property}: ${rejected[0]}"`);
  }
  return [...families.values()]
    .filter((family) => !family.accepted)
    .map((family) => `${where} { ${family.written.join('; ')} }: ${family.why.join('; ')}`);
}

/** How a rule reads in the source and in the CSSOM, for telling which rule was dropped. */
const normal = (text: string) => text.toLowerCase().replace(/["'\s]/g, '');

function cssomPrelude(rule: CSSRule): string {
  if (rule instanceof CSSStyleRule) return rule.selectorText;
  const text = rule.cssText;
  const brace = text.indexOf('{');
  return brace < 0 ? text : text.slice(0, brace);
}

function childRules(rule: CSSRule | CSSStyleSheet): CSSRule[] {
  const list = (rule as Partial<CSSGroupingRule>).cssRules;
  // Declarations after nested rules show up as CSSNestedDeclarations in newer engines.
  return list ? [...list].filter((r) => r.constructor.name !== 'CSSNestedDeclarations') : [];
}

/** An @supports block whose condition the engine says is false: what is inside is guarded on purpose. */
function guardedOff(rule: CSSRule): boolean {
  return typeof CSSSupportsRule !== 'undefined' && rule instanceof CSSSupportsRule && !CSS.supports(rule.conditionText);
}

/**
 * Compares a block of the source with the engine's rules for it and lists what was dropped:
 * whole rules, and declarations of style and keyframe rules.
 */
function compareBlock(source: SourceRule, parsed: CSSRule[], definitions: Definitions, path: string, problems: string[]) {
  let matched: Array<[SourceRule, CSSRule]>;
  if (source.rules.length === parsed.length) {
    matched = source.rules.map((rule, i) => [rule, parsed[i]]);
  } else {
    // Some rule was dropped: pair the rest by their preludes.
    matched = [];
    let j = 0;
    for (const rule of source.rules) {
      const k = parsed.findIndex((p, index) => index >= j && normal(cssomPrelude(p)) === normal(rule.prelude));
      if (k < 0) {
        problems.push(`${path}${rule.prelude}: the whole rule was dropped`);
      } else {
        matched.push([rule, parsed[k]]);
        j = k + 1;
      }
    }
  }
  for (const [rule, cssom] of matched) {
    const where = `${path}${rule.prelude}`;
    if (guardedOff(cssom)) continue;
    if (cssom instanceof CSSStyleRule || cssom instanceof CSSKeyframeRule) {
      problems.push(...droppedDeclarations(rule.declarations, definitions, where));
    } else {
      // descriptors of @font-face, @page, @property…: each should survive in the engine's text
      for (const { property } of rule.declarations) {
        if (!cssom.cssText.includes(property)) problems.push(`${where} { ${property} }: not accepted`);
      }
    }
    compareBlock(rule, childRules(cssom), definitions, `${where} > `, problems);
  }
}

/** What the engine dropped from `sheet`, given the text it was made from. */
export function droppedFromSheet(sheet: CSSStyleSheet, text: string, definitions: Definitions): string[] {
  const problems: string[] = [];
  compareBlock(parseBlock(text), childRules(sheet), definitions, '', problems);
  return problems;
}
