// Lint rules are errors or absent: no warnings with a baseline. Import boundaries:
// the domain imports no framework; features do not import each other; shared web
// code does not import features or routes; only repositories touch Prisma.
import js from "@eslint/js";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const FEATURES = ["projects", "stages", "kpis", "framing", "auth", "tokens", "members", "admin", "experiments", "runs", "data-sets", "evaluations", "artifacts"];
const web = "./apps/web/src";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/generated/**", ".data/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { "import-x": importX },
    settings: { "import-x/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".mjs"] } } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-console": "off",
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./packages/domain", from: ["./apps", "./packages/client"], message: "The domain package depends on nothing of ours." },
            { target: "./packages/client", from: "./apps", message: "The client is generated from the OpenAPI document, not from the apps." },
            { target: "./apps/web", from: "./apps/api", message: "The dashboard reaches the API only through @lifecycle/client." },
            ...FEATURES.map((feature) => ({
              target: `${web}/features/${feature}`,
              from: `${web}/features`,
              except: [`./${feature}`],
              message: "Features do not import each other; compose them in app/routes.",
            })),
            { target: `${web}/features`, from: `${web}/app`, message: "Features do not import routes." },
            { target: [`${web}/lib`, `${web}/components`], from: [`${web}/features`, `${web}/app`], message: "Shared web code does not import features." },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@nestjs/*", "@prisma/*", "react", "react-dom", "@mantine/*", "pg"], message: "The domain package is pure: no framework, ORM or UI." }] },
      ],
    },
  },
  {
    files: ["apps/api/src/**/*.ts"],
    ignores: ["apps/api/src/**/*.repository.ts", "apps/api/src/prisma/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/generated/prisma/*", "@prisma/*"], message: "Only repositories (and src/prisma) use Prisma." }] },
      ],
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["**/*.spec.ts", "**/*.int-spec.ts", "**/*.e2e-spec.ts", "**/*.browser-spec.ts", "**/*.test.tsx", "test/**/*.ts"],
    languageOptions: { globals: { ...globals.jest } },
  },
  { files: ["**/*.js", "**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
);
