/**
 * Clauses, tense and dates, round 7b: days told relative to the sentence before, coordinated subjects with a title or
 * a country between them, fronted "after" phrases, weekends and dates beside a caption's present tense. Every sentence
 * here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { findDates } from "../dates/DateResolver.js";
import { tripsIn } from "../testkit.js";

// Every text is published on Thursday 12 September 2024, under a headline of its own.
const THURSDAY = "2024-09-12";
const trips = (body: string) => tripsIn(`Headline\n\n${body}`, THURSDAY);
/** The stops of one traveller's trip, or undefined. */
const of = (body: string, who: string) =>
  trips(body)
    .find((t) => t[0] === who)
    ?.slice(1);
function meetings(text: string, published = THURSDAY) {
  const r = extractDocument(`Headline\n\n${text}`, { id: "t", published });
  const actor = new Map(r.actors.map((x) => [x.id, x.name]));
  return r.meetings.map((m) => `${m.participant_ids.map((i) => actor.get(i)).join(" + ")} ${m.date ?? "-"} ${m.status}`);
}

describe("'earlier in the day' is the day told before it", () => {
  it("a pluperfect stop 'earlier in the day' after a dated arrival takes that day, not the publication's", () => {
    expect(
      of(
        "Dutch Foreign Minister Caspar Veldkamp flew into Amman on Tuesday evening. Veldkamp had visited Riyadh earlier in the day.",
        "Caspar Veldkamp",
      ),
    ).toEqual(["Riyadh 2024-09-10 completed", "Amman 2024-09-10 completed"]);
  });
  it("a meeting 'earlier in the day' after a dated meeting", () => {
    expect(
      meetings(
        "The envoy Amos Hochstein met Speaker Nabih Berri in Beirut on Monday. Earlier in the day, he had held talks with " +
          "Prime Minister Najib Mikati.",
      ),
    ).toContain("Amos Hochstein + Najib Mikati 2024-09-09 held");
  });
  it("in the same text, the day before the phrase; with none, the publication day", () => {
    expect(findDates("He landed on Monday and met the king later in the day", 0, THURSDAY, { future: false })[1]).toMatchObject({
      date: "2024-09-09",
      text: "later in the day",
    });
    expect(findDates("He met the king later in the day", 0, THURSDAY, { future: false })[0]).toMatchObject({ date: THURSDAY });
    expect(findDates("He will meet the king later today", 0, THURSDAY, { future: true, previousDay: "2024-09-09" })[0]).toMatchObject({
      date: THURSDAY,
    });
  });
});

describe("coordinated subjects with a title or a country between them", () => {
  it("'X of Jordan and Y travelled': both travel", () => {
    const t = trips("King Abdullah II of Jordan and Egyptian President Abdel Fattah al-Sisi travelled to Riyadh on Tuesday.");
    expect(t.map((x) => x[0])).toEqual(["Abdullah II", "Abdel Fattah al-Sisi"]);
  });
  it("'X and his counterpart Y flew': the possessive is the title's, not a third person", () => {
    const t = trips("Turkish Foreign Minister Hakan Fidan and his Egyptian counterpart Badr Abdelatty flew to Doha on Wednesday.");
    expect(t).toEqual([
      ["Hakan Fidan", "Doha 2024-09-11 completed"],
      ["Badr Abdelatty", "Doha 2024-09-11 completed"],
    ]);
  });
  it("'X and his wife Y flew': any few words after the possessive", () => {
    expect(trips("Secretary of State Antony Blinken and his wife Evan Ryan flew to Tel Aviv on Monday.").map((x) => x[0])).toEqual([
      "Antony Blinken",
      "Evan Ryan",
    ]);
  });
  it("a possessive with no name after it adds no person (the delegation is a group of its own)", () => {
    expect(trips("Hakan Fidan and his delegation flew to Doha on Wednesday.").map((x) => x[0])).toEqual(["Hakan Fidan", "delegation"]);
  });
  it("a name after a possessive in the object is not a second subject", () => {
    expect(trips("Hakan Fidan flew to Doha on Wednesday to meet his Qatari counterpart Mohammed Al Thani.").map((x) => x[0])).toEqual([
      "Hakan Fidan",
    ]);
  });
});

