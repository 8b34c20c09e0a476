import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { countsIn as counts, figuresIn as figures, sourcesIn as sources } from "../testkit.js";

/** Each figure as "count kind @place" ("-": no place). */
function placed(text: string) {
  const r = extractDocument(text, { id: "t", published: "2024-03-10" });
  const name = new Map(r.places.map((p) => [p.id, p.name]));
  return r.casualty_figures.map((c) => `${c.count} ${c.kind} @${(c.place_id && name.get(c.place_id)) ?? "-"}`);
}

describe("casualty figures, round 7b: a place further on in the figure's clause", () => {
  it("finds a place after a part's aside or a long phrase of how it happened", () => {
    expect(
      placed("Headline\n\nNineteen people were injured, three of them critically, during a night of heavy shelling in Jabalia."),
    ).toEqual(["19 wounded @Jabalia", "3 wounded @Jabalia"]);
    expect(placed("Headline\n\nSix people were killed when a drone struck a crowded vegetable market in Tulkarm.")).toEqual([
      "6 killed @Tulkarm",
    ]);
  });

  it("finds a place after 'the town of' and after the figure's own participle", () => {
    expect(placed("Headline\n\nFour residents were wounded by army gunfire in the village of Beita, medics said.")).toEqual([
      "4 wounded @Beita",
    ]);
    expect(placed("Headline\n\nMen carry the bodies of five children, killed in an air strike on a tent camp in Khan Younis.")).toEqual([
      "5 killed @Khan Younis",
    ]);
  });

  it("does not take a place after another clause or a number", () => {
    expect(
      placed("Headline\n\nEleven people were killed in the strike, and later the army said it had moved tanks towards Rafah."),
    ).toEqual(["11 killed @-"]);
  });
});

describe("casualty figures, round 7b: hostages released and still held", () => {
  it("reads a present-tense release in a headline or timeline as people no longer held", () => {
    expect(counts("Troops rescue two hostages in a raid on Rafah")).toEqual([]);
    expect(counts("March 3: Hamas frees five captives in a third handover.")).toEqual([]);
    expect(counts("Three hostages were free by Sunday evening, officials said.")).toEqual([]);
  });

  it("still counts people held when the present tells of a release to come", () => {
    expect(counts("Under the proposal, Hamas frees 18 hostages in the first stage.")).toEqual(["18 hostages"]);
    expect(counts("Qatar urged the group to release 40 hostages.")).toEqual(["40 hostages"]);
  });

  it("counts those who remain after a sentence about hostages, and the parts of the remaining hostages", () => {
    expect(
      figures(
        "Some 240 people were abducted in the raid and 80 were freed in a swap. About 150 remain in the enclave, officials say. " +
          "Nine of the remaining hostages are soldiers.",
      ),
    ).toEqual([
      expect.objectContaining({ count: 240, kind: "hostages" }),
      expect.objectContaining({ count: 150, q: "about", kind: "hostages", part: null }),
      expect.objectContaining({ count: 9, kind: "hostages", pop: "soldiers", part: "y" }),
    ]);
    expect(counts("The army says 60 are still in captivity.")).toEqual(["60 hostages"]);
  });

  it("does not count people remaining somewhere with no hostages in the paragraph", () => {
    expect(counts("Most residents left after the warnings. About 300,000 remain in Gaza City, the UN said.")).toEqual([]);
  });
});

describe("casualty figures, round 7b: parts after a source or in another paragraph", () => {
  it("reads a part set after the source's aside", () => {
    expect(
      figures("At least 60 aid workers have been killed since the start of the conflict, the relief agency says, 41 of them local staff."),
    ).toEqual([
      expect.objectContaining({ count: 60, kind: "killed", part: null }),
      expect.objectContaining({ count: 41, kind: "killed", pop: "local staff", part: "y" }),
    ]);
  });

  it("reads a part named by when or where it happened", () => {
    expect(figures("A media watchdog counted 70 reporters killed, at least 18 of them while reporting.")).toEqual([
      expect.objectContaining({ count: 70, part: null }),
      expect.objectContaining({ count: 18, q: "at_least", part: "y" }),
    ]);
    expect(placed("Headline\n\nSince October, 400 troops have been killed, 190 of them in the ground offensive in Gaza.")).toEqual([
      "400 killed @-",
      "190 killed @Gaza",
    ]);
  });

  it("takes 'of them' opening a paragraph as a part of the paragraph before's figure", () => {
    expect(figures("More than 120 medics have been killed.\n\nThe union says 35 of them were killed while on duty.")).toEqual([
      expect.objectContaining({ count: 120, part: null }),
      expect.objectContaining({ count: 35, part: "y" }),
    ]);
  });
});

