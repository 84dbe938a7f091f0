import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The architecture, held by a test over the source itself:
 * - feature folders depend one way (no cycle, so no two features import each other);
 * - only repositories, entities and src/database touch TypeORM, so a write outside the write path
 *   cannot be added by accident, and a repository's writing methods (those taking a WriteTx) are
 *   called only from their own feature: one owner per table;
 * - the pure cores (the extractor, the workflow, the history chain, anchoring, independence, the
 *   exporters' formats) import nothing from Nest or TypeORM, not even indirectly;
 * - migrations are snapshots: they import no code of the service.
 */
const ROOT = resolve(__dirname, '../../..');
const SRC = join(ROOT, 'src');
/** Folders under src/ that every feature may use and that use no feature (but the entity list the connection needs). */
const FOUNDATIONS = ['common', 'config', 'database'];
const ENTITY_LIST = 'src/database/entities.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const rel = (path: string) => relative(ROOT, path).split(sep).join('/');
const folderOf = (path: string) => rel(path).split('/')[1];
const isFeatureFile = (path: string) => rel(path).split('/').length > 2 && !FOUNDATIONS.includes(folderOf(path));

const sources = files(SRC);
const program = ts.createProgram(sources, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, experimentalDecorators: true, strict: true, esModuleInterop: true, skipLibCheck: true });
const checker = program.getTypeChecker();

