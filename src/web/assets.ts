import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { findUpwards } from '../common/files/find-upwards';

/**
 * The desk's scripts and styles are plain files in src/web/assets, read once at startup. `nest build`
 * copies them to dist/src/web/assets (nest-cli.json), so dist runs on its own; they are found by
 * walking up from this module, as the demo fixture is: from src/web under ts-jest, from dist/src/web
 * after a build.
 */
export function findAssetsFolder(from = __dirname): string {
  return findUpwards(join('src', 'web', 'assets'), from, (folder) => existsSync(join(folder, 'desk.js')));
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

let loaded: Map<string, Asset> | null = null;

export function assets(): Map<string, Asset> {
  if (!loaded) {
    const folder = findAssetsFolder();
    loaded = new Map(
      readdirSync(folder)
        .filter((name) => TYPES[extname(name)])
        .map((name) => {
          const body = readFileSync(join(folder, name));
          return [name, { body, type: TYPES[extname(name)], etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` }];
        }),
    );
  }
  return loaded;
}

/** A URL that changes with the file's content, so the browser may cache it for good. */
export function assetUrl(name: string): string {
  const asset = assets().get(name);
  if (!asset) throw new Error(`No asset ${name} in src/web/assets`);
  return `/assets/${name}?v=${asset.etag.slice(1, 9)}`;
}
