/**
 * Finds where malformed JSON goes wrong, as "line L, column C".
 *
 * Engines word JSON.parse errors differently and some give no position at all, so a small
 * scanner finds the first offending character itself. It uses an explicit stack, not recursion,
 * so a hostile document nested a million levels deep cannot overflow the call stack.
 */

const WHITESPACE = /[ \t\n\r]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

/** The offset of the first character that makes `json` invalid, or -1 if it is valid. */
export function firstJsonError(json: string): number {
  let i = 0;
  const skip = () => {
    while (i < json.length && WHITESPACE.test(json[i])) i++;
  };
  const token = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(json)) return false;
    i = re.lastIndex;
    return true;
  };
  // What may come next: a value, or the punctuation inside an object or array.
  const stack: Array<'{' | '['> = [];
  let expectValue = true;
  for (;;) {
    skip();
    if (expectValue) {
      const c = json[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        const close = c === '{' ? '}' : ']';
        if (json[i] === close) {
          stack.pop();
          i++;
          expectValue = false;
          continue;
        }
        if (c === '{') {
          if (!token(STRING)) return i;
          skip();
          if (json[i] !== ':') return i;
          i++;
        }
        continue;
      }
      if (!(c === '"' ? token(STRING) : c === '-' || (c >= '0' && c <= '9') ? token(NUMBER) : token(LITERAL))) return i;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) return i < json.length ? i : -1;
    const c = json[i];
    if (c === ',') {
      i++;
      if (top === '{') {
        skip();
        if (!token(STRING)) return i;
        skip();
        if (json[i] !== ':') return i;
        i++;
      }
      expectValue = true;
    } else if (c === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
    } else {
      return i;
    }
  }
}

/** "line 3, column 5" for an offset into `text` (both counted from 1). */
export function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
