import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

function astroA11yPlugin() {
  const entry = astro.configs['jsx-a11y-recommended'].find((config) => config.plugins?.['jsx-a11y']);
  return entry?.plugins?.['jsx-a11y'] ?? jsxA11y;
}

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'content/', 'reference/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    // The same plugin object the Astro config registered (ESLint refuses two copies of one plugin).
    files: ['**/*.tsx'],
    plugins: { 'jsx-a11y': astroA11yPlugin() },
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Browser code: islands, the service worker and the one plain script every page loads.
    files: ['src/islands/**', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/service-worker/**'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
);
