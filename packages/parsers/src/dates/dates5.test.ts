/** Round 5 of dates: bare years, months and years of background events, weekends, days counted back; sentences written for these tests. */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { findDates } from "./DateResolver.js";

const dates = (text: string, published: string | null = "2024-10-23", future = false) =>
  findDates(text, 0, published, { future }).map((d) => [d.text, d.date, d.precision]);
const extract = (text: string, published = "2024-10-23") => extractDocument(text, { id: "t", published });
const meetings = (text: string, published = "2024-10-23") =>
  extract(text, published).meetings.map((m) => [m.participant_ids.join("+"), m.place_id, m.date, m.date_precision]);

describe("bare years (2024-10-23 is a Wednesday)", () => {
  it("reads a year after 'in', 'back in' or 'during', with or without a part of the year, at year precision", () => {
    expect(dates("In 2019, the two leaders signed a deal.")).toEqual([["In 2019", "2019-01-01", "year"]]);
    expect(dates("She met him in Amman in 2021 and again later.")).toEqual([["in 2021", "2021-01-01", "year"]]);
    expect(dates("Back in 2016, talks collapsed.")).toEqual([["Back in 2016", "2016-01-01", "year"]]);
    expect(dates("In late 2022, the envoy resigned.")).toEqual([["In late 2022", "2022-01-01", "year"]]);
    expect(dates("in mid-2017 the border was shut")).toEqual([["in mid-2017", "2017-01-01", "year"]]);
    expect(dates("In the winter of 2015, he flew to Amman.")).toEqual([["In the winter of 2015", "2015-01-01", "year"]]);
    expect(dates("The plan was drafted at the end of 2023.")).toEqual([["at the end of 2023", "2023-01-01", "year"]]);
  });

  it("leaves starts, event names, numbers, ranges, implausible years and years of longer dates to others", () => {
    expect(dates("Egypt has mediated since 2017.")).toEqual([]);
    expect(dates("during the 2008 war in Gaza")).toEqual([]);
    expect(dates("they lost in 2011 elections")).toEqual([]);
    expect(dates("in 2000 homes across the region")).toEqual([]);
    expect(dates("in 2018-19 and in 2015 to 2016")).toEqual([]);
    expect(dates("in 1930, and in 2030")).toEqual([]);
    expect(dates("killed in 1,948 strikes")).toEqual([]);
    expect(dates("They met in April 2018.")).toEqual([["April 2018", "2018-04-01", "month"]]);
  });

  it("dates a background meeting by its year, and keeps the dateline's city and the publication day away", () => {
    const text =
      "AMMAN, Jordan (AP) — Foreign Minister Ayman Safadi met Secretary of State Antony Blinken in Amman on Wednesday.\n\n" +
      "In 2021, Prime Minister Naftali Bennett met President Abdel Fattah el-Sisi at the resort of Sharm el-Sheikh.\n\n" +
      "President Isaac Herzog met Crown Prince Mohammed bin Zayed in Abu Dhabi in 2022.";
    const got = meetings(text);
    expect(got).toContainEqual(["ayman-safadi+antony-blinken", "amman", "2024-10-23", "day"]);
    expect(got.find((m) => String(m[0]).startsWith("naftali-bennett"))?.slice(2)).toEqual(["2021-01-01", "year"]);
    expect(got.find((m) => String(m[0]).startsWith("isaac-herzog"))).toEqual([
      "isaac-herzog+mohammed-bin-zayed",
      "abu-dhabi",
      "2022-01-01",
      "year",
    ]);
  });
});

