/** The `?page=` number, 1 when absent or not a positive whole number. */
export function pageFromSearchParams(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
