// Things with a time, oldest first: one sort for the rules, the sidebar, the chart and the importer. Stable, so items
// with equal times keep the order their author listed them in.

/** A time we can place on the axis: a finite number (undefined, NaN and infinities are no time). */
export const hasTime = (at: number | undefined): at is number => typeof at === 'number' && Number.isFinite(at);

/** Indices of the items that have a time (`timeOf`), oldest first; items without one are left out. */
export function indicesInTimeOrder<T>(items: readonly T[], timeOf: (item: T) => number | undefined): number[] {
  return items.map((item, i) => ({ at: timeOf(item), i }))
    .filter((x): x is { at: number; i: number } => hasTime(x.at))
    .sort((a, b) => (a.at - b.at) || (a.i - b.i))
    .map((x) => x.i);
}

/** The items that have a time (`at`), oldest first; items without one are left out. */
export function inTimeOrder<T extends { at?: number }>(items: readonly T[]): T[] {
  return indicesInTimeOrder(items, (item) => item.at).map((i) => items[i]);
}
