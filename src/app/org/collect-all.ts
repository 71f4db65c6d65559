/**
 * Reading every row of a filtered list by walking its pages. Detail views (a team's members,
 * a manager's reports) must show everything, while the repository only offers paged reads
 * so that no single query can return an unbounded result.
 */
import type { Page } from '../../store/org-repository.js';

const PAGE = 500;

export async function collectAll<T>(fetch: (page: { limit: number; offset: number }) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetch({ limit: PAGE, offset });
    all.push(...page.items);
    // Stop on a short page too, in case rows were removed between the count and the read.
    if (page.items.length < PAGE || all.length >= page.total) return all;
  }
}
