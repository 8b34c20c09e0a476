/**
 * Clauses, tense and dates, round 8: live-blog entries, encounters "shortly after landing", whole days told in hours,
 * a day of the month told alone ("on the 10th") and an itinerary's day labels. Every sentence here was written for these
 * tests.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../dates/DateResolver.js";
import { scenesIn } from "../testkit.js";

// Every text is published on Thursday 12 September 2024, under a headline of its own.
const THURSDAY = "2024-09-12";
const scenes = (body: string, published = THURSDAY) => scenesIn(body, published);

describe("a live blog's entry dates what it tells", () => {
  it("an undated meeting under a timestamp takes the day of publication", () => {
    const { meetings } = scenes(
      "10:45 BST\nRutte arrives\n\nNato chief Mark Rutte was greeted at the airport by aides.\n\n" +
        "13:20 BST\nTalks in Ankara\n\nAfter lunch, Mark Rutte held talks with Turkish President Recep Tayyip Erdogan in Ankara.",
    );
    expect(meetings).toContain("Mark Rutte + Recep Tayyip Erdogan @Ankara 2024-09-12 held meeting");
  });
  it("the day a stamp names is the entry's day", () => {
    const { meetings } = scenes(
      "Tuesday 10 September 16:05 BST\n\nAfter the briefing, Foreign Minister Penny Wong held talks with Ayman Safadi in Amman.",
    );
    expect(meetings).toContain("Penny Wong + Ayman Safadi @Amman 2024-09-10 held meeting");
  });
  it("a blog that runs over days: an entry under a line of a date alone is of that day", () => {
    const { meetings } = scenes(
      "Thursday, September 12\n\n08:10 a.m. ET\n\nMark Rutte met Polish Prime Minister Donald Tusk in Warsaw.\n\n" +
        "Tuesday, September 10\n\n6:25 p.m. ET\n\nAfter the dinner, Mark Rutte met Hakan Fidan in Ankara.",
    );
    expect(meetings).toEqual([
      "Mark Rutte + Donald Tusk @Warsaw 2024-09-12 held meeting",
      "Mark Rutte + Hakan Fidan @Ankara 2024-09-10 held meeting",
    ]);
  });
  it("a day told inside the entry still wins over the entry's day", () => {
    const { meetings } = scenes(
      "09:30 BST\n\nMark Rutte flew to Ankara on Tuesday. After landing, Mark Rutte held talks with Hakan Fidan in Ankara.",
    );
    expect(meetings).toContain("Mark Rutte + Hakan Fidan @Ankara 2024-09-10 held meeting");
  });
  it("an article's 'Updated 10:45 GMT' line is no entry stamp", () => {
    const { meetings } = scenes(
      "Updated 10:45 GMT\n\nAfter lunch, Mark Rutte held talks with Turkish President Recep Tayyip Erdogan in Ankara.",
    );
    expect(meetings).toContain("Mark Rutte + Recep Tayyip Erdogan @Ankara - held meeting");
  });
  it("an article with no timestamp line leaves an undated past meeting undated", () => {
    const { meetings } = scenes("After lunch, Mark Rutte held talks with Turkish President Recep Tayyip Erdogan in Ankara.");
    expect(meetings).toContain("Mark Rutte + Recep Tayyip Erdogan @Ankara - held meeting");
  });
});

describe("an encounter 'after landing' is on the arrival's day", () => {
  it("takes the day of an arrival told by another name for the traveller, at the same place", () => {
    const { meetings } = scenes(
      "A senior European envoy arrived in Amman on Monday. Sven Koopmans, the EU's special representative, met Foreign " +
        "Minister Ayman Safadi shortly after landing.",
    );
    expect(meetings).toContain("Sven Koopmans + Ayman Safadi @Amman 2024-09-09 held meeting");
  });
  it("'on arrival' after a dated journey of the same traveller", () => {
    const { meetings } = scenes(
      "Dutch Foreign Minister Caspar Veldkamp travelled to Jordan on Tuesday. Veldkamp met Ayman Safadi on arrival in Amman.",
    );
    expect(meetings).toContain("Caspar Veldkamp + Ayman Safadi @Amman 2024-09-10 held meeting");
  });
  it("no arrival told before: the meeting gets no day from it", () => {
    const { meetings } = scenes("Veldkamp met Ayman Safadi in Amman shortly after landing.");
    expect(meetings).toContain("Veldkamp + Ayman Safadi @Amman - held meeting");
  });
});

describe("days counted in hours and days of the month", () => {
  it("'48 hours later' is two days after the day told before", () => {
    const { trips } = scenes("EU envoy Sven Koopmans arrived in Cairo on Monday. 48 hours later he was in Amman.");
    expect(trips).toContainEqual(["Sven Koopmans", "Cairo 2024-09-09 completed", "Amman 2024-09-11 completed"]);
  });
  it("'twenty-four hours earlier' is the day before; 'hours later' stays the same day", () => {
    expect(findDates("He met her on Tuesday. Twenty-four hours earlier he landed.", 0, THURSDAY, { future: false })[1]).toMatchObject({
      date: "2024-09-09",
    });
    expect(findDates("He met her on Tuesday. Hours later he left.", 0, THURSDAY, { future: false })[1]).toMatchObject({
      date: "2024-09-10",
    });
  });
  it("'on the 10th' is a day of the month of publication in a report", () => {
    expect(findDates("They met in Riyadh on the 10th, officials said.", 0, THURSDAY, { future: false })[0]).toMatchObject({
      date: "2024-09-10",
      precision: "day",
    });
  });
  it("a report's day of the month still ahead is of the month before; a plan's gone by, of the month after", () => {
    expect(findDates("They met on the 28th.", 0, THURSDAY, { future: false })[0]).toMatchObject({ date: "2024-08-28" });
    expect(findDates("They will meet on the 3rd.", 0, THURSDAY, { future: true })[0]).toMatchObject({ date: "2024-10-03" });
  });
  it("'on the 7th floor' and 'on the 31st' of a month of 30 days are no dates", () => {
    expect(findDates("They met on the 7th floor of the hotel.", 0, THURSDAY, { future: false })).toEqual([]);
    expect(findDates("They will meet on the 31st.", 0, THURSDAY, { future: true })).toEqual([]);
  });
});

describe("'last' and 'next' with the weekday of publication", () => {
  it("'last Thursday' and 'on Thursday last' in a text of a Thursday are a week before", () => {
    expect(findDates("They met in Amman last Thursday.", 0, THURSDAY, { future: false })[0]).toMatchObject({ date: "2024-09-05" });
    expect(findDates("They met on Thursday last, aides said.", 0, THURSDAY, { future: false })[0]).toMatchObject({
      date: "2024-09-05",
    });
  });
  it("'next Thursday' on a Thursday is a week on; a plain 'on Thursday' in a report stays the day of publication", () => {
    expect(findDates("They will meet next Thursday.", 0, THURSDAY, { future: true })[0]).toMatchObject({ date: "2024-09-19" });
    expect(findDates("They met on Thursday.", 0, THURSDAY, { future: false })[0]).toMatchObject({ date: THURSDAY });
  });
});

describe("an itinerary's day labels", () => {
  it("'The next day' under a 'Day 2' label counts from the day told under 'Day 1'", () => {
    const { trips } = scenes(
      "Day 1: Cairo\n\nOn Sept. 3 EU envoy Sven Koopmans arrived in Cairo.\n\nDay 2: Amman\n\nThe next day he travelled to Amman.",
    );
    expect(trips).toContainEqual(["Sven Koopmans", "Cairo 2024-09-03 completed", "Amman 2024-09-04 completed"]);
  });
  it("another heading still ends the count", () => {
    const { trips } = scenes(
      "On Sept. 3 EU envoy Sven Koopmans arrived in Cairo.\n\nRegional Fallout Grows\n\nThe next day he travelled to Amman.",
    );
    expect(trips[0]).not.toContain("Amman 2024-09-04 completed");
  });
});
