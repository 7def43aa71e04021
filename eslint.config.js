import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const sdkOnlyInCollect = {
  patterns: [{ group: ['@aws-sdk/*', '@smithy/*'], message: 'Only src/collect/ and src/aws/ may talk to AWS (DESIGN.md).' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-check/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/collect/**', 'src/aws/**'],
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
            { group: ['**/collect/**', '**/aws/**', '**/cli/**'], message: 'Checks, evaluate and report stay pure (DESIGN.md).' },
          ],
        },
      ],
    },
  },
);
