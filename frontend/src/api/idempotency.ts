import type { Middleware } from '../generated/api';

/**
 * Every creating POST carries an `Idempotency-Key` (the server keeps keys for 24 hours and replays the first answer to
 * a repeat), so a create whose answer was lost never makes a second record when the person tries again.
 *
 * One key per user action: the first attempt at a create gets a fresh UUID; trying the same create again (same
 * address, same body) while its outcome is unknown — the network failed, the server answered 5xx, or the first attempt
 * is still running (409) — sends the same key, so the server replays or finishes the first attempt instead of creating
 * again. Once an answer is final (any other status), the action is over: the next create, even an identical one, is a
 * new action with a new key.
 */

/** The creating POSTs (201 Created) of the contract, relative to /api/v1; the test checks this against the contract. */
const CREATING_POSTS: readonly RegExp[] = [
  /^\/users$/,
  /^\/pay-bands$/,
  /^\/pay-bands\/[^/]+\/scales$/,
  /^\/pay-scales\/[^/]+\/copies$/,
  /^\/schemes$/,
  /^\/schemes\/[^/]+\/versions$/,
  /^\/job-descriptions$/,
  /^\/job-descriptions\/[^/]+\/versions$/,
  /^\/evaluations$/,
  /^\/appeals$/,
  /^\/rebandings$/,
  /^\/calendar\/bank-holidays$/,
  /^\/vacancies$/,
  /^\/vacancies\/[^/]+\/offers$/,
  /^\/ring-fences$/,
  /^\/staff\/[^/]+\/statutory-priorities$/,
];

/**
 * Creating POSTs that carry a file (appeal evidence, up to 10 MB) get no key: the server keeps a keyed request's body to
 * compare a repeat with the first, and keeps bodies up to 5 MB only. A repeated upload shows as a second file, which
 * the person can withdraw.
 */
export const FILE_UPLOADS: readonly string[] = ['/appeals/{appealId}/evidence'];

const HEADER = 'Idempotency-Key';
/** Shorter than the server's 24 hours, so a reused key is always one the server still holds. */
const KEEP_MS = 23 * 60 * 60 * 1000;
const MAX_UNSETTLED = 200;

/** The path under /api/v1, without query or origin. */
function apiPath(url: string): string {
  const path = new URL(url, 'http://localhost').pathname;
  return path.replace(/^\/api\/v1(?=\/)/, '');
}

export function isCreatingPost(method: string | undefined, url: string): boolean {
  return (method ?? 'GET').toUpperCase() === 'POST' && CREATING_POSTS.some((pattern) => pattern.test(apiPath(url)));
}

/** A version 4 UUID; `crypto.randomUUID` exists only in secure contexts (https or localhost). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface Unsettled {
  key: string;
  since: number;
}

/** Creates whose outcome is not known yet, by what makes them the same action: address and body. */
const unsettled = new Map<string, Unsettled>();

function actionOf(url: string, body: unknown): string | undefined {
  // a file upload is not compared: each attempt is its own action
  return typeof body === 'string' || body === undefined || body === null ? `${apiPath(url)}\n${body ?? ''}` : undefined;
}

function keyFor(action: string | undefined, now: number): string {
  for (const [known, entry] of unsettled) {
    if (now - entry.since > KEEP_MS) {
      unsettled.delete(known);
    }
  }
  const existing = action === undefined ? undefined : unsettled.get(action);
  if (existing) {
    return existing.key;
  }
  const key = newKey();
  if (action !== undefined) {
    if (unsettled.size >= MAX_UNSETTLED) {
      const oldest = unsettled.keys().next().value;
      if (oldest !== undefined) {
        unsettled.delete(oldest);
      }
    }
    unsettled.set(action, { key, since: now });
  }
  return key;
}

function settle(key: string | null): void {
  if (!key) {
    return;
  }
  for (const [action, entry] of unsettled) {
    if (entry.key === key) {
      unsettled.delete(action);
    }
  }
}

/** Whether an answer leaves the outcome unknown, so that trying again is the same action. */
async function outcomeUnknown(response: Response): Promise<boolean> {
  if (response.status >= 500 || response.status === 408) {
    return true;
  }
  if (response.status !== 409) {
    return false;
  }
  // 409 for a key whose first request is still running; any other 409 (a record that exists) is final
  try {
    const problem: unknown = await response.clone().json();
    return typeof problem === 'object' && problem !== null && String((problem as { type?: unknown }).type).endsWith('/idempotency-key-in-use');
  } catch {
    return false;
  }
}

export const idempotencyKeys: Middleware = {
  async pre(context) {
    if (!isCreatingPost(context.init.method, context.url)) {
      return;
    }
    const headers = new Headers(context.init.headers);
    if (!headers.has(HEADER)) {
      headers.set(HEADER, keyFor(actionOf(context.url, context.init.body), Date.now()));
    }
    return { url: context.url, init: { ...context.init, headers } };
  },
  async post(context) {
    if (isCreatingPost(context.init.method, context.url) && !(await outcomeUnknown(context.response))) {
      settle(new Headers(context.init.headers).get(HEADER));
    }
    return context.response;
  },
};

/** For tests: forget every unsettled action. */
export function forgetUnsettledActions(): void {
  unsettled.clear();
}
