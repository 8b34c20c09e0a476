import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { countsIn as counts, figuresIn as figures } from "../testkit.js";

/** Each figure as "count kind @place" ("-": no place). */
function placed(text: string) {
  const r = extractDocument(text, { id: "t", published: "2024-03-10" });
  const name = new Map(r.places.map((p) => [p.id, p.name]));
  return r.casualty_figures.map((c) => `${c.count} ${c.kind} @${(c.place_id && name.get(c.place_id)) ?? "-"}`);
}

describe("casualty figures, round 7: displacement by flight", () => {
  it("counts people who fled a named place or the fighting as displaced", () => {
    expect(placed("Headline\n\nNearly 60,000 residents have fled northern Syria since the spring.")).toEqual(["60000 displaced @Syria"]);
    expect(counts("Some 4,500 people fled the bombardment of the town over the weekend, aid groups said.")).toEqual(["4500 displaced"]);
  });

  it("does not count a flight from the scene or by armed men", () => {
    expect(counts("Two gunmen fled to Nablus after the shooting.")).toEqual([]);
    expect(counts("About 40 people fled the stadium when the alarm sounded.")).toEqual([]);
  });

  it("reads a bare 'N displaced' closing its phrase, not '12 displaced families'", () => {
    expect(placed("Agency: 310,000 displaced from Khan Younis in a month")).toEqual(["310000 displaced @Khan Younis"]);
    expect(counts("The camp took in 12 displaced families on Monday.")).toEqual([]);
  });

  it("keeps a toll apart from a displacement joined by 'and' after a place", () => {
    expect(counts("The shelling has killed more than 900 people in Syria and displaced over 2 million, officials said.")).toEqual([
      "900 killed",
      "2000000 displaced",
    ]);
  });
});

describe("casualty figures, round 7: one person beside a figure", () => {
  it("counts one person named with no number beside a figure of others", () => {
    expect(figures("Israeli reservist killed, 4 wounded in mortar attack")).toEqual([
      expect.objectContaining({ count: 1, kind: "killed", pop: "Israeli reservist" }),
      expect.objectContaining({ count: 4, kind: "wounded" }),
    ]);
    expect(counts("A paramedic was killed and two others were wounded when the ambulance was hit.").sort()).toEqual([
      "1 killed",
      "2 wounded",
    ]);
  });

  it("gives no figure for a lone person with no number", () => {
    expect(counts("A soldier was killed in the north on Tuesday, the army said.")).toEqual([]);
  });
});

describe("casualty figures, round 7: hostages found dead or freed in a timeline", () => {
  it("reads hostages found dead as dead", () => {
    expect(figures("Three hostages found dead in a building in Gaza City, army says")[0]).toEqual(
      expect.objectContaining({ count: 3, kind: "killed", pop: "hostages" }),
    );
  });

  it("does not count hostages a timeline's present says are freed", () => {
    expect(counts("March 2 – 18 hostages are freed in exchange for 54 prisoners.")).toEqual([]);
  });
});

describe("casualty figures, round 7: places", () => {
  it("takes the place that names a toll with no preposition", () => {
    expect(placed("Headline\n\nSudan death toll tops 15,000, monitors say")).toEqual(["15000 killed @Sudan"]);
  });

  it("takes the place a strike hit as the place of the figure", () => {
    expect(placed("Headline\n\nJets pound Nabatieh as 11 killed")).toEqual(["11 killed @Nabatieh"]);
  });

  it("gives a figure with no place the country of the authority that counts it", () => {
    expect(placed("Headline\n\nSyria's health ministry said shelling of the villages killed seven people.")).toEqual(["7 killed @Syria"]);
  });
});
