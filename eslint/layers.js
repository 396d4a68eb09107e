// @ts-check
// Imports go one way: shared code (lib, components, data) → features → app. A feature never
// imports another feature, and shared code never imports a feature or the app. bulletproof-react
// enforces the same with import/no-restricted-paths; this rule does it without another plugin.
import { dirname, relative, resolve, sep } from 'node:path';

const SHARED = new Set(['lib', 'components', 'data', 'styles']);

/** 'app', 'feature:release', 'lib', … for a file under src/; undefined elsewhere. */
function layerOf(srcDir, file) {
  const parts = relative(srcDir, file).split(sep);
  if (parts[0] === '..' || parts.length < 2) return undefined;
  if (parts[0] === 'features') return `feature:${parts[1]}`;
  return parts[0];
}

function forbidden(from, to) {
  if (!from || !to || from === to) return false;
  if (SHARED.has(from)) return !SHARED.has(to);
  if (from.startsWith('feature:')) return to === 'app' || to.startsWith('feature:');
  return false;
}

/** @type {import('eslint').ESLint.Plugin} */
export const layers = {
  rules: {
    'one-way-imports': {
      meta: {
        type: 'problem',
        docs: { description: 'Imports go from shared code to features to the app, never back.' },
        messages: {
          crossing:
            '{{from}} may not import {{to}}: move what both need into src/lib, src/components or src/data, or compose them in src/app.',
        },
        schema: [],
      },
      create(context) {
        const srcDir = resolve(context.cwd, 'src');
        const from = layerOf(srcDir, context.filename);
        /** @param {any} node */
        const check = (node) => {
          const source = node.source;
          if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
          if (!source.value.startsWith('.')) return;
          const to = layerOf(srcDir, resolve(dirname(context.filename), source.value));
          if (forbidden(from, to)) {
            context.report({ node: source, messageId: 'crossing', data: { from, to } });
          }
        };
        return {
          ImportDeclaration: check,
          ImportExpression: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
        };
      },
    },
  },
};
