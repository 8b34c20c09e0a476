/** Event dates from the whole document, on sentences written for these tests. */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";

const extract = (text: string, published: string | null = "2024-03-14") => extractDocument(text, { id: "t", published });
const meetingDate = (text: string, published: string | null = "2024-03-14") =>
  extract(text, published).meetings.map((m) => [m.date, m.date_basis]);

describe("inferEventDates (2024-03-14 is a Thursday)", () => {
  it("continuation: an undated meeting takes the date of the traveller's dated scene before it", () => {
    const text =
      "Foreign Secretary David Cameron promised on Tuesday to send more aid to Gaza.\n\nCameron " +
      "began his visit in Cairo, where he held talks with President Abdel Fattah el-Sisi.";
    expect(meetingDate(text)).toEqual([["2024-03-12", "inferred"]]);
  });

  it("same-day report: the present perfect dates the event on the publication day", () => {
    expect(meetingDate("Foreign Secretary David Cameron has met King Abdullah II in Amman.")).toEqual([["2024-03-14", "inferred"]]);
  });

  it("a plan, a dated sentence about someone else or no publication date gives no date", () => {
    expect(meetingDate("Foreign Secretary David Cameron will meet King Abdullah II in Amman.")).toEqual([[null, null]]);
    expect(meetingDate("Egypt reopened the crossing on Tuesday.\n\nDavid Cameron met King Abdullah II in Amman.")).toEqual([[null, null]]);
    expect(meetingDate("Foreign Secretary David Cameron has met King Abdullah II in Amman.", null)).toEqual([[null, null]]);
  });

  it("a date inside a 'since' phrase belongs to another event", () => {
    const text = "Cameron has been to the region three times since the attack on October 7.\n\nCameron met King Abdullah II in Amman.";
    expect(meetingDate(text)).toEqual([[null, null]]);
  });

  it("'a day after' counts the other event back from the sentence's date", () => {
    const text =
      "Cameron met Prime Minister Mohammad Shtayyeh in Ramallah on Wednesday, a day after talks in Jerusalem with Benjamin Netanyahu.";
    const byPerson = Object.fromEntries(extract(text).meetings.map((m) => [m.participant_ids[1], m.date]));
    expect(byPerson).toEqual({ "mohammad-shtayyeh": "2024-03-13", "benjamin-netanyahu": "2024-03-12" });
  });

  it("the pluperfect tells of earlier events: no date from the scene", () => {
    const text = "Cameron spoke on Tuesday in Cairo.\n\nCameron had met King Abdullah II in Amman.";
    expect(meetingDate(text)).toEqual([[null, null]]);
  });
});
