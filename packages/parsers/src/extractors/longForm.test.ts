/**
 * Long-form articles, round 4: explainers, analysis, timelines and background paragraphs. Every sentence here was
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";

/** Meetings as "participant + participant date" and trips as the traveller, then "place date status" per stop. */
function read(text: string, published: string) {
  const r = extractDocument(text, { id: "l", published });
  const actor = new Map(r.actors.map((x) => [x.id, x.name]));
  const place = new Map(r.places.map((x) => [x.id, x.name]));
  return {
    meetings: r.meetings.map((m) => `${m.participant_ids.map((i) => actor.get(i)).join(" + ")} ${m.date ?? "-"} ${m.status}`),
    trips: r.trips.map((t) => [
      actor.get(t.traveler_id),
      ...t.destinations.map((d) => `${place.get(d.place_id)} ${d.date ?? "-"} ${d.status}`),
    ]),
  };
}

describe("a stop of another journey told as background is a trip of its own", () => {
  it("'first flew to Jordan in March' in a report of this week's trip", () => {
    const text =
      "Foreign Secretary David Cameron arrived in Beirut on Monday and flew to Amman on Tuesday.\n\n" +
      "Cameron first flew to Jordan in March, weeks after taking office.";
    expect(read(text, "2024-08-14").trips).toEqual([
      ["David Cameron", "Jordan 2024-03-01 completed"],
      ["David Cameron", "Beirut 2024-08-12 completed", "Amman 2024-08-13 completed"],
    ]);
  });
  it("the current stop keeps its day when a visit of months ago names the same city, which is told once", () => {
    const text =
      "German Foreign Minister Annalena Baerbock landed in Cairo on Wednesday and met Egyptian President Abdel Fattah el-Sisi.\n\n" +
      "She last visited Cairo in February.";
    expect(read(text, "2024-09-12").trips).toEqual([["Annalena Baerbock", "Cairo 2024-09-11 completed"]]);
  });
  it("a tour of ten days stays one trip", () => {
    const text =
      "Foreign Minister Annalena Baerbock traveled to Riyadh on Sept. 2. " +
      "She flew to Doha on Sept. 6 and arrived in Amman on Sept. 11.";
    expect(read(text, "2024-09-12").trips).toEqual([
      ["Annalena Baerbock", "Riyadh 2024-09-02 completed", "Doha 2024-09-06 completed", "Amman 2024-09-11 completed"],
    ]);
  });
});

describe("hypothetical and generic visits and meetings are no records", () => {
  it("'A visit by X to Y would be the first since …' is no planned stop", () => {
    const text =
      "Secretary of State Antony Blinken arrived in Amman on Monday. " +
      "A trip by Blinken to Baghdad this week would be the first since March.";
    expect(read(text, "2024-06-05").trips).toEqual([["Antony Blinken", "Amman 2024-06-03 completed"]]);
  });
  it("a definite visit with 'would be the first' is still the plan it reports", () => {
    const text = "Secretary of State Antony Blinken will travel to Baghdad on Friday. His visit to Baghdad would be the first since March.";
    expect(read(text, "2024-06-05").trips).toEqual([["Antony Blinken", "Baghdad 2024-06-07 planned"]]);
  });
  it("a date after 'since' bounds a span, it is no day of the journey", () => {
    const text = "Foreign Minister Hakan Fidan traveled to Cairo, his first visit since February.";
    expect(read(text, "2024-06-05").trips).toEqual([["Hakan Fidan", "Cairo - completed"]]);
  });
  it("nor one after 'since the' ('his third trip since the March 4 strike')", () => {
    const text = "Foreign Minister Hakan Fidan, on his third trip since the March 4 strike, arrived in Cairo.";
    expect(read(text, "2024-06-05").trips).toEqual([["Hakan Fidan", "Cairo - completed"]]);
  });
  it("'A meeting between A and B would mark …' is no planned meeting", () => {
    const text = "A meeting between Prime Minister Benjamin Netanyahu and King Abdullah II would mark a thaw between the neighbours.";
    expect(read(text, "2024-06-05").meetings).toEqual([]);
  });
  it("a quantified group's meetings and journeys ('many', 'several') tell what people of a kind have done", () => {
    const text =
      "Several Arab foreign ministers have traveled to Ankara since the summer. " +
      "Many Western diplomats have met with Hakan Fidan in that time.";
    const r = read(text, "2024-06-05");
    expect(r.trips).toEqual([]);
    expect(r.meetings).toEqual([]);
  });
  it("the same group without a quantifier is still a meeting", () => {
    const text = "Western diplomats met with Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday.";
    expect(read(text, "2024-06-05").meetings.length).toBe(1);
  });
  it("'has visited Turkey several times since …' is no stop", () => {
    const text = "U.S. envoy Amos Hochstein arrived in Ankara on Tuesday. He has visited Turkey several times since January.";
    expect(read(text, "2024-06-05").trips).toEqual([["Amos Hochstein", "Ankara 2024-06-04 completed"]]);
  });
});

describe("a timeline's entry is dated by its opening date", () => {
  it("'Nov. 3 — X travels to Y' is a completed stop of that day, not a plan nor the publication day", () => {
    const text =
      "A timeline of the diplomacy\n\n" +
      "Nov. 3 — French President Emmanuel Macron travels to Amman.\n\n" +
      "Nov. 9 — German Chancellor Olaf Scholz visits Cairo.";
    expect(read(text, "2023-12-01").trips).toEqual([
      ["Emmanuel Macron", "Amman 2023-11-03 completed"],
      ["Olaf Scholz", "Cairo 2023-11-09 completed"],
    ]);
  });
  it("outside a timeline the present 'travels to' is still a schedule", () => {
    const text = "French President Emmanuel Macron travels to Amman on Sunday.";
    expect(read(text, "2023-12-01").trips).toEqual([["Emmanuel Macron", "Amman 2023-12-03 planned"]]);
  });
});
