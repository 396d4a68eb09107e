import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { layers } from '../../eslint/layers.js';

RuleTester.describe = describe;
RuleTester.it = it;

const src = `${process.cwd()}/src`;
const rule = layers.rules?.['one-way-imports'];
if (!rule) throw new Error('the layers plugin lost its rule');

new RuleTester({ languageOptions: { sourceType: 'module' } }).run('one-way-imports', rule, {
  valid: [
    { filename: `${src}/app/show-page.tsx`, code: "import '../features/release/x.tsx';" },
    { filename: `${src}/features/release/a/b.tsx`, code: "import '../c/d.ts';" },
    { filename: `${src}/features/release/a/b.tsx`, code: "import '../../../lib/clock.ts';" },
    { filename: `${src}/lib/clock.ts`, code: "import '../data/show-types.ts';" },
    { filename: `${src}/features/credits/a.tsx`, code: "import 'react';" },
  ],
  invalid: [
    {
      filename: `${src}/features/release/components/card.tsx`,
      code: "import { ThemeToggle } from '../../theme/components/theme-toggle.tsx';",
      errors: [{ messageId: 'crossing' }],
    },
    {
      filename: `${src}/features/spoilers/x.ts`,
      code: "export { App } from '../../app/app.tsx';",
      errors: [{ messageId: 'crossing' }],
    },
    {
      filename: `${src}/lib/x.ts`,
      code: "const load = () => import('../features/credits/y.ts');",
      errors: [{ messageId: 'crossing' }],
    },
    {
      filename: `${src}/components/ui/x.tsx`,
      code: "import '../../features/theme/stores/theme-store.ts';",
      errors: [{ messageId: 'crossing' }],
    },
  ],
});
