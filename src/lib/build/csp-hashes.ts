import { createHash } from 'node:crypto';

/**
 * Astro's CSP meta tag lists the hash of every inline script and style of the whole build on every
 * page (30 hashes, about 1.1 KB brotli, random and so incompressible). A page needs only the hashes
 * of its own inline `<script>` and `<style>` elements: these functions keep those and drop the rest.
 */

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const HASH = /'sha256-[A-Za-z0-9+/=]+'/g;
/** `<script>` without `src` whose type runs (none, module, JavaScript); JSON data blocks do not. */
const INLINE_SCRIPT = /<script\b((?:(?!\bsrc=)[^>])*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const RUNNABLE_TYPE = /\btype=["']?(module|text\/javascript|application\/javascript)["']?|^(?![\s\S]*\btype=)/i;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The CSP hashes (`'sha256-…'`, quoted as in a policy) this page's inline scripts and styles need. */
export function inlineHashes(html: string): { script: string[]; style: string[] } {
  const script = [...html.matchAll(INLINE_SCRIPT)]
    .filter((match) => RUNNABLE_TYPE.test(match[1]!))
    .map((match) => hashOf(match[2]!));
  const style = [...html.matchAll(INLINE_STYLE)].map((match) => hashOf(match[1]!));
  return { script, style };
}

export interface PrunedPolicy {
  html: string;
  /** How many hashes were dropped from the page's policy. */
  removed: number;
  /** Inline scripts or styles of the page whose hash the policy lacks: the browser would refuse them. */
  missing: string[];
}

/** The page with a policy that names only its own inline scripts' and styles' hashes. */
export function pruneCspHashes(html: string): PrunedPolicy {
  const meta = CSP_META.exec(html);
  if (!meta) return { html, removed: 0, missing: [] };
  const policy = meta[1]!;
  const needed = inlineHashes(html);
  const listed = new Set(policy.match(HASH) ?? []);
  const directives = policy.split(';');
  const allows = (name: string, hash: string) =>
    directives.some((directive) => {
      const [directiveName, ...sources] = directive.trim().split(/\s+/);
      return directiveName === name && (sources.includes(hash) || sources.includes("'unsafe-inline'"));
    });
  const missing = [
    ...needed.script.filter((hash) => !allows('script-src', hash)).map((hash) => `script ${hash}`),
    ...needed.style.filter((hash) => !allows('style-src', hash)).map((hash) => `style ${hash}`),
  ];
  const keep = new Set([...needed.script, ...needed.style]);
  const pruned = policy.replace(/ ?'sha256-[A-Za-z0-9+/=]+'/g, (token) => (keep.has(token.trim()) ? token : ''));
  const removed = [...listed].filter((hash) => !keep.has(hash)).length;
  const tag = meta[0].replace(policy, () => pruned);
  return { html: html.replace(meta[0], () => tag), removed, missing };
}
