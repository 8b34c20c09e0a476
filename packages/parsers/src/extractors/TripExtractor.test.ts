import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { extractTrips } from "./TripExtractor.js";

const stops = (text: string) =>
  extractTrips(analyse("t", text, "2024-02-05")).stops.map((s) => ({ who: s.traveler.name, place: s.place.name, status: s.status }));

describe("TripExtractor", () => {
  it("reads an itinerary of planned stops in order", () => {
    expect(stops("Secretary of State Antony Blinken will travel to Riyadh, Cairo, Doha and Tel Aviv this week.")).toEqual(
      ["Riyadh", "Cairo", "Doha", "Tel Aviv"].map((place) => ({ who: "Antony Blinken", place, status: "planned" })),
    );
  });

  it("reads completed stops: arrived, landed, made stops in", () => {
    expect(stops("German Foreign Minister Annalena Baerbock landed in Tel Aviv on Sunday.")).toEqual([
      { who: "Annalena Baerbock", place: "Tel Aviv", status: "completed" },
    ]);
    expect(stops("Before heading home, Cameron made stops in Turkey and Jordan.").map((s) => s.place)).toEqual(["Turkey", "Jordan"]);
  });

  it("does not take regions as stops, nor places that are not destinations", () => {
    expect(stops("Blinken traveled to the Middle East on Monday.")).toEqual([]);
    expect(stops("Blinken spoke about the war in Gaza.")).toEqual([]);
  });

  it("reads the ordinal of a tour", () => {
    const a = analyse("t", "It was Blinken’s sixth tour of the region since the war began.", "2024-03-22");
    expect(extractTrips(a).ordinals[0]).toMatchObject({ ordinal: 6 });
  });
});
