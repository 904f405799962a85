import { PEOPLE_SORTS, type PeopleSort } from './queries';

export { PEOPLE_SORTS, type PeopleSort };

export const PEOPLE_SIZE_NOTE = 'Select a column heading to sort everyone in scope by it.';

/** `?sort=` as one of the sorts the server offers, `name` otherwise. */
export function sortFromParams(params: URLSearchParams): PeopleSort {
  const sort = params.get('sort') ?? '';
  return (PEOPLE_SORTS as readonly string[]).includes(sort) ? (sort as PeopleSort) : 'name';
}
