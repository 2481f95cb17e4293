import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // One import style: the "@/" alias, never a relative climb out of a folder.
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["./*", "../*"], message: "Import with the @/ alias." }] },
      ],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits is an error nobody sees.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    // drizzle: a delete or update without a where touches every row.
    files: ["lib/read-model/**"],
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    // The layers run one way (docs/architecture.md): the domain is pure, the read model implements the
    // projector's port without importing it, and components get their data as props.
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["./*", "../*"], message: "Import with the @/ alias." },
            { regex: "^@/(?!lib/domain/)", message: "lib/domain imports nothing outside lib/domain." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/read-model/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["./*", "../*"], message: "Import with the @/ alias." },
            {
              group: ["@/lib/projector/*"],
              message: "lib/read-model implements the projection port; it never imports lib/projector.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["./*", "../*"], message: "Import with the @/ alias." },
            {
              group: ["@/lib/server/*", "@/lib/read-model/*", "@/lib/config"],
              allowTypeImports: true,
              message: "Components receive their data as props: load it in a page or route handler (lib/<feature>).",
            },
          ],
        },
      ],
    },
  },
  {
    // Root config files are loaded by their tools (Vite, Playwright, drizzle-kit) without the @/ alias.
    files: ["*.ts", "*.mjs"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // No React here: Vitest helpers and Playwright fixtures (`use`) are named like hooks but are not.
    files: ["tests/**", "scripts/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  // Formatting is Prettier's (npm run lint runs `prettier --check`); ESLint's own style rules stay out of its way.
  prettier,
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    ".data/**",
    "drizzle/**",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
  ]),
]);
