// Answers of a pure string function, kept because long documents repeat the same headings, phases and timestamps
// thousands of times. Bounded: a document of distinct strings only empties it now and then.
export class Memo<T> {
  private readonly map = new Map<string, T | undefined>();

  get(key: string, compute: (key: string) => T | undefined): T | undefined {
    const map = this.map;
    if (map.has(key)) return map.get(key);
    const v = compute(key);
    if (map.size >= 2000) map.clear();
    map.set(key, v);
    return v;
  }
}
