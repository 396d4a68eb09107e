// The page's Content-Security-Policy: scripts from this origin, plus the blocks the build writes
// into the HTML itself (the scripts from public/ and the stylesheet), each allowed by its SHA-256
// and nothing else inline. The build writes it into <meta http-equiv>; the README says how to send
// the same as an HTTP header.
import { createHash } from 'node:crypto';

/** The CSP source that allows exactly this inline script or style: `'sha256-…'`. */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for a page whose inline script and style are these texts. */
export function contentSecurityPolicy({ inlineScripts = [], inlineStyles = [] } = {}) {
  return [
    "default-src 'none'",
    ["script-src 'self'", ...inlineScripts.map(hashSource)].join(' '),
    ['style-src', ...inlineStyles.map(hashSource)].join(' '),
    // data: for the icon, which the HTML carries (see head-tags.ts); images cannot run script.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The meta element, placed first in <head> so it governs every element after it. */
export function cspMetaTag(policy) {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}
