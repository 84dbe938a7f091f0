/** Three projects: pure-logic unit tests, e2e suites that boot the real app on a real database, and browser tests of the web desk (Chromium). */
// ts-jest only transpiles (fast); `npm test` typechecks everything with tsc first.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }];
module.exports = {
  // Jest reads testTimeout only at the top level; e2e hooks boot an app and a database, slow on a loaded machine.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/test/unit'],
      testRegex: '\\.spec\\.ts$',
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testRegex: '\\.e2e-spec\\.ts$',
      transform: { '^.+\\.ts$': tsJest },
      testTimeout: 60000,
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/browser'],
      testRegex: '\\.browser-spec\\.ts$',
      transform: { '^.+\\.ts$': tsJest },
      testTimeout: 180000,
    },
  ],
};
