import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { countsIn as counts, figuresIn as figures, sourcesIn as sources } from "../testkit.js";

/** Each figure as "count kind @place" ("-": no place). */
function placed(text: string) {
  const r = extractDocument(text, { id: "t", published: "2024-03-10" });
  const name = new Map(r.places.map((p) => [p.id, p.name]));
  return r.casualty_figures.map((c) => `${c.count} ${c.kind} @${(c.place_id && name.get(c.place_id)) ?? "-"}`);
}
/** Each figure as "count kind qualifier". */
const qualified = (text: string) => figures(text).map((f) => `${f.count} ${f.kind} ${f.q}`);

describe("casualty figures, round 8b: phrasings", () => {
  it("reads an organisation's own people who died, after a bare perfect", () => {
    expect(counts("Headline\n\nThe militia said 85 of its fighters have died since the spring.")).toEqual(["85 killed"]);
    expect(counts("Headline\n\nThe agency said 12 of its staff had perished.")).toEqual([]);
  });

  it("reads kin counted as people ('whose four sons were killed')", () => {
    expect(counts("Headline\n\nThe cleric, whose four sons were killed in a raid in March, spoke at the funeral.")).toEqual(["4 killed"]);
  });

  it("reads a number in millions with no noun, an adverb inside the perfect, and the displaced", () => {
    expect(qualified("Headline\n\nAlmost two million have now been displaced, aid agencies say.")).toEqual(["2000000 displaced nearly"]);
    expect(qualified("Headline\n\nAbout 1.5 million have already been uprooted by the fighting.")).toEqual(["1500000 displaced about"]);
    expect(counts("Headline\n\nTwo million have already been vaccinated.")).toEqual([]);
  });

  it("reads 'upward of' as more than", () => {
    expect(qualified("Headline\n\nThe floods and the shelling have displaced upward of 300,000 people.")).toEqual([
      "300000 displaced more_than",
    ]);
  });

  it("reads people believed to be among the hostages", () => {
    expect(
      figures("Headline\n\nFive Nepali students are thought to be among the captives.").map((f) => `${f.count} ${f.kind} ${f.pop}`),
    ).toEqual(["5 hostages Nepali students"]);
    expect(counts("Headline\n\nSix Nepali students are thought to be among the organisers.")).toEqual([]);
  });

  it("reads people carried off somewhere as hostages", () => {
    expect(counts("Headline\n\nThe raiders shot dead 30 villagers and dragged 17 others into Gaza as hostages.")).toEqual(["17 hostages"]);
    expect(counts("Headline\n\nThe ship took 40 passengers back to Cyprus as planned.")).toEqual([]);
  });

  it("reads the dead among people held, believed to have died or confirmed dead", () => {
    expect(
      figures("Headline\n\nThe army says 101 captives are still held, including at least 30 who are feared to have died.").map(
        (f) => `${f.count} ${f.kind} ${f.part ?? "-"}`,
      ),
    ).toEqual(["101 hostages -", "30 killed y"]);
    const r = figures(
      "Headline\n\nOf the 240 hostages taken in the raid, 98 remain in the enclave, " +
        "including the bodies of 33 whom the military has declared dead.",
    ).map((f) => `${f.count} ${f.kind} ${f.src ?? "-"}`);
    expect(r).toContain("33 killed the military");
  });
});

describe("casualty figures, round 8b: a country as source", () => {
  it("takes a country that says or reports a figure as its source", () => {
    expect(sources("Headline\n\nJordan says 14 of its citizens were wounded in the blast.")).toEqual(["14 Jordan"]);
    expect(sources("Headline\n\nEgypt reported that 22 people were hurt at the crossing.")).toEqual(["22 Egypt"]);
  });

  it("takes a country inside the clause of the dead among people held as their source", () => {
    expect(sources("Headline\n\nSome 90 captives are still held in the enclave, at least 20 of whom Egypt believes are dead.")).toEqual([
      "90 -",
      "20 Egypt",
    ]);
  });

  it("reads the country after a wire dateline with the day in digits", () => {
    expect(sources("Headline\n\nBEIRUT, Feb 3 (Reuters) - Lebanon said 16 people were killed overnight.")).toEqual(["16 Lebanon"]);
  });
});

describe("casualty figures, round 8b: a clause with its own verb of saying", () => {
  it("does not give a figure the source of a later clause that opens with its own source", () => {
    expect(
      sources("Headline\n\nAbout 300 soldiers were wounded in the north, while the local health office says 45 civilians died there."),
    ).toEqual(["300 -", "45 the local health office"]);
  });

  it("gives each clause its own source", () => {
    expect(sources("Headline\n\nMedics said 90 people were killed, but the army reports that 40 militants died in the battle.")).toEqual([
      "90 Medics",
      "40 the army",
    ]);
  });

  it("gives a clause opened by its verb of saying the subject of the clause before", () => {
    expect(sources("Headline\n\nThe ministry says 40 people were killed, and says 75 civilians were wounded.")).toEqual([
      "40 The ministry",
      "75 The ministry",
    ]);
  });

  it("keeps a closing source for the whole sentence", () => {
    expect(sources("Headline\n\nFive people were killed in Jenin, while 12 were wounded in Nablus, the health ministry said.")).toEqual([
      "5 the health ministry",
      "12 the health ministry",
    ]);
  });
});

describe("casualty figures, round 8b: places", () => {
  it("reads 'the Strip', 'the territory' and 'the enclave's' as the territory named before", () => {
    expect(
      placed("Headline\n\nThe war in the West Bank went on. Nine Palestinians were killed in the territory on Friday, medics said."),
    ).toEqual(["9 killed @West Bank"]);
    expect(placed("Headline\n\nAid reached Gaza. The enclave's health ministry said 70 people died overnight.")).toEqual([
      "70 killed @Gaza",
    ]);
    expect(placed("Headline\n\nNine people were killed in the territory on Friday, medics said.")).toEqual(["9 killed @-"]);
  });

  it("reads the object of a bombardment as the place", () => {
    expect(placed("Headline\n\nThe army's siege of Gaza has killed 4,000 people, officials said.")).toEqual(["4000 killed @Gaza"]);
  });

  it("reads the place of an attack known by its name, but not of a period since it", () => {
    expect(placed("Headline\n\nNearly 1,200 people died in the Oct. 7 attacks, officials say.")).toEqual(["1200 killed @Israel"]);
    expect(placed("Headline\n\nThe Hamas-led assault killed 300 soldiers.")).toEqual(["300 killed @Israel"]);
    expect(placed("Headline\n\nSome 9,000 people have been killed since the October 7 attack, officials say.")).toEqual(["9000 killed @-"]);
  });

  it("reads a place inside the figure's own words", () => {
    expect(placed("Headline\n\nFighters stormed Metula and took 12 residents back to Lebanon as hostages.")).toEqual([
      "12 hostages @Lebanon",
    ]);
  });
});
