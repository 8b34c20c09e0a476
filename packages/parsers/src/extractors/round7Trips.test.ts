/**
 * Trips, round 7: journeys told backwards, in live blogs, timelines, readouts and magazine prose; shuttles between
 * capitals, journeys called off after the fact, guests greeted on arrival. Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { tripsIn } from "../testkit.js";

// 2024-09-12 is a Thursday.
const THURSDAY = "2024-09-12";
const trips = (text: string, published = THURSDAY) => tripsIn(`Headline\n\n${text}`, published);
const of = (text: string, who: string, published = THURSDAY) =>
  trips(text, published)
    .find((t) => t[0] === who)
    ?.slice(1);

describe("a journey told backwards", () => {
  it("'Earlier on Tuesday, he had stopped in X' comes before the stop of the sentence before, on the same day", () => {
    const stops = of(
      "BEIRUT — Foreign Minister Penny Wong ended her tour in Beirut on Wednesday.\n\n" +
        "Before Beirut, she had made a brief stop in Baghdad on Tuesday evening.\n\n" +
        "Earlier on Tuesday, she had visited Amman.",
      "Penny Wong",
    );
    expect(stops).toEqual(["Amman 2024-09-10 completed", "Baghdad 2024-09-10 completed", "Beirut 2024-09-11 completed"]);
  });
  it("a pluperfect with 'earlier that day' goes before the stop told just before it", () => {
    const stops = of(
      "Foreign Minister Penny Wong arrived in Ramallah on Wednesday.\n\nWong had landed in Tel Aviv earlier that day.",
      "Penny Wong",
    );
    expect(stops).toEqual(["Tel Aviv 2024-09-11 completed", "Ramallah 2024-09-11 completed"]);
  });
  it("an undated 'Earlier, she had …' goes before the undated stop told before it", () => {
    const stops = of("Foreign Minister Penny Wong arrived in Ramallah.\n\nEarlier, she had landed in Tel Aviv.", "Penny Wong");
    expect(stops).toEqual(["Tel Aviv - completed", "Ramallah - completed"]);
  });
  it("'The tour had begun on Monday in X' is the journey's first stop", () => {
    const stops = of(
      "Foreign Minister Penny Wong wrapped up her tour in Doha on Wednesday.\n\nThe tour had begun on Monday in Riyadh.",
      "Penny Wong",
    );
    expect(stops).toEqual(["Riyadh 2024-09-09 completed", "Doha 2024-09-11 completed"]);
  });
  it("'starting in X' after a journey is its first stop", () => {
    const stops = of(
      "Foreign Minister Penny Wong has crossed the Gulf since Sunday, starting in Muscat before flying on to Doha.",
      "Penny Wong",
    );
    expect(stops?.map((s) => s?.split(" ")[0])).toEqual(["Muscat", "Doha"]);
  });
  it("'ended his trip to the region in X': the journey's scope stands between the noun and its last stop", () => {
    expect(of("Envoy Steve Witkoff ended his third trip to the region in Abu Dhabi on Wednesday.", "Steve Witkoff")).toEqual([
      "Abu Dhabi 2024-09-11 completed",
    ]);
  });
});

describe("journeys going on, back and forth, or set off", () => {
  it("'continued to X' and 'pressed on to X' are stops", () => {
    const stops = of("Foreign Minister Penny Wong landed in Cairo on Monday and continued to Amman on Tuesday.", "Penny Wong");
    expect(stops).toEqual(["Cairo 2024-09-09 completed", "Amman 2024-09-10 completed"]);
    expect(of("Foreign Minister Penny Wong pressed on to Beirut.", "Penny Wong")).toEqual(["Beirut - completed"]);
  });
  it("shuttling for months or in recent weeks is many journeys, no stop", () => {
    expect(of("Envoy Brett McGurk has shuttled between Cairo and Doha for months.", "Brett McGurk")).toBeUndefined();
    expect(of("Envoy Brett McGurk has shuttled between Cairo and Doha in recent weeks.", "Brett McGurk")).toBeUndefined();
  });
  it("'continues to X' in a report's body is a schedule", () => {
    expect(of("Foreign Minister Penny Wong landed in Cairo on Wednesday. From there she continues to Amman.", "Penny Wong")).toEqual([
      "Cairo 2024-09-11 completed",
      "Amman - planned",
    ]);
  });
  it("'shuttled between A, B and C' gives each place a stop; 'will shuttle between' plans them", () => {
    expect(of("Envoy Brett McGurk shuttled between Cairo, Doha and Paris on Monday.", "Brett McGurk")).toEqual([
      "Cairo 2024-09-09 completed",
      "Doha 2024-09-09 completed",
      "Paris 2024-09-09 completed",
    ]);
    expect(of("Envoy Brett McGurk will shuttle back and forth between Cairo and Doha.", "Brett McGurk")).toEqual([
      "Cairo - planned",
      "Doha - planned",
    ]);
  });
  it("'set off for the Gulf' names no stop, but the sentence about the journey after it has its traveller", () => {
    const stops = of(
      "Foreign Minister Penny Wong set off for the Gulf on Sunday. " +
        "The tour wraps up in Muscat on Saturday, after stops in Doha and Kuwait.",
      "Penny Wong",
    );
    expect(stops).toEqual(["Doha - planned", "Kuwait - planned", "Muscat 2024-09-14 planned"]);
  });
  it("'departs for X on <today>' in the present is a schedule, not a journey made", () => {
    expect(of("Prime Minister Keir Starmer departs for Ankara on Thursday.", "Keir Starmer")).toEqual(["Ankara 2024-09-12 planned"]);
  });
  it("'spent Tuesday in X' is being there", () => {
    expect(of("Foreign Minister Penny Wong spent Tuesday in Muscat.", "Penny Wong")).toEqual(["Muscat 2024-09-10 completed"]);
  });
  it("'a trip that has taken him on to the Jordanian resort of Aqaba'", () => {
    const stops = of(
      "Envoy Steve Witkoff landed in Riyadh, on a trip that has taken him on to the Jordanian resort of Aqaba.",
      "Steve Witkoff",
    );
    expect(stops?.map((s) => s?.split(" ")[0])).toContain("Aqaba");
  });
});

describe("journeys of headlines, timelines and called off", () => {
  it("a headline's 'X next' is a stop to come", () => {
    const t = tripsIn("Wong lands in Oman, Qatar next\n\nForeign Minister Penny Wong landed in Muscat on Wednesday.", THURSDAY);
    expect(t.find((x) => x[0] === "Penny Wong")?.slice(1)).toContain("Qatar - planned");
  });
  it("a headline's 'next week' is not 'next'", () => {
    const t = tripsIn("Wong lands in Oman, Qatar next week\n\nForeign Minister Penny Wong landed in Muscat on Wednesday.", THURSDAY);
    expect(t.find((x) => x[0] === "Penny Wong")?.slice(1)).not.toContain("Qatar - planned");
  });
  it("the sentences after a timeline entry's first tell its events in the historical present", () => {
    const stops = of("Sept. 2, 2024 — Foreign Minister Penny Wong arrives in Muscat. The next day she travels to Doha.", "Penny Wong");
    expect(stops).toEqual(["Muscat 2024-09-02 completed", "Doha 2024-09-03 completed"]);
  });
  it("'A planned visit by X to Y has been postponed' is no stop", () => {
    const t = trips("A planned visit by Foreign Minister Penny Wong to Cairo has been postponed.");
    expect(t.map((x) => x[0])).not.toContain("Penny Wong");
    expect(of("The visit by Foreign Minister Penny Wong to Cairo went ahead on Monday.", "Penny Wong")).toEqual([
      "Cairo 2024-09-09 completed",
    ]);
  });
});

describe("a guest greeted on arrival", () => {
  it("'was greeted by X on the tarmac at the airport' puts the guest there", () => {
    const stops = of(
      "Prime Minister Keir Starmer was greeted by President Isaac Herzog on the tarmac at Ben Gurion Airport on Wednesday.",
      "Keir Starmer",
    );
    expect(stops).toEqual(["Ben Gurion Airport 2024-09-11 completed"]);
  });
  it("the one who greets is at home: no stop for the host", () => {
    const t = trips("Prime Minister Keir Starmer was greeted by President Isaac Herzog on the tarmac at Ben Gurion Airport on Wednesday.");
    expect(t.map((x) => x[0])).not.toContain("Isaac Herzog");
  });
});
