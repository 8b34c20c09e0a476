import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { countsIn as counts, figuresIn as figures, sourcesIn as sources } from "../testkit.js";

describe("casualty figures, round 5: running totals and estimates", () => {
  it("reads a total whose number comes before the tally ('bringing to 195 the number of troops killed')", () => {
    expect(
      figures("The army named two more fallen soldiers, bringing to 195 the number of troops killed in the offensive."),
    ).toContainEqual(expect.objectContaining({ count: 195, kind: "killed", pop: "troops" }));
    expect(figures("Their deaths raised to 307 the toll of reservists killed since January.")).toContainEqual(
      expect.objectContaining({ count: 307, kind: "killed", pop: "reservists" }),
    );
    expect(figures("The strike pushed to over 2,000 the death toll in the city.")).toContainEqual(
      expect.objectContaining({ count: 2000, q: "more_than", kind: "killed" }),
    );
    // Without a tally after the number, "to 40" is no figure.
    expect(counts("The blast brought to 40 the trucks stuck at the crossing.")).toEqual([]);
  });

  it("reads an estimate of a group as its running total, and a corrected estimate", () => {
    expect(figures("The agency cut its estimate of children killed to 7,100 from 9,000.")).toEqual([
      expect.objectContaining({ count: 7100, kind: "killed", pop: "children" }),
    ]);
    expect(figures("The ministry lowered its estimate of the dead to 2,300 from 2,900.")).toEqual([
      expect.objectContaining({ count: 2300, kind: "killed", src: expect.stringMatching(/ministry/i) }),
    ]);
  });

  it("reads a part of the dead named first ('Of those killed, some 14,500 were children')", () => {
    expect(figures("The toll rose to 9,200. Of those killed, some 3,100 were children.")).toContainEqual(
      expect.objectContaining({ count: 3100, q: "about", kind: "killed", pop: "children", part: "y" }),
    );
    expect(figures("Of those injured, 40 were women.")).toContainEqual(
      expect.objectContaining({ count: 40, kind: "wounded", pop: "women" }),
    );
  });
});

describe("casualty figures, round 5: hostage tallies", () => {
  it("reads the people taken hostage of whom a number remain", () => {
    expect(figures("Of the 240 people taken hostage in the raid, 98 remain in captivity.")).toContainEqual(
      expect.objectContaining({ count: 98, kind: "hostages" }),
    );
  });

  it("reads a later clause of a list that says how many of the group are still held", () => {
    const got = counts("Of the 180 hostages, 70 were freed in the spring; 95 remain in the tunnels.");
    expect(got).toContain("95 hostages");
    // The freed are no longer held.
    expect(got).not.toContain("70 hostages");
  });
});

describe("casualty figures, round 5: sources", () => {
  it("takes the source of the sentence before when it puts out its figures, and a table's rows keep it", () => {
    const got = figures("The civil defence agency published its latest figures on Friday. Dead: 412. Injured: 1,280.");
    expect(got.map((f) => `${f.count} ${f.src}`)).toEqual(["412 The civil defence agency", "1280 The civil defence agency"]);
    // The date the source gave its figures dates them.
    expect(got[0]!.asOf).toBe("2024-03-08");
  });

  it("takes the source of the sentence before when it gave a count of people and no casualty figure", () => {
    expect(sources("About 9,000 children are out of school, the relief agency said. More than 600 children have been wounded.")).toEqual([
      "600 the relief agency",
    ]);
  });

  it("takes no source from the sentence before when it has other news, a figure of its own, or a sentence between", () => {
    // No count and no figures put out: a statement about something else.
    expect(sources("The general said the army would press on. At least 30 people were killed overnight.")).toEqual(["30 -"]);
    // The sentence before has a figure of its own.
    expect(sources("The agency said 40 people were killed. Another 12 people died of their wounds.")).toEqual(["40 The agency", "12 -"]);
    // Another sentence between.
    expect(sources("About 9,000 children are homeless, the agency said. Rain fell all night. Eight people were killed.")).toEqual(["8 -"]);
    // Another paragraph.
    expect(sources("About 9,000 children are homeless, the agency said.\n\nEight people were killed.")).toEqual(["8 -"]);
    // A sentence with a verb of saying of its own keeps its own reading (round 8b: "Israel says 20 …" is Israel's).
    expect(sources("About 9,000 children are homeless, the agency said. Israel says 20 gunmen were killed.")).toEqual(["20 Israel"]);
  });

  it("takes the keeper of a tally that revises it as the source", () => {
    expect(sources("The United Nations revised the number of women killed down to 4,100.")).toEqual(["4100 United Nations"]);
    expect(sources("The government revised its toll from the attack down to about 1,150.")).toEqual([
      expect.stringMatching(/^1150 .*government/i),
    ]);
  });

  it("takes the name of a tally opening the sentence as its source", () => {
    expect(sources("A Reuters tally based on hospital records puts the number of dead in the city at 1,430.")).toEqual(["1430 Reuters"]);
    expect(sources("An AFP count shows 85 people killed.")).toEqual(["85 AFP"]);
    // A lower-case word is no name of a tally's keeper.
    expect(sources("A new tally based on hospital records puts the number of dead in the city at 1,430.")).toEqual(["1430 -"]);
  });
});

