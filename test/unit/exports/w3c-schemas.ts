import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * Loads the W3C annotation-model test schemas (web-platform-tests) into one draft-04 Ajv, keyed by
 * the ids the schemas give themselves ("annotations.json", "id.json", ...), so their relative $refs
 * resolve exactly as in the wpt harness.
 */
export const WPT_DIR = join(__dirname, '../../../fixtures/exports/wpt-annotation-model');

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function wptAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(join(WPT_DIR, 'definitions'))) ajv.addSchema(readJson(join(WPT_DIR, 'definitions', file)));
  return ajv;
}

/** The assertion schemas a wpt `.test` file lists, by path relative to annotation-model/. */
export function assertionsOf(testFile: string): { path: string; schema: Record<string, unknown> }[] {
  const test = readJson(join(WPT_DIR, testFile)) as { assertions: string[] };
  // Assertions missing from the stored copy are listed in the README and skipped here.
  return test.assertions
    .filter((path) => existsSync(join(WPT_DIR, path)))
    .map((path) => ({ path, schema: readJson(join(WPT_DIR, path)) }));
}
