/**
 * Clauses, tense and dates, round 8b: a calendar day that names an event ("the October 7 attack"), weeks and weekends of a
 * plan that a weekday narrows, weekdays with a part of the day ("on Tuesday night"), and a day counted from another dated
 * event ("a day after he arrived"). Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../dates/DateResolver.js";
import { extractDocument } from "../extract.js";
import { scenesIn } from "../testkit.js";

// Every text is published on Thursday 12 September 2024, under a headline of its own.
const THURSDAY = "2024-09-12";
const scenes = (body: string, published = THURSDAY) => scenesIn(body, published);
const days = (text: string, future = false, published = THURSDAY) =>
  findDates(text, 0, published, { future }).map((d) => `${d.text}=${d.date}`);

describe("a calendar day that names an event dates nothing else", () => {
  it("before the event's noun: no date", () => {
    expect(days("The minister toured a village shelled in the March 3 Hezbollah barrage and the Oct. 7 terror attack.")).toEqual([]);
    expect(days("Rutte went to Kibbutz Nir Oz, ravaged in the 7 October massacre, on Tuesday.")).toEqual(["on Tuesday=2024-09-10"]);
  });
  it("after the event's noun in a phrase of since: no date", () => {
    expect(days("It was her first visit since the Hamas-led assault on 7 October.")).toEqual([]);
  });
  it("a day that names no event is still a date", () => {
    expect(days("Rutte met Erdogan on 7 September in Ankara.")).toEqual(["on 7 September=2024-09-07"]);
    // A weekday before the noun dates the strike: the casualty extractor counts on it.
    expect(days("An Israeli strike on Tuesday killed 12 people.")).toEqual(["on Tuesday=2024-09-10"]);
  });
  it("a visit told beside the name of an attack takes the visit's own day", () => {
    const { meetings } = scenes(
      "Dutch Prime Minister Dick Schoof flew to Israel on Tuesday, the first Dutch leader to visit since the October 7 Hamas " +
        "onslaught. Later in the day, Schoof met President Isaac Herzog in Jerusalem.",
    );
    expect(meetings).toEqual(["Dick Schoof + Isaac Herzog @Jerusalem 2024-09-10 held meeting"]);
  });
});

describe("a date after an apposition's comma belongs to the clause before it", () => {
  it("a plan's day told after an apposition dates no scene", () => {
    const { trips } = scenes(
      "Foreign Minister Penny Wong, who arrived in Jordan on Tuesday night, said Australia backed a ceasefire. She was also " +
        "scheduled to meet Egypt's foreign minister, Sameh Shoukry, on Friday. Wong is the first Australian minister to visit " +
        "Jordan since the war began.",
    );
    expect(trips).toEqual([["Penny Wong", "Jordan 2024-09-10 completed"]]);
  });
});

describe("a plan's legs keep their own days", () => {
  it("a day after a new conjunct is the next leg's, not the meeting's", () => {
    const { meetings } = scenes(
      "Downing Street said Mr Lammy would fly on to Amman later on Friday to meet King Abdullah, and to Beirut on Saturday.",
    );
    expect(meetings).toEqual(["Lammy + Abdullah @Amman 2024-09-13 planned meeting"]);
  });
  it("a day in a clause of before is that leg's", () => {
    const { meetings } = scenes(
      "Hochstein is expected to arrive in Beirut on Friday and to hold talks with Nabih Berri before travelling to Israel on Sunday.",
    );
    expect(meetings).toEqual(["Hochstein + Nabih Berri @Beirut 2024-09-13 planned meeting"]);
  });
});

describe("a trip starts on the first day told, not on the Monday a week is written as", () => {
  it("this week, then a weekday inside it", () => {
    const { trips } = scenes(
      "Amos Hochstein will travel to Lebanon this week for talks on the border, officials said. Hochstein is due to arrive in " +
        "Beirut on Saturday.",
    );
    const r = extractDocument(
      "Headline\n\nAmos Hochstein will travel to Lebanon this week for talks on the border, officials said. " +
        "Hochstein is due to arrive in Beirut on Saturday.",
      { id: "w", published: THURSDAY },
    );
    expect(trips[0]![0]).toBe("Amos Hochstein");
    expect(r.trips[0]!.start_date).toBe("2024-09-14");
  });
});