describe("'this past weekend'", () => {
  it("is the last weekend over before publication, written as its week's Monday, in a report or a plan's sentence", () => {
    // 2024-02-12 is a Monday, 2024-02-10 a Saturday.
    expect(findDates("The spy chiefs met in Paris this past weekend", 0, "2024-02-12", { future: false })[0]).toMatchObject({
      date: "2024-02-05",
      precision: "week",
      text: "this past weekend",
    });
    expect(findDates("They met the past weekend", 0, "2024-02-10", { future: false })[0]?.date).toBe("2024-01-29");
    expect(findDates("He said this past weekend that he will go", 0, "2024-02-14", { future: true })[0]?.date).toBe("2024-02-05");
  });
});

describe("a caption's present tense with its full date", () => {
  it("takes the date written in the caption, not the day of publication", () => {
    expect(
      meetings(
        "Chancellor Olaf Scholz is greeted by Prime Minister Benjamin Netanyahu as he arrives at Ben Gurion Airport near Tel Aviv " +
          "on Tuesday, September 10, 2024. (Photo: Staff/Agency)",
      ),
    ).toEqual(["Olaf Scholz + Benjamin Netanyahu 2024-09-10 held"]);
  });
  it("a present-perfect report without a written date is still the day of publication", () => {
    expect(meetings("Chancellor Olaf Scholz has met Prime Minister Benjamin Netanyahu in Jerusalem.")).toEqual([
      `Olaf Scholz + Benjamin Netanyahu ${THURSDAY} held`,
    ]);
  });
});

describe("a date after the speech verb that closes the clause is the saying's", () => {
  it("'will meet X, officials said on Tuesday' dates no plan on the coming Tuesday", () => {
    expect(meetings("Chancellor Olaf Scholz will meet King Abdullah II in Amman, officials said on Tuesday.")).toEqual([
      "Olaf Scholz + Abdullah II - planned",
    ]);
  });
  it("'was due to fly … on Thursday for talks with X, officials said last week': the plan's Thursday, not last week", () => {
    expect(
      meetings("Chancellor Olaf Scholz was due to fly to Amman on Friday for talks with King Abdullah II, officials said last week."),
    ).toEqual(["Olaf Scholz + Abdullah II 2024-09-13 planned"]);
  });
  it("a date in the clause before the speech verb is still the event's", () => {
    expect(meetings("Chancellor Olaf Scholz will meet King Abdullah II in Amman on Friday, officials said.")).toEqual([
      "Olaf Scholz + Abdullah II 2024-09-13 planned",
    ]);
  });
});

describe("a fronted phrase of 'after' before a plan", () => {
  it("with a word of past time, its stops were made", () => {
    expect(of("After visiting Doha and Riyadh last week, Hakan Fidan is expected in Cairo on Saturday.", "Hakan Fidan")).toEqual([
      "Doha 2024-09-02 completed",
      "Riyadh 2024-09-02 completed",
      "Cairo 2024-09-14 planned",
    ]);
  });
  it("with a weekday that would fall after the plan's day, it was the past one", () => {
    expect(of("After talks in Amman on Tuesday, Hakan Fidan will travel to Cairo on Saturday.", "Hakan Fidan")).toEqual([
      "Amman 2024-09-10 completed",
      "Cairo 2024-09-14 planned",
    ]);
  });
  it("with no time of its own, it is planned with the main clause", () => {
    expect(of("After visiting Doha and Riyadh, Hakan Fidan will travel to Cairo on Saturday.", "Hakan Fidan")).toEqual([
      "Doha - planned",
      "Riyadh - planned",
      "Cairo 2024-09-14 planned",
    ]);
  });
});

describe("the day a plan called off was set for", () => {
  it("looks forward from the day it was called off", () => {
    // Published on Saturday 14 September: called off on Tuesday the 10th, for Friday the 13th.
    expect(
      findDates("A meeting of the two ministers that had been scheduled for Friday was called off on Tuesday", 0, "2024-09-14", {
        future: false,
      }).map((d) => d.date),
    ).toEqual(["2024-09-13", "2024-09-10"]);
  });
  it("with no other day, from publication", () => {
    expect(
      meetings("Talks between Olaf Scholz and King Abdullah II that had been planned for Saturday were postponed, officials said."),
    ).toEqual(["Olaf Scholz + Abdullah II 2024-09-14 postponed"]);
  });
  it("a plan that took place keeps its past day", () => {
    expect(findDates("The talks, set for Monday, went ahead on Tuesday", 0, THURSDAY, { future: false })[0]?.date).toBe("2024-09-09");
  });
});
