import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { countsIn as counts, figuresIn as figures, sourcesIn as sources } from "../testkit.js";

describe("casualty figures, round 6: a source between two figures", () => {
  it("gives the figure of a clause joined by 'and' or 'while' the source set off before it", () => {
    expect(sources("Nine people were killed in the shelling, the rescue service said, and another 23 were wounded.")).toEqual([
      "9 the rescue service",
      "23 the rescue service",
    ]);
    expect(sources("Four fishermen were killed off the coast, the local union said, while two others were missing.")).toEqual([
      "4 the local union",
      "2 the local union",
    ]);
  });

  it("leaves the later figure alone when its clause names another source or is the writer's own", () => {
    // Another verb of saying after the source: the later clause's figure is its own source's (round 8b).
    expect(
      sources("Nine people were killed in the shelling, the rescue service said, and 23 were wounded, according to the clinic."),
    ).toEqual(["9 the rescue service", "23 the clinic"]);
    // "as" opens words of the writer's own.
    expect(sources("Nine people were killed in the shelling, the rescue service said, as 23 more people were wounded in Rafah.")).toEqual([
      "9 the rescue service",
      "23 -",
    ]);
  });
});

describe("casualty figures, round 6: hostage counts after releases", () => {
  it("gives a source named inside the clause of the dead to that part alone", () => {
    expect(figures("Of the 240 captives, 110 were freed in a truce; 128 remain in Gaza, including 30 the army says are dead.")).toEqual([
      expect.objectContaining({ count: 240, src: null }),
      expect.objectContaining({ count: 128, kind: "hostages", src: null }),
      expect.objectContaining({ count: 30, kind: "killed", src: "the army", part: "y" }),
    ]);
  });

  it("reads '41 of whom the military says are dead' as a part of the figure before, with its own source", () => {
    expect(figures("Some 115 hostages are still held in the territory, 40 of whom the army says are dead.")).toEqual([
      expect.objectContaining({ count: 115, kind: "hostages", src: null }),
      expect.objectContaining({ count: 40, kind: "killed", src: "the army", part: "y" }),
    ]);
  });

  it("does not date a count by the date of a release in its sentence", () => {
    const f = figures("Of the 240 captives, 110 were freed in November; 128 remain in Gaza, officials said on Tuesday.");
    expect(f.find((x) => x.count === 128)?.asOf).toBe("2024-03-05");
    expect(figures("After the release of 80 captives in January, 128 hostages remain in Gaza, officials said.")[0]).toEqual(
      expect.objectContaining({ count: 128, asOf: null }),
    );
    // A source putting out its figures dates them: "released" there is no release of people.
    expect(figures("The ministry released its figures on Friday, saying 120 people were killed.")[0]?.asOf).toBe("2024-03-08");
  });

  it("does not count people already freed after 'after the release of'", () => {
    expect(counts("After the release of 80 captives in January, the families held a rally.")).toEqual([]);
    // A release to come still counts people held.
    expect(counts("The deal provides for the release of 80 captives.")).toEqual(["80 hostages"]);
  });

  it("does not take a hedge ('a third of them believed dead') for a source", () => {
    expect(figures("About 110 hostages remain in Gaza, a third of them believed dead.")[0]).toEqual(
      expect.objectContaining({ count: 110, src: null }),
    );
  });
});

describe("casualty figures, round 6: parts set after a figure", () => {
  it("reads 'most of them fighters but also N civilians' as a part", () => {
    expect(figures("Strikes in Syria have killed 80 people since January, most of them militia members but also 11 civilians.")).toEqual([
      expect.objectContaining({ count: 80, kind: "killed" }),
      expect.objectContaining({ count: 11, kind: "killed", pop: "civilians", part: "y" }),
    ]);
  });

  it("reads 'N of them seriously' and 'N of them journalists' as parts of the figure before", () => {
    expect(figures("The police said 15 officers were hurt, three of them seriously, during the protest.")).toEqual([
      expect.objectContaining({ count: 15, kind: "wounded", pop: "officers", src: "The police" }),
      expect.objectContaining({ count: 3, kind: "wounded", pop: "officers", part: "y" }),
    ]);
    expect(figures("The blast killed 19 civilians, four of them journalists.")).toEqual([
      expect.objectContaining({ count: 19, kind: "killed" }),
      expect.objectContaining({ count: 4, kind: "killed", pop: "journalists", part: "y" }),
    ]);
    // Not a part: more than the figure, or a clause going on after it.
    expect(counts("The blast killed 19 civilians, 40 of them journalists.")).toEqual(["19 killed"]);
    expect(counts("The blast killed 19 civilians, two of them said to be brothers.")).toEqual(["19 killed"]);
  });
});

