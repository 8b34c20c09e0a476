/**
 * RecordBuilder: what every refiner needs to make records of one document: evidence spans with code-point
 * offsets, and the actor and place records the records refer to, each made once.
 */
import { type Actor, type Evidence, OffsetMap, type Place } from "@shuttle/core";
import type { Analysis } from "../analysis.js";
import type { PlaceEntry } from "../entities/gazetteer.js";
import { actorId, type DocActor } from "../entities/resolve.js";

export class RecordBuilder {
  private readonly map: OffsetMap;
  private readonly actorsUsed = new Map<DocActor, Actor>();
  // Ids are unique by construction: two of the document's actors whose names give one id ("Blinken" in plain and in
  // mathematical bold letters) are one actor record, with both names as aliases.
  private readonly actorById = new Map<string, Actor>();
  private readonly placesUsed = new Map<string, Place>();

  constructor(
    readonly a: Analysis,
    private readonly original: string,
  ) {
    this.map = new OffsetMap(original);
  }

  get id(): string {
    return this.a.id;
  }

  /** Evidence for UTF-16 offsets into the text: code-point offsets, and the original's characters. */
  span(start: number, end: number): Evidence {
    return {
      document_id: this.a.id as Evidence["document_id"],
      start: this.map.toCodePoint(start),
      end: this.map.toCodePoint(end),
      text: this.original.slice(start, end),
    };
  }

  /** The id of an actor's record, made on first use. */
  readonly actor = (d: DocActor | null | undefined): Actor["id"] | null => {
    if (!d) return null;
    let rec = this.actorsUsed.get(d) ?? this.actorById.get(actorId(d));
    if (rec && !this.actorsUsed.has(d)) {
      const name = rec.name;
      rec.aliases = [...new Set([...rec.aliases, d.name, ...d.aliases])].filter((x) => x !== name).sort();
      this.actorsUsed.set(d, rec);
    }
    if (!rec) {
      rec = {
        id: actorId(d) as Actor["id"],
        name: d.name,
        kind: d.kind,
        aliases: [...d.aliases].filter((x) => x !== d.name).sort(),
        title: d.title,
        country: d.country,
        wikidata_id: null,
        document_ids: [this.a.id as Actor["document_ids"][number]],
      };
      this.actorsUsed.set(d, rec);
      this.actorById.set(rec.id, rec);
    }
    return rec.id;
  };

  /** The id of a place's record, made on first use. */
  readonly place = (p: PlaceEntry | null): Place["id"] | null => {
    if (!p) return null;
    if (!this.placesUsed.has(p.id)) {
      this.placesUsed.set(p.id, {
        id: p.id as Place["id"],
        name: p.name,
        kind: p.kind,
        country: p.country,
        aliases: [...p.aliases].sort(),
        wikidata_id: null,
        document_ids: [this.a.id as Place["document_ids"][number]],
      });
    }
    return p.id as Place["id"];
  };

  actors(): Actor[] {
    return [...this.actorById.values()];
  }

  places(): Place[] {
    return [...this.placesUsed.values()];
  }
}
