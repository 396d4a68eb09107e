// The page's Content-Security-Policy: everything from this origin, nothing inline, nothing else.
// The build writes it into <meta http-equiv>; the README gives the same as HTTP headers.
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** The meta element, placed first in <head> so it governs every element after it. */
export function cspMetaTag() {
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
}
