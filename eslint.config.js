// ESLint flat config: @eslint/js and typescript-eslint's recommended rules, type-aware on the TypeScript
// (one program from tsconfig.test.json, which covers src/ and __tests__/), syntax-only on the plain
// JavaScript of bench/, scripts/, bin/ and the config files. Formatting is prettier's: eslint-config-prettier
// comes last and turns off every rule that would disagree with it.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'examples/', 'build/', '.cache/', 'wheelhouse/', '.tools/', 'coverage/', 'shared/'] },
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' }
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      // async without await is deliberate: methods that implement a Promise-returning interface, and phase
      // callbacks, stay async so that a synchronous throw becomes a rejection.
      '@typescript-eslint/require-await': 'off',
      // String(x) on values of unknown type (recipe YAML, Jinja arguments, variant values) is the deliberate
      // conversion, as Python's str() is in conda-build.
      '@typescript-eslint/no-base-to-string': 'off'
    }
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.recommended]
  },
  {
    rules: {
      // `_name` marks an unused parameter or binding; `{ drop: _, ...rest }` is how a key is left out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }
      ]
    }
  },
  {
    files: ['__tests__/**'],
    languageOptions: { globals: { ...globals.jest } },
    rules: {
      // jest's asymmetric matchers (expect.any, expect.stringMatching, expect.objectContaining) are typed any,
      // and tests look into JSON.parse output directly; src/ keeps these rules.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // tests save process.stdout.write / stderr.write as they are, to put them back afterwards
      '@typescript-eslint/unbound-method': 'off'
    }
  },
  prettier
)
