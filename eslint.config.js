import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const sdkOnlyInCollect = {
  patterns: [
    {
      group: ['@aws-sdk/*', '@smithy/*'],
      message: 'Only src/collect/ may talk to AWS (docs/architecture.md, "Layers").',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-check/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A value-import cycle leaves one side reading `undefined` at module load (it happened in
      // tests/builders). Type-only imports are erased, so they may cross.
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: false }],
    },
  },
  {
    // Tests hand async callbacks to APIs that expect promises; `async () => value` says that plainly.
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    // vitest's asymmetric matchers (expect.stringContaining, expect.any) are typed `any`.
    rules: { '@typescript-eslint/require-await': 'off', '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.ts'],
    // src/export/ holds the one opt-in write call (--export securityhub).
    ignores: ['src/collect/**', 'src/export/**'],
    rules: { 'no-restricted-imports': ['error', sdkOnlyInCollect] },
  },
  {
    // Checks, evaluation and reports are pure functions of the inventory: no AWS, no collectors.
    files: ['src/checks/**/*.ts', 'src/evaluate/**/*.ts', 'src/report/**/*.ts', 'src/model/**/*.ts', 'src/frameworks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...sdkOnlyInCollect.patterns,
            {
              group: ['**/collect/**', '**/aws/**', '**/cli/**', '**/pipeline/**'],
              message: 'Checks, evaluate and report stay pure (docs/architecture.md, "Layers").',
            },
          ],
        },
      ],
    },
  },
  {
    // The secrets scanner reads files and runs git, but never AWS: `scan --secrets` hands its
    // reduced results (key IDs and places, no secret) to src/evaluate/source-secrets.ts.
    files: ['src/secrets/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...sdkOnlyInCollect.patterns,
            {
              group: ['**/collect/**', '**/aws/**', '**/cli/**', '**/pipeline/**'],
              message: 'src/secrets/ stays independent of AWS and the CLI.',
            },
          ],
        },
      ],
    },
  },
);