describe("months and years of background events", () => {
  it("writes a month as its first day and a year as January 1, also for 'late last month' and 'last year'", () => {
    expect(dates("He resigned late last month.", "2024-06-12")).toEqual([["last month", "2024-05-01", "month"]]);
    expect(dates("It opened last year.", "2024-06-12")).toEqual([["last year", "2023-01-01", "year"]]);
  });

  it("a date opening the sentence dates an undated stop of it, unless the sentence names a day", () => {
    const stop = (text: string) =>
      extract(text, "2024-05-08").trips.flatMap((t) => t.destinations.map((d) => [d.place_id, d.date, d.date_precision]));
    expect(stop("In the spring of 2016, Secretary of State John Kerry flew to Cairo to press for talks.")).toEqual([
      ["cairo", "2016-01-01", "year"],
    ]);
    expect(stop("Earlier this month, CIA Director William Burns traveled to Doha.")).toEqual([["doha", "2024-05-01", "month"]]);
    expect(stop("After last month's talks, CIA Director William Burns traveled to Doha.")).toEqual([["doha", null, null]]);
    expect(stop("In April, Foreign Minister Ayman Safadi traveled to Paris and met President Emmanuel Macron on April 9.")).toContainEqual([
      "paris",
      "2024-04-09",
      "day",
    ]);
  });
});

describe("the weekend", () => {
  it("'Over the weekend,' opening a sentence dates its meeting (the week of the weekend past)", () => {
    expect(
      meetings("Over the weekend, Secretary of State Antony Blinken met Foreign Minister Ayman Safadi in Amman.", "2024-06-12"),
    ).toEqual([["antony-blinken+ayman-safadi", "amman", "2024-06-03", "week"]]);
  });
});

describe("days counted back and parts of the week (2024-02-08 is a Thursday)", () => {
  it("'the day before', 'the previous day', 'a day earlier' are the day before the date told before them", () => {
    expect(dates("Talks resumed on Wednesday, and the envoy had landed the day before.", "2024-02-08")).toEqual([
      ["on Wednesday", "2024-02-07", "day"],
      ["the day before", "2024-02-06", "day"],
    ]);
    expect(dates("He flew to Doha on Monday; a day earlier he was in Cairo.", "2024-02-08")).toContainEqual([
      "a day earlier",
      "2024-02-04",
      "day",
    ]);
    // Before another event's name, it is that event's eve, not a day of this text.
    expect(dates("He landed on Monday, the day before the summit.", "2024-02-08")).toEqual([["on Monday", "2024-02-05", "day"]]);
    // Nothing told before it: no date (chrono alone would read the day before publication).
    expect(dates("He had been in Doha the previous day.", "2024-02-08")).toEqual([]);
  });

  it("a meeting dated 'the day before' in the sentence after a dated one takes the day before that one", () => {
    const text =
      "JERUSALEM (AP) — Foreign Minister Penny Wong met President Isaac Herzog in Jerusalem on Wednesday.\n\n" +
      "Wong had met Foreign Minister Ayman Safadi in Amman the day before.";
    expect(meetings(text, "2024-02-08")).toContainEqual(["penny-wong+ayman-safadi", "amman", "2024-02-06", "day"]);
  });

  it("'at the start of the week', 'early in the week' are the week of publication", () => {
    expect(dates("He began his tour in Riyadh at the start of the week.", "2024-02-08")).toEqual([
      ["at the start of the week", "2024-02-05", "week"],
    ]);
    expect(dates("Early in the week, the envoy was in Cairo.", "2024-02-11")).toEqual([["Early in the week", "2024-02-05", "week"]]);
  });
});

describe("spans up to publication and parts of the next day (2024-01-10 is a Wednesday)", () => {
  it("'in the past 24 hours' is the publication day; 'over the past two weeks' names no day", () => {
    expect(dates("Officials said 80 people died in the past 24 hours.", "2024-01-10")).toEqual([["past 24 hours", "2024-01-10", "day"]]);
    expect(dates("The envoy has been to Cairo twice over the past two weeks.", "2024-01-10")).toEqual([]);
    expect(dates("Aid trucks crossed over the last three days.", "2024-01-10")).toEqual([]);
  });

  it("'the next morning', 'the previous evening' count from the day told before them", () => {
    expect(dates("She landed in Amman on Monday and the next morning drove to the border.", "2024-01-10")).toEqual([
      ["on Monday", "2024-01-08", "day"],
      ["the next morning", "2024-01-09", "day"],
    ]);
    expect(dates("Talks ended on Tuesday; the envoy had arrived the previous evening.", "2024-01-10")).toContainEqual([
      "the previous evening",
      "2024-01-08",
      "day",
    ]);
  });
});
