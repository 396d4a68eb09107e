import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';
import { indexHtml } from './build-output.ts';

describe('the built index.html', () => {
  it('is valid HTML', async () => {
    const validator = new HtmlValidate({
      // Prettier writes the shell (lowercase doctype, self-closed void elements).
      extends: ['html-validate:recommended', 'html-validate:prettier'],
      rules: {
        // React's useId ids (`_R_1_`) are valid HTML ids; the default also wants a leading letter.
        'valid-id': ['error', { relaxed: true }],
        // Attribute names are case-insensitive in HTML; React writes some in camel case (dateTime).
        'attr-case': 'off',
        // React writes boolean attributes as disabled="", which HTML defines as the same thing.
        'attribute-boolean-style': ['error', { style: 'empty' }],
      },
    });
    const report = await validator.validateString(indexHtml, 'dist/index.html');
    const messages = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(messages).toEqual([]);
  });

  it('starts with a strict Content-Security-Policy', () => {
    const head = indexHtml.slice(0, indexHtml.indexOf('</head>'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(head);
    expect(meta?.[1]).toBe(contentSecurityPolicy);
    // Nothing that loads or runs may come before the policy.
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(
      head.search(/<script|<link|<style/),
    );
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "base-uri 'none'",
    ]) {
      expect(contentSecurityPolicy).toContain(directive);
    }
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('has no inline script or style that the policy would block', () => {
    const scripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts) {
      const runsCode = !/type="application\/(json|ld\+json)"/.test(attributes ?? '');
      if (runsCode) expect(body?.trim(), `inline script with ${attributes}`).toBe('');
    }
    expect(indexHtml).not.toMatch(/<style\b/);
    expect(indexHtml).not.toMatch(/\sstyle="/);
    expect(indexHtml).not.toMatch(/\son[a-z]+="/);
  });
});
