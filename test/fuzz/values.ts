import { MAX_INT } from '../../src/common/http/ids';
import { RawJson } from './json-text';

/** Text a newsroom really receives, and text an attacker sends; each is a string JSON can carry. */
export const UNICODE_EDGES: { label: string; text: string; unsafe?: boolean }[] = [
  { label: 'lone-high-surrogate', text: 'Seoul \ud800 meldet', unsafe: true },
  { label: 'lone-low-surrogate', text: '\udc00', unsafe: true },
  { label: 'reversed-pair', text: 'x\udc00\ud800y', unsafe: true },
  { label: 'nul', text: 'Null\u0000byte', unsafe: true },
  { label: 'rtl-override', text: 'Quelle \u202eetleuq\u202c Ende' },
  { label: 'arabic-rtl', text: 'وكالة الأنباء الكورية' },
  { label: 'hebrew', text: 'דובר צה"ל אמר' },
  { label: 'emoji', text: 'Kim 🚀🇰🇷 👩‍👩‍👧‍👦 meldet' },
  { label: 'combining', text: 'Su\u0308dkorea Z\u0335\u0321a\u0336\u0322l\u0337go' },
  { label: 'zalgo-long', text: 'a' + '\u0300\u0301\u0302\u0303\u0304'.repeat(60) },
  { label: 'zero-width', text: 'NA\u200bTO\u200d\u2060\ufeff' },
  { label: 'bom', text: '\ufeffNachricht' },
  { label: 'nbsp-and-tabs', text: '\u00a0\t Regierung \u2028 sagte \u2029' },
  { label: 'cjk', text: '北朝鮮の兵士3000人' },
  { label: 'astral', text: '𝔑𝔄𝔗𝔒 𝟛𝟘𝟘𝟘' },
  { label: 'control-chars', text: 'a\u0001b\u001bc\u007fd' },
  { label: 'crlf', text: 'line\r\nbreak\rcr' },
  { label: 'html', text: '<script>alert(1)</script><img src=x onerror=alert(1)>' },
  { label: 'csv-formula', text: '=HYPERLINK("http://evil.example","x")' },
  { label: 'sql', text: "'; DROP TABLE claims; --" },
  { label: 'like-wildcards', text: '%_\\%' },
  { label: 'whitespace-only', text: ' \t\n ' },
  { label: 'nfd-umlaut', text: 'Mu\u0308ller' },
  { label: 'private-use', text: '\ue000\uf8ff' },
  { label: 'noncharacter', text: '\ufffe\uffff' },
];

/** Integers at and beyond the limits of the database's 32-bit columns and of JavaScript. */
export const NUMBER_EDGES: { label: string; value: unknown }[] = [
  { label: 'zero', value: 0 },
  { label: 'minus-one', value: -1 },
  { label: 'float', value: 1.5 },
  { label: 'max-int', value: MAX_INT },
  { label: 'max-int+1', value: MAX_INT + 1 },
  { label: 'min-int-1', value: -2_147_483_649 },
  { label: 'uint32', value: 4_294_967_296 },
  { label: 'max-safe+2', value: new RawJson('9007199254740993') },
  { label: '1e308', value: new RawJson('1e308') },
  { label: '1e400', value: new RawJson('1e400') },
  { label: 'minus-zero', value: new RawJson('-0') },
  { label: 'exponent-one', value: new RawJson('1e0') },
  { label: 'tiny', value: new RawJson('5e-324') },
  { label: 'string-digits', value: '1' },
  { label: 'string-hex', value: '0x10' },
  { label: 'bool', value: true },
  { label: 'array', value: [1] },
];

/** Spellings of an id in a path that are not plain decimal digits, and a few that are. */
export const ID_SPELLINGS = [
  '0x10', '1e1', '+10', '%2010', '10%20', '-1', '0', '99999999999', '2147483648', '2147483647', '00000000001',
  '1.0', '01', '%31', '0010', '%00', '%F0%9F%98%80', 'null', 'NaN', 'Infinity', 'undefined', '%E0%A4', '1;2', '1,2',
  '%D9%A1%D9%A2', '%EF%BC%91', '1%0a', '0b1', '%091', '[1]', '1%23', '%2e%2e', 'true', '4294967297', '-0',
  // Longer than the router's 100-character limit for a path parameter.
  '1'.repeat(101), `0000${'0'.repeat(120)}1`,
];

/** Keys an attacker adds to reach an object's prototype, or to pass as a field of another DTO. */
export const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isAdmin', 'id', 'createdAt', 'deletedAt', 'status', 'approvedAt', 'x'];

/**
 * Extra keys that never reach the validator, so they are dropped rather than refused: Nest's
 * ValidationPipe deletes `prototype` and `constructor` (prototype pollution), and class-transformer
 * skips keys naming a method of Object.prototype. Nothing of them reaches a service.
 */
export const DROPPED_KEYS = new Set(['prototype', 'toString', 'hasOwnProperty', 'valueOf']);

export const MALFORMED_JSON = [
  '{', '{"a":', '{"a":1,}', "{'a':1}", '{"a":1}{"b":2}', 'nul', 'tru', '{"a":01}', '{"a":NaN}', '{"a":Infinity}', '{"a":"\\x41"}',
  '{"a":"unterminated}', '[1,2', '{"a" 1}', '{,}', '"\\ud800', '{"a":1}garbage', '\u0000', '{"a":"\\u12"}', '/* c */ {}',
];

/** Raw bodies that are not UTF-8 JSON in a way the parser must notice. */
export const CONTENT_TYPES: { label: string; value: string | null; parserRefuses: boolean }[] = [
  { label: 'json-charset-utf16', value: 'application/json; charset=utf-16', parserRefuses: true },
  { label: 'json-charset-latin1', value: 'application/json; charset=iso-8859-1', parserRefuses: true },
  { label: 'json-charset-quoted-utf8', value: 'application/json; charset="UTF-8"', parserRefuses: false },
  { label: 'json-uppercase', value: 'APPLICATION/JSON', parserRefuses: false },
  { label: 'text-plain', value: 'text/plain', parserRefuses: false },
  { label: 'form', value: 'application/x-www-form-urlencoded', parserRefuses: false },
  // No parser is registered for these (nor for a body without a type): 415 before anything else looks at the request.
  { label: 'multipart', value: 'multipart/form-data; boundary=xyz', parserRefuses: true },
  { label: 'xml', value: 'application/xml', parserRefuses: true },
  { label: 'vendor-json', value: 'application/vnd.api+json', parserRefuses: true },
  { label: 'garbage', value: ';;;=', parserRefuses: true },
  { label: 'none', value: null, parserRefuses: true },
];
