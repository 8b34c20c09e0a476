import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { extractMeetings } from "./MeetingExtractor.js";

const meetings = (text: string, published = "2024-02-06") =>
  extractMeetings(analyse("t", text, published)).map((m) => ({
    who: m.participants.map((p) => p.name),
    kind: m.kind,
    status: m.status,
    place: m.place?.name ?? null,
    date: m.date?.date ?? null,
  }));

describe("MeetingExtractor", () => {
  it("reads a held meeting with place and weekday (2024-02-06 is a Tuesday)", () => {
    expect(
      meetings(
        "British Foreign Secretary David Cameron met with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Monday.",
      ),
    ).toEqual([
      { who: ["David Cameron", "Mohammed bin Abdulrahman Al Thani"], kind: "meeting", status: "held", place: "Doha", date: "2024-02-05" },
    ]);
  });

  it("reads planned meetings: 'will meet', 'is expected to meet'; the weekday looks forward", () => {
    expect(meetings("Blinken will meet Egyptian President Abdel Fattah al-Sisi in Cairo on Thursday.")[0]).toMatchObject({
      status: "planned",
      place: "Cairo",
      date: "2024-02-08",
    });
    expect(meetings("Defense Secretary Lloyd Austin is expected to meet with Israeli Defense Minister Yoav Gallant.")[0]).toMatchObject({
      who: ["Lloyd Austin", "Yoav Gallant"],
      status: "planned",
    });
  });

  it("reads greetings and cabinet sessions", () => {
    expect(meetings("Austin was greeted by Israeli President Isaac Herzog at the airport.")[0]).toMatchObject({
      kind: "greeting",
      status: "held",
    });
    expect(meetings("Secretary of State Antony Blinken spent two hours with the Israeli war cabinet.")[0]).toMatchObject({
      kind: "cabinet_session",
    });
  });

  it("reads a meeting named by a noun: 'talks with'", () => {
    expect(meetings("On Wednesday, Antony Blinken traveled to Ramallah for talks with President Mahmoud Abbas.")[0]).toMatchObject({
      who: ["Antony Blinken", "Mahmoud Abbas"],
      status: "held",
      date: "2024-01-31",
    });
  });

  it("finds no meeting in quoted speech or in plain prose", () => {
    expect(meetings("“We will meet with anyone who wants peace,” Blinken said.")).toEqual([]);
    expect(meetings("The ceasefire talks in Doha resumed.")).toEqual([]);
  });
});
