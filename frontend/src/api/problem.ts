import { ResponseError } from '../generated/api';

export interface FieldProblem {
  field: string;
  message: string;
}

/** What went wrong with a request, in the shape the pages and forms use. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly fieldProblems: FieldProblem[];
  readonly retryAfterSeconds?: number;

  constructor(init: {
    status: number;
    title: string;
    detail?: string;
    fieldProblems?: FieldProblem[];
    retryAfterSeconds?: number;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldProblems = init.fieldProblems ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

const GENERIC_TITLE = 'Sorry, there is a problem with the service';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads an RFC 9457 problem body (already parsed JSON) into field problems, a title and a detail. */
export function problemFromBody(status: number, body: unknown, retryAfterSeconds?: number): ApiProblem {
  if (!isRecord(body)) {
    return new ApiProblem({ status, title: GENERIC_TITLE, retryAfterSeconds });
  }
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const fieldProblems = errors
    .filter(isRecord)
    .filter((error) => typeof error.message === 'string')
    .map((error) => ({ field: typeof error.field === 'string' ? error.field : '', message: String(error.message) }));
  return new ApiProblem({
    status: typeof body.status === 'number' ? body.status : status,
    title: typeof body.title === 'string' ? body.title : GENERIC_TITLE,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    fieldProblems,
    retryAfterSeconds,
  });
}

export function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) {
    return undefined;
  }
  return Number(header.trim());
}

/** Turns anything a generated client call threw into an ApiProblem. */
export async function toApiProblem(error: unknown): Promise<ApiProblem> {
  if (error instanceof ApiProblem) {
    return error;
  }
  if (error instanceof ResponseError) {
    const response = error.response;
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    let body: unknown;
    try {
      body = await response.clone().json();
    } catch {
      body = undefined;
    }
    return problemFromBody(response.status, body, retryAfter);
  }
  return new ApiProblem({
    status: 0,
    title: GENERIC_TITLE,
    detail: 'The service could not be reached. Check your connection and try again.',
  });
}

/** Runs a generated client call and rethrows any failure as an ApiProblem. */
export async function callApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw await toApiProblem(error);
  }
}

export function isProblemWithStatus(error: unknown, status: number): boolean {
  return error instanceof ApiProblem && error.status === status;
}