describe("casualty figures, round 6: who was counted", () => {
  it("counts crews, sailors, teenagers and patients", () => {
    expect(figures("Two sailors were killed when the missile hit the ship.")[0]).toEqual(
      expect.objectContaining({ count: 2, pop: "sailors" }),
    );
    expect(figures("Three crew members were injured in the attack.")[0]).toEqual(
      expect.objectContaining({ count: 3, pop: "crew members" }),
    );
    expect(figures("The raid killed the boys, among them three teenagers, medics said.")).toEqual([]);
    expect(figures("The raid left nine people dead, among them three teenagers.")).toContainEqual(
      expect.objectContaining({ count: 3, pop: "teenagers", part: "y" }),
    );
    expect(figures("Twelve patients died after the generators failed.")[0]).toEqual(
      expect.objectContaining({ count: 12, pop: "patients" }),
    );
  });

  it("drops 'more' from the people counted ('two more hostages')", () => {
    expect(figures("Troops recovered the bodies of two more hostages.")[0]).toEqual(
      expect.objectContaining({ count: 2, kind: "killed", pop: "hostages" }),
    );
  });
});

describe("casualty figures, round 6: other fronts and headlines", () => {
  it("reads 'killed three of its fighters' as the people of a side", () => {
    expect(figures("The group said air strikes had killed three of its fighters near the border.")[0]).toEqual(
      expect.objectContaining({ count: 3, kind: "killed", pop: "fighters" }),
    );
    // Not people: "of its positions".
    expect(counts("The strikes hit three of its positions.")).toEqual([]);
  });

  it("reads a toll that nears a number as below it ('nearly')", () => {
    expect(figures("Death toll nears 12,000 as fighting spreads")[0]).toEqual(
      expect.objectContaining({ count: 12000, q: "nearly", kind: "killed" }),
    );
    expect(figures("The toll approached 9,000 on Monday.")[0]).toEqual(expect.objectContaining({ count: 9000, q: "nearly" }));
    // "near" is a preposition there: the toll of a strike near a place gives no figure of its own.
    expect(counts("The death toll from a strike near one of the camps rose to 40.")).toEqual(["40 killed"]);
  });

  it("reads hostages held in a place who have died as dead", () => {
    expect(figures("Officials believe 25 hostages held in Gaza have died.")).toEqual([
      expect.objectContaining({ count: 25, kind: "killed", pop: "hostages" }),
    ]);
  });

  it("reads the next figure of a list by place with its own people, after a cause before the first place", () => {
    expect(figures("Four men were killed by drone fire in Jenin and three teenagers in Nablus.")).toEqual([
      expect.objectContaining({ count: 4, kind: "killed", pop: "men" }),
      expect.objectContaining({ count: 3, kind: "killed", pop: "teenagers", part: null }),
    ]);
  });

  it("reads 'N were among the M people wounded' as a part of the figure it is among", () => {
    expect(figures("Two nurses were among the 14 people wounded in the strike, medics said.")).toEqual([
      expect.objectContaining({ count: 14, kind: "wounded", pop: "people" }),
      expect.objectContaining({ count: 2, kind: "wounded", pop: "nurses", part: "y" }),
    ]);
    // Among things, not people hurt: no figure.
    expect(counts("Two nurses were among the 14 people evacuated from the hospital.")).toEqual([]);
  });

  it("reads 'N of them from the same family' as a part", () => {
    expect(figures("The strike killed 11 people, six of them from the same family.")).toEqual([
      expect.objectContaining({ count: 11 }),
      expect.objectContaining({ count: 6, kind: "killed", part: "y" }),
    ]);
  });

  it("places a figure named near a town", () => {
    const r = extractDocument("Five people were wounded near Nahariya, medics said.", { id: "t", published: "2024-03-10" });
    expect(r.places.find((p) => p.id === r.casualty_figures[0]?.place_id)?.name).toBe("Nahariya");
  });

  it("counts service members and humanitarian workers", () => {
    expect(figures("Two US service members were injured in the attack.")[0]).toEqual(
      expect.objectContaining({ count: 2, pop: "US service members" }),
    );
    expect(figures("At least 30 humanitarian workers have been killed.")[0]).toEqual(
      expect.objectContaining({ count: 30, q: "at_least", pop: "humanitarian workers" }),
    );
  });
});
