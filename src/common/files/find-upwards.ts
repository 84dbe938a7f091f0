import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Files shipped beside the code (the demo fixture, the web assets, the evaluation texts) are found
 * by walking up from the running module: from src/… under ts-jest and from dist/src/… after
 * `nest build`, which compiles TypeScript only, to the same folder of the project.
 */
export function findUpwards(relativePath: string, from: string = __dirname, accept: (path: string) => boolean = existsSync): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, relativePath);
    if (accept(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${relativePath} not found above ${from}`);
  }
}
