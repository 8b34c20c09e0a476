/**
 * The trace of one extraction, kept only when asked for (`extractDocument(…, { explain: true })`): which rules
 * vetoed which candidates, and which refiners changed which records. `shuttle extract --explain` prints it.
 */

/** A candidate a named rule turned down. Offsets are UTF-16 offsets into the document text. */
export interface Veto {
  rule: string;
  start: number;
  end: number;
  text: string;
  why: string;
}

export class Trace {
  readonly vetoes: Veto[] = [];
  /** Refiners that changed a record, by record. */
  readonly refined = new Map<object, Set<string>>();
  constructor(private readonly text: string) {}
  veto(rule: string, start: number, end: number, why: string): void {
    this.vetoes.push({ rule, start, end, text: this.text.slice(start, end), why });
  }
  refine(record: object, refiner: string): void {
    const set = this.refined.get(record) ?? new Set<string>();
    set.add(refiner);
    this.refined.set(record, set);
  }
}
