// Response headers that tell the browser what our pages may load and who may frame them (helmet, on every answer).
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The Content-Security-Policy of the built app (web/app/dist): its scripts and styles are files of our own origin,
 * nothing comes from a CDN, and no page may frame it. Two allowances, each needed by the built app:
 * - script-src 'unsafe-eval': AJV (the browser half of "one schema, two checkers") compiles each form's JSON Schema
 *   into a function with `new Function`; forms are edited at run time, so they cannot be precompiled. Inline scripts
 *   and script attributes stay forbidden, which is what stops injected markup from running.
 * - style-src-attr 'unsafe-inline': echarts and React components set `style="…"` attributes (tooltips, chart boxes).
 *   Attribute styles carry no selectors or URLs that load anything under img-src/font-src 'self'; <style> elements and
 *   foreign stylesheets stay forbidden.
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const https = publicUrl.startsWith('https://');
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'none'"],
        'script-src': ["'self'", "'unsafe-eval'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'"],
        'style-src-elem': ["'self'"],
        'style-src-attr': ["'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'frame-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        // Over plain http (a local trial) upgrading would break every request; over https it closes mixed content.
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  });
}
