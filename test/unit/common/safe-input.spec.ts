import { findUnsafeInput, MAX_INPUT_DEPTH } from '../../../src/common/http/safe-input';

describe('findUnsafeInput', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };

  it('walks input nested a hundred thousand deep without overflowing the stack', () => {
    expect(findUnsafeInput(nested(100_000))).toEqual({ path: expect.stringMatching(/^(0\.){31}0$/), reason: 'too-deep' });
  });

  it(`accepts ${MAX_INPUT_DEPTH} levels of arrays and objects and refuses ${MAX_INPUT_DEPTH + 1}`, () => {
    expect(findUnsafeInput(nested(MAX_INPUT_DEPTH))).toBeNull();
    expect(findUnsafeInput(nested(MAX_INPUT_DEPTH + 1))?.reason).toBe('too-deep');
    expect(findUnsafeInput({ a: { b: [1, { c: 'x' }] } })).toBeNull();
  });

  it('names the first string with a NUL character or a lone surrogate by its path', () => {
    expect(findUnsafeInput({ title: 'ok', quote: { exact: 'a\u0000b' } })).toEqual({ path: 'quote.exact', reason: 'nul' });
    expect(findUnsafeInput({ aliases: ['ok', 'x\ud800'] })).toEqual({ path: 'aliases.1', reason: 'lone-surrogate' });
    expect(findUnsafeInput({ note: '\udc00 trails' })).toEqual({ path: 'note', reason: 'lone-surrogate' });
    expect(findUnsafeInput({ ['k\ud800']: 1 })).toEqual({ path: 'k\ud800', reason: 'lone-surrogate' });
    expect(findUnsafeInput('\ud800', 'q')).toEqual({ path: 'q', reason: 'lone-surrogate' });
    expect(findUnsafeInput({ first: 'a\ud800', second: 'b\u0000' })?.path).toBe('first');
  });

  it('accepts surrogate pairs: an emoji is one character', () => {
    expect(findUnsafeInput({ title: 'Seoul 🎉', note: '\ud83c\udf89' })).toBeNull();
  });
});