describe("casualty figures, round 7b: tables in bullets and the wounded in hospital", () => {
  it("reads bullet rows with a place, a time or a state in the label and a source in brackets", () => {
    expect(placed("Headline\n\n- Dead in Lebanon: 3,961 (health ministry)\n- Displaced since October: about 900,000")).toEqual([
      "3961 killed @Lebanon",
      "900000 displaced @-",
    ]);
    expect(sources("Headline\n\n- Dead in Lebanon: 3,961 (health ministry)")).toEqual(["3961 health ministry"]);
    expect(counts("Headline\n\n- Captives still held: 97")).toEqual(["97 hostages"]);
  });

  it("does not read a label that says nothing of what is counted", () => {
    expect(counts("Headline\n\n- Aid trucks in Gaza: 150 (UN)")).toEqual([]);
  });

  it("counts people taken to hospital in a bad condition as wounded, not people taken for checks", () => {
    expect(counts("Dozens were hurt, and at least 9 were rushed to hospital in serious condition.")).toEqual(["9 wounded"]);
    expect(counts("Medics said 14 were taken to a nearby hospital with critical injuries.")).toEqual(["14 wounded"]);
    expect(counts("Some 20 were taken to hospital for checks after the alarm.")).toEqual([]);
  });
});

describe("casualty figures, round 7b: a tally's verb far from the tally", () => {
  it("reads a toll whose verb comes after a long phrase of where, by whom and since when", () => {
    expect(
      figures(
        "The death toll among civilians in the southern towns from the months of cross-border shelling since January has climbed to 118.",
      ),
    ).toEqual([expect.objectContaining({ count: 118, kind: "killed" })]);
    expect(
      figures(
        "The number of reservists killed since the first day of the offensive in the northern sector now stands at 97, the army said.",
      ),
    ).toEqual([expect.objectContaining({ count: 97, kind: "killed", pop: "reservists" })]);
  });

  it("keeps a bare 'is' or 'at' close to the tally, and a count of people between keeps its own figure", () => {
    expect(counts("The toll from the week of strikes that ended with the raid on the port and the market town is 45 people.")).toEqual([]);
    expect(counts("The death toll from the strike, which also killed 12 people in a nearby street last night, has risen to 40.")).toEqual([
      "12 killed",
    ]);
  });

  it("reads a part counted since a date, and a place after the rest of the people's phrase", () => {
    expect(figures("In all, 510 police officers have died, 220 of them since the start of the uprising.")).toEqual([
      expect.objectContaining({ count: 510, part: null }),
      expect.objectContaining({ count: 220, part: "y" }),
    ]);
    expect(
      placed("Headline\n\nThe bodies of four members of the same household, killed by a shell that hit their flat in Nablus, were buried."),
    ).toEqual(["4 killed @Nablus"]);
  });
});

describe("casualty figures, round 7b: briefing rows and sources that suggest", () => {
  it("takes the place that labels a briefing's row", () => {
    expect(placed("Headline\n\n• Lebanon: More than 2,100 people have been killed, officials say.")).toEqual(["2100 killed @Lebanon"]);
    expect(placed("Headline\n\nUpdate: More than 2,100 people have been killed in the war, officials say.")).toEqual(["2100 killed @-"]);
  });

  it("reads figures a source's data are said to suggest as that source's", () => {
    expect(sources("Headline\n\nThe latest data from UNICEF suggest that 14,000 children have been killed.")).toEqual(["14000 UNICEF"]);
  });
});

describe("casualty figures, round 7b: a source opening a correction", () => {
  it("leaves an adverb after the source's auxiliary out of the source", () => {
    expect(sources("Headline\n\nThe interior ministry has since revised the toll to 29.")).toEqual(["29 The interior ministry"]);
  });
});
