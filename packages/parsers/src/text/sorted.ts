/** Index of the first item starting at or after pos, in a list sorted by start (binary search). */
export function firstAtOrAfter(xs: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