describe("casualty figures, round 5: the date of a count over a period", () => {
  it("dates a figure 'between X and Y' by Y, not by the start of the period", () => {
    const got = figures("Between 7 October 2023 and 4 March 2024, at least 30,500 people were killed, according to the ministry.");
    expect(got[0]).toMatchObject({ count: 30500, asOf: "2024-03-04" });
  });
});

describe("casualty figures, round 5: numbers, parts and places", () => {
  it("reads a hundred and its tens written out ('two hundred and forty')", () => {
    expect(figures("Two hundred and forty hostages are still held.")[0]).toMatchObject({ count: 240, kind: "hostages" });
    expect(figures("One hundred and twelve people were wounded.")[0]).toMatchObject({ count: 112, kind: "wounded" });
    // "and" joins only a hundred to its tens: two groups stay two figures.
    expect(counts("Twelve soldiers and five civilians were wounded.")).not.toContain("17 wounded");
  });

  it("reads groups set after a figure as its parts when their numbers add up to it", () => {
    const got = figures("In the north, seven people have died, four soldiers and three civilians.");
    expect(got.map((f) => `${f.count} ${f.pop} ${f.part ?? "-"}`)).toEqual(["7 people -", "4 soldiers y", "3 civilians y"]);
    // The parts do not add up: no breakdown.
    expect(counts("Shelling killed 15 people in Lebanon, six soldiers and four civilians, the army said.")).toEqual(["15 killed"]);
    // A qualified total has no exact parts.
    expect(counts("At least ten people died, six soldiers and four civilians.")).toEqual(["10 killed"]);
  });

  it("takes no place for a figure from the breakdown by place after it", () => {
    const doc = extractDocument("The strikes killed 31 people, 20 in Rafah and 11 in Khan Younis.", { id: "t", published: "2024-03-10" });
    expect(doc.casualty_figures[0]).toMatchObject({ count: 31, place_id: null });
  });

  it("takes the place people were taken into", () => {
    const doc = extractDocument("Some 240 people were abducted into Gaza.", { id: "t", published: "2024-03-10" });
    expect(doc.places.find((p) => p.id === doc.casualty_figures[0]?.place_id)?.name).toBe("Gaza");
  });

  it("reads the dead among the people held ('including 34 the military says are dead')", () => {
    const got = figures("Militants hold 120 hostages, including 30 the army says are dead.");
    expect(got).toContainEqual(expect.objectContaining({ count: 30, kind: "killed", pop: "hostages", part: "y" }));
    expect(figures("Hamas holds 130 captives, including 20 believed to be dead.")).toContainEqual(
      expect.objectContaining({ count: 20, kind: "killed", part: "y" }),
    );
  });

  it("names the people held by a hostage list 'hostages'", () => {
    expect(figures("Of the 240 people taken hostage in the raid, 98 remain in captivity.")).toContainEqual(
      expect.objectContaining({ count: 98, kind: "hostages", pop: "hostages" }),
    );
  });
});
