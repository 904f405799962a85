import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appealsApi, authApi, evaluationsApi, payBandsApi } from './client';
import { AppealKind, AppealScope, type AppealInput } from '../generated/api';
import { FILE_UPLOADS, forgetUnsettledActions, isCreatingPost, newKey } from './idempotency';

const APPEAL: AppealInput = { kind: AppealKind.Outcome, scope: AppealScope.Individual, evaluationId: 'e1' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function respond(status: number, body: unknown = { status }) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

const band = { payBandCreate: { structureId: 's1', code: 'B1', name: 'Band 1', rank: 1, openToNewEntrants: true } };

function keysSent(fetchMock: ReturnType<typeof vi.fn>): (string | null)[] {
  return fetchMock.mock.calls.map(([, init]) => new Headers((init as RequestInit).headers).get('Idempotency-Key'));
}

beforeEach(() => forgetUnsettledActions());
afterEach(() => vi.unstubAllGlobals());

describe('Idempotency-Key on creating POSTs', () => {
  it('sends a fresh UUID with each new create, and none with reads, sign-in or actions', async () => {
    const fetchMock = vi.fn().mockImplementation(() => Promise.resolve(respond(201, {})));
    vi.stubGlobal('fetch', fetchMock);
    await payBandsApi.createPayBand(band).catch(() => undefined);
    await appealsApi.lodgeAppeal({ appealInput: APPEAL }).catch(() => undefined);
    await payBandsApi.listPayBands({}).catch(() => undefined);
    await authApi.login({ loginRequest: { username: 'a', password: 'b' } }).catch(() => undefined);
    await evaluationsApi.signOffEvaluation({ evaluationId: 'e1', ifMatch: '"1"' }).catch(() => undefined);
    const [first, second, read, login, action] = keysSent(fetchMock);
    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    expect(second).not.toBe(first);
    expect([read, login, action]).toEqual([null, null, null]);
  });

  it('reuses the key when the same create is tried again after a lost answer, a 5xx or a create still running', async () => {
    const fetchMock = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(respond(503))
      .mockResolvedValueOnce(respond(409, { status: 409, type: 'https://bandwise.example/problems/idempotency-key-in-use' }))
      .mockResolvedValueOnce(respond(201, {}))
      .mockResolvedValueOnce(respond(201, {}));
    vi.stubGlobal('fetch', fetchMock);
    for (let attempt = 0; attempt < 5; attempt++) {
      await payBandsApi.createPayBand(band).catch(() => undefined);
    }
    const keys = keysSent(fetchMock);
    expect(new Set(keys.slice(0, 4)).size).toBe(1);
    expect(keys[4]).toMatch(UUID);
    expect(keys[4]).not.toBe(keys[0]);
  });

  it('treats a different body, or a final refusal, as a new action', async () => {
    const fetchMock = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(respond(409, { status: 409, type: 'https://bandwise.example/problems/conflict' }))
      .mockResolvedValueOnce(respond(201, {}))
      .mockResolvedValue(respond(201, {}));
    vi.stubGlobal('fetch', fetchMock);
    await payBandsApi.createPayBand(band).catch(() => undefined);
    await payBandsApi.createPayBand(band).catch(() => undefined);
    await payBandsApi.createPayBand(band).catch(() => undefined);
    const other = { payBandCreate: { ...band.payBandCreate, code: 'B2' } };
    await payBandsApi.createPayBand(other).catch(() => undefined);
    const [lost, retried, afterConflict, different] = keysSent(fetchMock);
    expect(retried).toBe(lost);
    expect(afterConflict).not.toBe(lost);
    expect(different).not.toBe(afterConflict);
  });

  it('makes version 4 UUIDs without crypto.randomUUID too (plain http on a server name)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => real.getRandomValues(a) });
    const key = newKey();
    vi.unstubAllGlobals();
    expect(key).toMatch(UUID);
  });

  it('covers exactly the POSTs of the contract that create (201)', () => {
    const contract = readFileSync(resolve(__dirname, '../../../openapi/bandwise.yaml'), 'utf8').split('\n');
    const posts: { path: string; creates: boolean }[] = [];
    let path = '';
    let inPaths = false;
    let current: { path: string; creates: boolean } | undefined;
    for (const line of contract) {
      if (/^\S/.test(line)) {
        inPaths = line.startsWith('paths:');
        current = undefined;
        continue;
      }
      if (!inPaths) continue;
      const pathLine = /^ {2}(\/\S*):\s*$/.exec(line);
      if (pathLine) {
        path = pathLine[1];
        current = undefined;
        continue;
      }
      const method = /^ {4}([a-z]+):\s*$/.exec(line);
      if (method) {
        current = method[1] === 'post' ? { path, creates: false } : undefined;
        if (current) posts.push(current);
        continue;
      }
      if (current && /^ {8}['"]?201['"]?:/.test(line)) {
        current.creates = true;
      }
    }
    expect(posts.filter((p) => p.creates).length).toBeGreaterThanOrEqual(10);
    for (const post of posts) {
      const concrete = post.path.replace(/\{[^}]+\}/g, 'x1');
      const keyed = post.creates && !FILE_UPLOADS.includes(post.path);
      expect([post.path, isCreatingPost('POST', `/api/v1${concrete}`)]).toEqual([post.path, keyed]);
    }
  });
});
