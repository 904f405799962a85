import type { ApiResponse } from '../generated/api';
import { callApi } from './problem';

/** A single record with the ETag it was read at, sent back as If-Match when it is changed. */
export interface Versioned<T> {
  record: T;
  etag: string;
}

/** Runs a generated `...Raw` call and keeps the ETag header beside the record. */
export async function readVersioned<T>(rawCall: () => Promise<ApiResponse<T>>): Promise<Versioned<T>> {
  return callApi(async () => {
    const response = await rawCall();
    const record = await response.value();
    return { record, etag: response.raw.headers.get('ETag') ?? '' };
  });
}
