import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";

const figures = (text: string) =>
  extractDocument(text, { id: "t", published: "2024-03-10" }).casualty_figures.map((c) => ({
    count: c.count,
    q: c.qualifier,
    kind: c.kind,
    pop: c.population,
    src: c.attributed_to_text,
    part: c.part_of === null ? null : "y",
  }));
const counts = (text: string) => figures(text).map((f) => `${f.count} ${f.kind}`);

describe("casualty figures, round 4", () => {
  it("reads a table of figures set out in prose: the label says what the number counts", () => {
    expect(counts("The agency gave its latest count on Sunday. Dead: 4,210. Injured: 9,877. Missing: about 650.")).toEqual([
      "4210 killed",
      "9877 wounded",
      "650 missing",
    ]);
    expect(counts("Casualties so far. Killed: 58; wounded: 140.")).toEqual(["58 killed", "140 wounded"]);
    // A label needs a number that closes its part of the sentence: a count of trucks or a date is none.
    expect(counts("Missing: 40 trucks of flour were lost on the road.")).toEqual([]);
  });

  it("reads an organisation's name before the people it counts", () => {
    expect(figures("Four Doctors Without Borders staff were killed in the shelling, the group said.")[0]).toMatchObject({
      count: 4,
      kind: "killed",
      pop: "Doctors Without Borders staff",
    });
    expect(counts("Eleven Hezbollah and Amal fighters were killed in the raid.")).toEqual(["11 killed"]);
    // A lower-case word before the people is no name: "of whom 30 were children" counts no one of its own here.
    expect(counts("Soldiers shot 75 people, of whom 30 were children, near the crossing.")).toEqual([]);
  });

  it("counts two groups joined by 'and' as one population, and medical staff", () => {
    expect(figures("At least 41 journalists and media workers have been killed, the union said.")[0]).toMatchObject({
      count: 41,
      q: "at_least",
      pop: "journalists and media workers",
    });
    expect(counts("Nine paramedics were wounded when the ambulance was hit.")).toEqual(["9 wounded"]);
    expect(counts("The society said 22 of its paramedics had been killed.")).toEqual(["22 killed"]);
  });

  it("reads the m and bn suffixes of millions", () => {
    expect(figures("Some 1.7m people have been displaced by the fighting.")[0]).toMatchObject({ count: 1_700_000, kind: "displaced" });
    // "12 men" is not twelve million.
    expect(counts("12 men were wounded in the blast.")).toEqual(["12 wounded"]);
  });

  it("reads part of the dead named after them: 'N of the dead were children'", () => {
    expect(figures("A strike killed 47 people in Jabalia. Around three dozen of the dead were women, a doctor said.")).toMatchObject([
      { count: 47, kind: "killed" },
      { count: 36, q: "about", kind: "killed", pop: "women", part: "y" },
    ]);
  });

  it("reads every group listed after 'the dead include', as parts of the same total", () => {
    const f = figures("The raid killed 60 people. The dead include 25 children and 14 women, the hospital said.");
    expect(f.map((x) => [x.count, x.pop, x.part])).toEqual([
      [60, "people", null],
      [25, "children", "y"],
      [14, "women", "y"],
    ]);
    // One person of a nationality, in the singular.
    expect(figures("Four aid workers were killed. The dead include two Britons and a Canadian citizen.").map((x) => x.pop)).toEqual([
      "aid workers",
      "Britons",
      "Canadian citizen",
    ]);
  });

  it("counts 'N deaths' and a bare number still missing", () => {
    expect(counts("Officials recorded 38 deaths on Friday, with 900 still missing under collapsed buildings.")).toEqual([
      "38 killed",
      "900 missing",
    ]);
    // "the deaths of 12 people" is read by its own rule, once; "3 missing trucks" are things.
    expect(counts("The deaths of 12 people shocked the town.")).toEqual(["12 killed"]);
    expect(counts("Police found 3 missing trucks in the desert after the deaths.")).toEqual([]);
  });

  it("gives a running total the kind of the sentence's first figure", () => {
    const f = figures("Overnight 55 Palestinians were killed and 80 wounded, bringing the total to 31,100.");
    expect(f.map((x) => `${x.count} ${x.kind}`)).toEqual(["55 killed", "80 wounded", "31100 killed"]);
  });

  it("reads corrections and a toll that stays above a number", () => {
    expect(figures("The ministry later revised the death toll down to 64.")[0]).toMatchObject({ count: 64, q: "exact", kind: "killed" });
    expect(figures("The overall toll remained above 12,000, officials said.")[0]).toMatchObject({ count: 12000, q: "more_than" });
  });

  it("reads figures by place in one list as figures of their own", () => {
    const e = extractDocument("Air strikes killed 31 people in Gaza City, 12 in Rafah and 9 in Khan Younis, medics said.", {
      id: "t",
      published: "2024-03-10",
    });
    const place = (id: string | null) => e.places.find((p) => p.id === id)?.name;
    expect(e.casualty_figures.map((c) => [c.count, place(c.place_id), c.part_of])).toEqual([
      [31, "Gaza City", null],
      [12, "Rafah", null],
      [9, "Khan Younis", null],
    ]);
    // A breakdown of a figure with no place of its own is no list of figures by place.
    expect(counts("Air strikes killed 31 people, 12 in Rafah and 9 in Khan Younis.")).toEqual(["31 killed"]);
    // No figure without a place for each number: "killed 31 people in Gaza City and 12 trucks" adds none.
    expect(counts("Strikes killed 31 people in Gaza City and destroyed 12 homes in Rafah.")).toEqual(["31 killed"]);
  });

  it("finds the source of a figure opening the sentence after a dateline", () => {
    expect(figures("DEIR AL-BALAH (Reuters) - The local rescue service said 17 people were killed in the strike.")[0]?.src).toBe(
      "The local rescue service",
    );
    // Without a dateline the rule is unchanged.
    expect(figures("The local rescue service said 17 people were killed in the strike.")[0]?.src).toBe("The local rescue service");
  });

  it("finds a source followed by an aside, and the same source for a figure of a clause joined after it", () => {
    expect(figures("At least 70 people were killed, the regional governor said, the worst attack in months.")[0]?.src).toBe(
      "the regional governor",
    );
    // (Round 6: a clause joined by "and" carries the same report on; casualtyRound6.test.ts tests the cases left out.)
    expect(figures("At least 70 people were killed, the regional governor said, and 30 people were wounded.").map((f) => f.src)).toEqual([
      "the regional governor",
      "the regional governor",
    ]);
  });

  it("takes the words after a single 'according to' as the source", () => {
    expect(figures("Nearly 900 people were wounded, according to local hospital records.")[0]?.src).toBe("local hospital records");
    // Two "according to" phrases, each in a clause of its own (round 8b: a clause with its own source gives its figures).
    expect(
      figures("About 40 people were killed, according to hospital records, and 12 were wounded, according to rescue teams.").map(
        (f) => f.src,
      ),
    ).toEqual(["hospital records", "rescue teams"]);
  });
});

describe("a date that names an event", () => {
  it("'killed in the October 7 attack' and 'Tuesday's strike' date the attack, not the figure", () => {
    const asOf = (text: string) => extractDocument(text, { id: "t", published: "2024-05-15" }).casualty_figures.map((c) => c.as_of);
    expect(asOf("About 1,200 people were killed in the October 7 attack, according to Israeli tallies.")).toEqual([null]);
    expect(asOf("At least 20 people were killed in Tuesday's strike on the camp, the ministry said on Wednesday.")).toEqual(["2024-05-15"]);
  });
});
