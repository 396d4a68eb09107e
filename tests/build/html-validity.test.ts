import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { hashSource } from '../../scripts/csp.mjs';
import { indexHtml, inlineScripts, inlineStyles } from './build-output.ts';

/** The policy's directives by name: `script-src` → its sources. */
function policyDirectives(): Map<string, string[]> {
  const head = indexHtml.slice(0, indexHtml.indexOf('</head>'));
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(head)?.[1];
  if (!policy) throw new Error('The built page has no Content-Security-Policy.');
  return new Map(
    policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

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
    // Nothing that loads or runs may come before the policy.
    expect(head.indexOf('Content-Security-Policy')).toBeGreaterThan(0);
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(
      head.search(/<script|<link|<style/),
    );
    const directives = policyDirectives();
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const sources of directives.values()) {
      expect(sources.join(' ')).not.toMatch(/unsafe-|\*|https?:/);
    }
  });

  it('allows exactly its own inline script and style, by hash, and nothing else inline', () => {
    const directives = policyDirectives();
    expect(directives.get('script-src')).toEqual(["'self'", ...inlineScripts().map(hashSource)]);
    expect(directives.get('style-src')).toEqual(inlineStyles().map(hashSource));
    expect(indexHtml).not.toMatch(/\sstyle="/);
    expect(indexHtml).not.toMatch(/\son[a-z]+="/);
  });
});