/** Every module a file imports or re-exports, resolved to a path for relative ones. */
function importsOf(path: string): { specifier: string; target: string | null }[] {
  const file = program.getSourceFile(path)!;
  const found: { specifier: string; target: string | null }[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const specifier = node.moduleSpecifier.text;
      found.push({ specifier, target: specifier.startsWith('.') ? resolveModule(path, specifier) : null });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The file a relative import names; null outside src (the migrations' index, which the connection lists). */
function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (sources.includes(candidate)) return candidate;
  if (!base.startsWith(SRC)) return null;
  throw new Error(`${rel(from)} imports ${specifier}, which is no file of src`);
}

describe('architecture', () => {
  it('has feature folders that depend one way: no cycle between them', () => {
    const edges = new Map<string, Map<string, string>>();
    for (const path of sources.filter(isFeatureFile)) {
      for (const { target } of importsOf(path)) {
        if (!target || !isFeatureFile(target) || folderOf(target) === folderOf(path)) continue;
        const from = edges.get(folderOf(path)) ?? new Map<string, string>();
        if (!from.has(folderOf(target))) from.set(folderOf(target), `${rel(path)} -> ${rel(target)}`);
        edges.set(folderOf(path), from);
      }
    }
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const walk = (folder: string, path: string[]) => {
      if (state.get(folder) === 'done') return;
      if (state.get(folder) === 'visiting') {
        const cycle = path.slice(path.indexOf(folder));
        cycles.push([...cycle, folder].map((f, i, all) => (i + 1 < all.length ? edges.get(f)!.get(all[i + 1]) : '')).filter(Boolean).join('\n  '));
        return;
      }
      state.set(folder, 'visiting');
      for (const next of edges.get(folder)?.keys() ?? []) walk(next, [...path, folder]);
      state.set(folder, 'done');
    };
    for (const folder of edges.keys()) walk(folder, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the foundations (common, config, database) free of features', () => {
    const offending = sources
      .filter((path) => !isFeatureFile(path) && FOUNDATIONS.includes(folderOf(path)) && rel(path) !== ENTITY_LIST)
      .flatMap((path) => importsOf(path).filter(({ target }) => target && isFeatureFile(target)).map(({ target }) => `${rel(path)} -> ${rel(target!)}`));
    expect(offending).toEqual([]);
  });

  it('lets only repositories, entities and the database layer touch TypeORM; nothing injects a connection', () => {
    const allowed = (path: string) => /\.(repository|entity)\.ts$/.test(path) || rel(path).startsWith('src/database/');
    const offending = sources.flatMap((path) =>
      importsOf(path)
        .filter(({ specifier }) => specifier === '@nestjs/typeorm' || ((specifier === 'typeorm' || specifier.startsWith('typeorm/')) && !allowed(path)))
        .map(({ specifier }) => `${rel(path)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('lets a feature alone call its repositories\' writing methods (those taking a WriteTx)', () => {
    const offending: string[] = [];
    for (const path of sources) {
      const visit = (node: ts.Node) => {
        if (ts.isCallExpression(node)) {
          const declaration = checker.getResolvedSignature(node)?.declaration;
          const declaredIn = declaration?.getSourceFile().fileName;
          if (declaration && declaredIn && /\.repository\.ts$/.test(declaredIn) && ts.isMethodDeclaration(declaration)) {
            const first = declaration.parameters[0]?.type?.getText();
            if (first === 'WriteTx' && folderOf(declaredIn) !== folderOf(path)) {
              offending.push(`${rel(path)} calls ${rel(declaredIn)} ${declaration.name.getText()}()`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(program.getSourceFile(path)!);
    }
    expect(offending).toEqual([]);
  });

  it('never starts a write inside a write (on SQLite it would wait for itself): the WriteTx is passed down instead', () => {
    type Fn = ts.FunctionLikeDeclaration;
    const isDatabaseWrite = (declaration: ts.Declaration | undefined) =>
      !!declaration && ts.isMethodDeclaration(declaration) && declaration.name.getText() === 'write' && rel(declaration.getSourceFile().fileName) === 'src/database/database.ts';
    const calleeOf = (call: ts.CallExpression) => checker.getResolvedSignature(call)?.declaration as ts.Declaration | undefined;
    const callsIn = (node: ts.Node): ts.CallExpression[] => {
      const found: ts.CallExpression[] = [];
      const visit = (child: ts.Node) => {
        if (ts.isCallExpression(child)) found.push(child);
        ts.forEachChild(child, visit);
      };
      ts.forEachChild(node, visit);
      return found;
    };
    const functions: Fn[] = [];
    for (const path of sources) {
      const visit = (node: ts.Node) => {
        if ((ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node)) && node.body) functions.push(node);
        ts.forEachChild(node, visit);
      };
      visit(program.getSourceFile(path)!);
    }
    // Which functions may start a write, directly or through what they call.
    const mayWrite = new Set<ts.Declaration>(functions.filter((fn) => callsIn(fn).some((call) => isDatabaseWrite(calleeOf(call)))));
    for (let grew = true; grew; ) {
      grew = false;
      for (const fn of functions) {
        if (!mayWrite.has(fn) && callsIn(fn).some((call) => mayWrite.has(calleeOf(call)!))) {
          mayWrite.add(fn);
          grew = true;
        }
      }
    }
    // Inside a write: the callback given to Database.write, and every function taking a WriteTx.
    const takesTx = (fn: ts.SignatureDeclaration) => fn.parameters.some((p) => checker.getTypeAtLocation(p).getSymbol()?.getName() === 'WriteTx');
    const offending: string[] = [];
    for (const path of sources) {
      const visit = (node: ts.Node) => {
        const writeScope =
          (ts.isCallExpression(node) && isDatabaseWrite(calleeOf(node)) && node.arguments[0]) || ((ts.isFunctionLike(node) && takesTx(node)) ? node : undefined);
        if (writeScope) {
          for (const call of callsIn(writeScope)) {
            const callee = calleeOf(call);
            if (callee && (isDatabaseWrite(callee) || mayWrite.has(callee))) {
              offending.push(`${rel(path)}:${program.getSourceFile(path)!.getLineAndCharacterOfPosition(call.getStart()).line + 1} starts a write inside a write: ${call.expression.getText()}`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(program.getSourceFile(path)!);
    }
    expect([...new Set(offending)]).toEqual([]);
  });

  it('keeps the pure cores free of Nest and TypeORM, even through what they import', () => {
    const cores = sources.filter((path) =>
      /^src\/(extraction\/(?!eval\/)|exports\/formats\/)/.test(rel(path))
      || ['src/review/workflow.ts', 'src/history/history-chain.ts', 'src/claims/anchoring.ts', 'src/claims/claim-rules.ts', 'src/evidence/independence.ts',
        'src/evidence/related/corroboration.ts', 'src/auth/login-throttle.ts', 'src/dashboard/backlog.ts'].includes(rel(path)));
    const offending: string[] = [];
    for (const core of cores) {
      const seen = new Set<string>();
      const queue = [core];
      while (queue.length) {
        const path = queue.pop()!;
        if (seen.has(path)) continue;
        seen.add(path);
        for (const { specifier, target } of importsOf(path)) {
          if (specifier.startsWith('@nestjs/') || specifier === 'typeorm') offending.push(`${rel(core)} reaches ${specifier} through ${rel(path)}`);
          if (target) queue.push(target);
        }
      }
    }
    expect([...new Set(offending)]).toEqual([]);
  });

  it('keeps migrations as snapshots that import no code of the service', () => {
    const dir = join(ROOT, 'migrations');
    const offending = readdirSync(dir).filter((name) => name.endsWith('.ts')).flatMap((name) => {
      const file = ts.createSourceFile(name, ts.sys.readFile(join(dir, name))!, ts.ScriptTarget.ES2022);
      return file.statements
        .filter((s): s is ts.ImportDeclaration => ts.isImportDeclaration(s))
        .map((s) => (s.moduleSpecifier as ts.StringLiteral).text)
        .filter((specifier) => specifier !== 'typeorm' && !/^\.\/[\w-]+$/.test(specifier))
        .map((specifier) => `migrations/${name} imports ${specifier}`);
    });
    expect(offending).toEqual([]);
  });
});
