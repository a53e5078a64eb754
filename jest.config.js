// Five tiers, each a Jest project: unit (*.spec.ts), int (*.int-spec.ts), e2e
// (*.e2e-spec.ts), web (*.test.tsx in jsdom) and browser (*.browser-spec.ts, real Chromium).
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

const shared = {
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleNameMapper: {
    "^@lifecycle/domain$": "<rootDir>/packages/domain/src/index.ts",
    "^@lifecycle/client$": "<rootDir>/packages/client/src/index.ts",
    "\\.css$": "<rootDir>/apps/web/src/testing/style-stub.js",
  },
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  rootDir: __dirname,
};

/** Each tier's time limit per test and hook (test/timeouts): a busy machine must not fail a test by time. */
const timeout = (tier) => [`<rootDir>/test/timeouts/${tier}.ts`];

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: "<rootDir>/test/global-setup.ts",
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  transform: shared.transform,
  projects: [
    { ...shared, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/{packages,apps/api}/**/*.spec.ts"], setupFilesAfterEnv: timeout("unit") },
    { ...shared, displayName: "int", testEnvironment: "node", testMatch: ["<rootDir>/apps/api/**/*.int-spec.ts"], setupFilesAfterEnv: timeout("int") },
    { ...shared, displayName: "e2e", testEnvironment: "node", testMatch: ["<rootDir>/apps/api/test/**/*.e2e-spec.ts"], setupFilesAfterEnv: timeout("e2e") },
    {
      ...shared,
      displayName: "web",
      testEnvironment: "<rootDir>/apps/web/src/testing/jsdom-environment.js",
      testMatch: ["<rootDir>/apps/web/src/**/*.test.tsx"],
      setupFilesAfterEnv: [...timeout("web"), "<rootDir>/apps/web/src/testing/setup.ts"],
    },
    { ...shared, displayName: "browser", testEnvironment: "node", testMatch: ["<rootDir>/e2e/**/*.browser-spec.ts"], setupFilesAfterEnv: timeout("browser") },
  ],
};
