import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";

const stops = (text: string) =>
  extractDocument(text, { id: "u", published: "2024-01-10" }).trips.map((t) => [t.traveler_id, t.destinations.map((d) => d.place_id)]);

describe("places the gazetteer does not know, from the linguistic layer", () => {
  it("a journey's destination list names them, beside the places it knows", () => {
    expect(stops("Macron travelled to Jenin, Tulkarm and Ramallah on Tuesday.")).toEqual([["macron", ["jenin", "tulkarm", "ramallah"]]]);
  });
  it("where a journey goes, a two-word place is no person", () => {
    const e = extractDocument("Guterres arrived in Bani Suheila on Friday.", { id: "u", published: "2024-01-10" });
    expect(e.places.map((p) => [p.id, p.kind, p.country])).toEqual([["bani-suheila", "city", null]]);
    expect(e.actors.map((a) => a.id)).toEqual(["guterres"]);
  });
  it("the town of X is a place", () => {
    expect(stops("Scholz visited the town of Beit Ummar.")).toEqual([["scholz", ["beit-ummar"]]]);
  });
  it("a person visited stays a person", () => {
    const e = extractDocument("Blinken visited Alex Vatanka in Amman.", { id: "u", published: "2024-01-10" });
    expect(e.places.map((p) => p.id)).toEqual(["amman"]);
  });
  it("weekdays, months and organisations are no places", () => {
    expect(stops("Macron travelled to Jenin on Tuesday and visited the Foreign Ministry.")).toEqual([["macron", ["jenin"]]]);
  });
});

describe("the end of a destination list", () => {
  it("a comma with no 'and' after it ends the place's phrase: the name after it is no place", () => {
    const e = extractDocument("Baerbock travelled to the city of Nablus, Annalena Baerbock's aides said.", {
      id: "u",
      published: "2024-01-10",
    });
    expect(e.places.map((p) => p.id)).toEqual(["nablus"]);
  });
});

describe("a country's capital named by its demonym", () => {
  it("'the Saudi capital' is Riyadh, not a town called 'Saudi'; a day beats last month's visit to the same city", () => {
    const e = extractDocument("Blinken flew to the Saudi capital on Monday, where he met Crown Prince Mohammed bin Salman.", {
      id: "u",
      published: "2024-05-14",
    });
    expect(e.places.map((p) => p.id)).toEqual(["riyadh"]);
    expect(e.meetings.map((m) => m.place_id)).toEqual(["riyadh"]);
    const back = extractDocument(
      "CIA Director William Burns returned to Cairo on Thursday, weeks after last month's visit to the Egyptian capital.",
      { id: "u", published: "2024-05-16" },
    );
    expect(back.trips.flatMap((t) => t.destinations.map((d) => [d.place_id, d.date]))).toEqual([["cairo", "2024-05-16"]]);
  });

  it("'Hours later' opens no name", () => {
    const e = extractDocument("Blinken arrived in Riyadh on Monday. Hours later he met Netanyahu in Jerusalem.", {
      id: "u",
      published: "2024-05-14",
    });
    expect(e.meetings.map((m) => m.participant_ids)).toEqual([["blinken", "netanyahu"]]);
  });
});
