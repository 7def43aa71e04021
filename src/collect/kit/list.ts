import type { Observed } from '../../model/observed.js';
import type { AwsAction } from '../aws/services.js';
import { mapObserved } from './observed.js';
import type { Reader, ReadScope } from './read.js';

/** Collects every page of an SDK paginator into one array (one read = the whole list). */
export async function allPages<P, T>(pages: AsyncIterable<P>, items: (page: P) => readonly T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(items(page) ?? []));
  return out;
}

/**
 * A paginated list read: `pages` (an SDK paginator, created inside the read so that it runs under
 * the scheduler) is read to the end as one read, and each item is mapped into the model. A failed
 * page fails the whole list: a partial list would let a check pass on what it never saw.
 */
export async function readList<P, I, T>(
  reader: Reader,
  action: AwsAction,
  scope: ReadScope,
  pages: () => AsyncIterable<P>,
  items: (page: P) => readonly I[] | undefined,
  map: (item: I) => T,
): Promise<Observed<T[]>> {
  const listed = await reader.read(action, scope, () => allPages(pages(), items));
  return mapObserved(listed, (list) => list.map(map));
}
