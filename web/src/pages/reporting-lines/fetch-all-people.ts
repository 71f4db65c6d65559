/**
 * Every person, page by page (the API caps a page at 500): the tree needs the whole
 * organisation to know who is at the top.
 */
import type { api as apiFn } from '../../api/client';
import type { Person } from '../../api/operations';

const pageSize = 500;

export async function fetchAllPeople(api: typeof apiFn, signal: AbortSignal): Promise<Person[]> {
  const people: Person[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await api('GET /api/people', { query: { limit: pageSize, offset }, signal });
    people.push(...page.items);
    if (page.items.length === 0 || people.length >= page.total) return people;
  }
}
