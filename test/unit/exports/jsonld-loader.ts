import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A jsonld.js document loader that serves the local copies of the contexts our exports name and
 * refuses everything else, so expansion in tests never touches the network.
 */
const CONTEXT_DIR = join(__dirname, '../../../fixtures/exports/jsonld-contexts');
const anno = JSON.parse(readFileSync(join(CONTEXT_DIR, 'anno.jsonld'), 'utf8'));
const schemaOrg = JSON.parse(readFileSync(join(CONTEXT_DIR, 'schemaorg-context.jsonld'), 'utf8'));

const DOCUMENTS: Record<string, unknown> = {
  'http://www.w3.org/ns/anno.jsonld': anno,
  'https://www.w3.org/ns/anno.jsonld': anno,
  'https://schema.org': schemaOrg,
  'https://schema.org/': schemaOrg,
  'http://schema.org': schemaOrg,
  'http://schema.org/': schemaOrg,
};

export const loaded: string[] = [];

export async function localDocumentLoader(url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> {
  const document = DOCUMENTS[url];
  if (!document) throw new Error(`offline test loader: no local copy of ${url}`);
  loaded.push(url);
  return { contextUrl: null, documentUrl: url, document };
}
