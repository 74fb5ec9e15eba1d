/**
 * The Content-Security-Policy: everything from the site itself, no inline script or
 * style, nothing from third parties. Sent as a meta tag (which any static host
 * serves) and, with frame-ancestors, as a header where the host allows headers
 * (public/_headers): embeds may be framed anywhere, other pages only by the site.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
