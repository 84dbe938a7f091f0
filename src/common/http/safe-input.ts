import { BadRequestException } from '@nestjs/common';

/**
 * How deep arrays and objects may nest in a request (the body's top level is depth 1). No request
 * of this API goes beyond 3 (a claim's quote inside a body); 32 leaves room for any honest client
 * while keeping every walk over the input — ours, class-transformer's, class-validator's, all
 * recursive but ours — far from the stack limit. JSON nested thousands deep is an attack.
 */
export const MAX_INPUT_DEPTH = 32;

export type UnsafeInputReason = 'nul' | 'lone-surrogate' | 'too-deep';

export interface UnsafeInput {
  /** Dotted path of the offending value (`title`, `wireAgencies.1`), or `value` for the input itself. */
  path: string;
  reason: UnsafeInputReason;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one: half a character. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function unsafeText(text: string): UnsafeInputReason | null {
  if (text.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'lone-surrogate';
  return null;
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/**
 * The first string (value or key) holding a NUL character or a lone UTF-16 surrogate, or the first
 * array/object nested deeper than `maxDepth`; null when the input is safe. Walks with an explicit
 * stack, never recursion, so no input can overflow the call stack here.
 */
export function findUnsafeInput(input: unknown, rootPath = '', maxDepth = MAX_INPUT_DEPTH): UnsafeInput | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: rootPath, depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const reason = unsafeText(value);
      if (reason) return { path: path || 'value', reason };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > maxDepth) return { path: path || 'value', reason: 'too-deep' };
    const children: { value: unknown; path: string; depth: number }[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, index) => children.push({ value: item, path: join(path, index), depth: depth + 1 }));
    } else {
      for (const [key, item] of Object.entries(value)) {
        const reason = unsafeText(key);
        if (reason) return { path: join(path, key), reason };
        children.push({ value: item, path: join(path, key), depth: depth + 1 });
      }
    }
    // Pushed in reverse so the first field is looked at first, as a reader would.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return null;
}

const MESSAGES: Record<UnsafeInputReason, (path: string) => string> = {
  nul: (path) => `${path} must not contain NUL characters`,
  'lone-surrogate': (path) => `${path} must be text: it holds half of a UTF-16 surrogate pair (a lone \\ud800-\\udfff escape)`,
  'too-deep': (path) => `${path} nests arrays and objects deeper than ${MAX_INPUT_DEPTH} levels`,
};

const DETAILS: Record<UnsafeInputReason, (path: string) => string> = {
  nul: (path) => `${path} contains a NUL character`,
  'lone-surrogate': (path) => `${path} contains a lone UTF-16 surrogate, which is not text`,
  'too-deep': () => `The request nests arrays and objects deeper than ${MAX_INPUT_DEPTH} levels`,
};

/** 400 naming the offending field, in the shape the problem+json filter reads. */
export function unsafeInputError(found: UnsafeInput): BadRequestException {
  return new BadRequestException({ message: DETAILS[found.reason](found.path), errors: [{ path: found.path, message: MESSAGES[found.reason](found.path) }] });
}
