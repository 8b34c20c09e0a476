/**
 * Lookups in lists sorted by offset (mentions, sentences, quotation spans) by binary search, so that asking for
 * every trigger or sentence costs the span, not the document: scanning the whole list each time is quadratic.
 */

/** Index of the first item whose key (its start unless said) is at or after pos. */
export function firstAtOrAfter<T extends { start: number }>(xs: readonly T[], pos: number, key: (x: T) => number = (x) => x.start): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The segment (sentence, paragraph) containing pos, in a list of non-overlapping segments in text order. */
export function segmentAt<T extends { start: number; end: number }>(xs: readonly T[], pos: number): T | undefined {
  const s = xs[firstAtOrAfter(xs, pos + 1) - 1];
  return s && pos < s.end ? s : undefined;
}
