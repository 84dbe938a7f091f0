// Lets a child process run the service's TypeScript directly, the way ts-jest compiles it for the
// tests (file by file, decorators and their metadata included): `node -r ./test/support/ts-register.js file.ts`.
const fs = require('node:fs');
const ts = require('typescript');
const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, experimentalDecorators: true, emitDecoratorMetadata: true, esModuleInterop: true, isolatedModules: true };
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions: options, fileName: filename });
  module._compile(outputText, filename);
};
