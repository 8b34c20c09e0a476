import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { countsIn as counts, sourcesIn as sources } from "../testkit.js";

/** Each figure as "count kind @place" ("-": no place). */
function placed(text: string) {
  const r = extractDocument(text, { id: "t", published: "2024-03-10" });
  const name = new Map(r.places.map((p) => [p.id, p.name]));
  return r.casualty_figures.map((c) => `${c.count} ${c.kind} @${(c.place_id && name.get(c.place_id)) ?? "-"}`);
}

describe("casualty figures, round 7c: a country that believes or estimates a figure is its source", () => {
  it("takes the country opening the sentence before 'believes' or 'estimates'", () => {
    expect(sources("Headline\n\nJordan believes that more than 50 people were killed in the strikes overnight.")).toEqual(["50 Jordan"]);
    expect(sources("Headline\n\nEgypt estimates that 900 people were wounded in the attack on the convoy.")).toEqual(["900 Egypt"]);
    expect(sources("Headline\n\nQatar has now estimated that 60 people were killed in the two raids.")).toEqual(["60 Qatar"]);
  });

  it("takes the country after a comma, as the subject of its own clause", () => {
    expect(sources("Headline\n\nOf the 115 hostages still held, Israel fears at least 40 are dead.")).toEqual(["115 -", "40 Israel"]);
  });

  it("leaves a country before a verb of saying, or a hedge, unattributed", () => {
    expect(sources("Headline\n\nIsrael says Hamas killed 30 people in the attack on the kibbutz.")).toEqual(["30 -"]);
    expect(sources("Headline\n\nIn Lebanon, at least 12 people were believed killed in the strikes.")).toEqual(["12 -"]);
  });
});

describe("casualty figures, round 7c: a correction's earlier version", () => {
  it("keeps no figure an earlier version gave, and takes no source from the correction's words", () => {
    expect(
      sources(
        "Headline\n\nA previous version of this article said 28 people were killed in the raid. " +
          "The health ministry later put the toll at 21.",
      ),
    ).toEqual(["21 The health ministry"]);
    expect(counts("Headline\n\nCorrection: An earlier version of this report said that 15 people were wounded.")).toEqual([]);
  });

  it("keeps a figure in a sentence that only mentions a version of a deal", () => {
    expect(counts("Headline\n\nAn earlier version of the deal would have freed 40 hostages, and 12 people were killed on Sunday.")).toEqual(
      ["12 killed"],
    );
  });
});

describe("casualty figures, round 7c: the launch site of the fire is not where people were hit", () => {
  it("skips the place after 'fired from' or 'launched from'", () => {
    expect(
      placed("Headline\n\nRockets launched from Khan Younis hit homes in Sderot on Sunday, wounding four civilians, the army said."),
    ).toEqual(["4 wounded @Sderot"]);
    expect(placed("Headline\n\nTwo soldiers were killed when a mortar shell fired from Beit Hanoun struck a post near Sderot.")).toEqual([
      "2 killed @Sderot",
    ]);
  });

  it("still takes a place after 'from' where people fled or were taken from it", () => {
    expect(placed("Headline\n\nSome 90,000 people have been displaced from Rafah this week.")).toEqual(["90000 displaced @Rafah"]);
  });
});

describe("casualty figures, round 7c: two figures of one event joined by 'and' share its place", () => {
  it("takes the place after the second figure for the first too", () => {
    expect(
      placed("Headline\n\nThree soldiers were killed and 12 wounded when rockets fired from Rafah struck a post near Sderot."),
    ).toEqual(["3 killed @Sderot", "12 wounded @Sderot"]);
  });

  it("does not take it across a part with its own place", () => {
    expect(placed("Headline\n\nThe strikes killed 31 people, 20 in Rafah, the ministry said.")).toEqual(["31 killed @-"]);
  });
});
