import { describe, expect, it } from 'vitest';
import { indexBy } from '../../../src/checks/lib/index-by.js';

describe('indexBy', () => {
  it('finds what find() would: the first item with the key, undefined for none', () => {
    const list = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'a', n: 3 },
    ];
    const index = indexBy(list, 'id');
    expect(index.get('a')).toBe(list.find((x) => x.id === 'a'));
    expect(index.get('b')?.n).toBe(2);
    expect(index.get('c')).toBeUndefined();
    // Built once per list and key.
    expect(indexBy(list, 'id')).toBe(index);
    expect(indexBy([...list], 'id')).not.toBe(index);
  });
});
