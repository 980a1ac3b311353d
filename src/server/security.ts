/**
 * Security headers and CORS. Every response gets the common headers; the page also gets a CSP
 * that allows only its own inline script and style (by hash) and calls to its own origin.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  // JSON answers need nothing from a browser: the strictest policy.
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

export function setCommonHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) response.setHeader(name, value);
}

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's CSP: no external source of any kind, inline code only when its hash matches. */
export function pageContentSecurityPolicy(inlineScript: string, inlineStyle: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256Source(inlineScript)}`,
    `style-src ${sha256Source(inlineStyle)}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * CORS only when CORS_ORIGIN is set ("*" or one origin). Returns true when the request was a
 * preflight that has been answered.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse, allowedOrigin: string | undefined): boolean {
  const origin = request.headers.origin;
  if (!allowedOrigin || !origin) return false;
  if (allowedOrigin !== '*' && origin !== allowedOrigin) return false;
  response.setHeader('Access-Control-Allow-Origin', allowedOrigin === '*' ? '*' : origin);
  response.setHeader('Vary', 'Origin');
  if (request.method !== 'OPTIONS') return false;
  response.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST',
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': '600',
  });
  response.end();
  return true;
}

/** Compares secrets in constant time (lengths are hashed away first). */
export function secretsMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
