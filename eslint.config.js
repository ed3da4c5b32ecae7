import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import vue from 'eslint-plugin-vue';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', '.artifacts/', 'node_modules/', 'data/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // As with tsconfig's noUnusedParameters, a leading _ marks a parameter a signature requires; a rest sibling drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['screen/**/*.vue'],
    extends: [vue.configs['flat/recommended']],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: {
      // As typescript-eslint advises for TypeScript: vue-tsc reports undefined names, and no-undef does not know types.
      'no-undef': 'off',
    },
  },
  { files: ['screen/**'], languageOptions: { globals: globals.browser } },
  { files: ['server/**', 'mock/**', 'tests/**', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
  prettier,
]);
