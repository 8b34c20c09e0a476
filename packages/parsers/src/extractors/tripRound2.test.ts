/**
 * Trip phrasings of round 2: where a day is spent in an itinerary, journeys whose subject is the journey, where a
 * journey began, which date belongs to which stop, and days chained across sentences. Every sentence here was
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { TRIP_PUBLISHED as PUBLISHED, stopsIn as stops, tripsIn as trips } from "../testkit.js";
import { analyse } from "../analysis.js";
import { extractTrips } from "./TripExtractor.js";

const datedStops = (text: string) => extractTrips(analyse("t", text, PUBLISHED)).stops.map((s) => [s.place.name, s.date?.date ?? null]);

describe("where the traveller spent part of a day", () => {
  it("'began the day in X before flying to Y': X, then Y", () => {
    expect(trips("Italian Foreign Minister Antonio Tajani began the day in Beirut before flying to Amman on Monday.")).toEqual([
      ["Antonio Tajani", "Beirut - completed", "Amman 2024-03-11 completed"],
    ]);
    expect(stops("Italian Foreign Minister Antonio Tajani spent the weekend in Doha.")).toEqual([["Antonio Tajani", "Doha", "completed"]]);
  });

  it("a day at home is no stop", () => {
    expect(stops("Israeli Prime Minister Benjamin Netanyahu spent the morning in Jerusalem.")).toEqual([]);
  });

  it("'wrapped up talks in X': the talks' place is a stop of the subject", () => {
    expect(stops("Italian Foreign Minister Antonio Tajani wrapped up talks in Riyadh on Tuesday.")).toEqual([
      ["Antonio Tajani", "Riyadh", "completed"],
    ]);
  });
});

describe("journeys that go on and journeys as subjects", () => {
  it("'is expected to head on to X': a planned stop", () => {
    expect(stops("Italian Foreign Minister Antonio Tajani is expected to head on to Cairo on Friday.")).toEqual([
      ["Antonio Tajani", "Cairo", "planned"],
    ]);
  });

  it("'a tour that will take in A and B': planned stops of the sentence's traveller", () => {
    expect(
      stops("Italian Foreign Minister Antonio Tajani landed in Amman on Monday, starting a tour that will take in Cairo and Doha."),
    ).toEqual([
      ["Antonio Tajani", "Amman", "completed"],
      ["Antonio Tajani", "Cairo", "planned"],
      ["Antonio Tajani", "Doha", "planned"],
    ]);
  });

  it("'The tour also takes in X': the traveller of the stops just told; nothing without one", () => {
    expect(stops("Italian Foreign Minister Antonio Tajani arrived in Amman on Monday. The tour also takes in Riyadh.")).toEqual([
      ["Antonio Tajani", "Amman", "completed"],
      ["Antonio Tajani", "Riyadh", "planned"],
    ]);
    expect(stops("The tour also takes in Riyadh.")).toEqual([]);
  });

  it("'is travelling in the region' does not put the traveller at the last stop again", () => {
    expect(
      trips(
        "Italian Foreign Minister Antonio Tajani is in Amman. Tajani, who is travelling in the region this week, will also stop in Cairo.",
      ),
    ).toEqual([["Antonio Tajani", "Amman 2024-03-13 completed", "Cairo 2024-03-11 planned"]]);
  });
});

describe("the order and the dates of a journey's stops", () => {
  it("where a tour began comes first", () => {
    expect(
      trips(
        "Italian Foreign Minister Antonio Tajani arrived in Amman on Monday, the latest stop of a tour that began in Riyadh last week.",
      ),
    ).toEqual([["Antonio Tajani", "Riyadh 2024-03-04 completed", "Amman 2024-03-11 completed"]]);
  });

  it("'after a trip that took him to A and B': earlier stops, not on the return's day", () => {
    expect(
      trips("Italian Foreign Minister Antonio Tajani returned to Rome on Tuesday after a four-day trip that took him to Jordan and Egypt."),
    ).toEqual([["Antonio Tajani", "Jordan - completed", "Egypt - completed"]]);
  });

  it("the day of a departure is not the day of the stops of 'a trip that will take him to'", () => {
    expect(
      trips("Italian Foreign Minister Antonio Tajani will leave on Friday for a trip that will take him to Jordan and Egypt."),
    ).toEqual([["Antonio Tajani", "Jordan - planned", "Egypt - planned"]]);
  });

  it("a date in another clause after the place is that clause's", () => {
    // A relative clause about the place.
    expect(
      trips("Italian Foreign Minister Antonio Tajani toured the Israeli town of Sderot, which was shelled on Oct. 7, 2023.").map(
        (t) => t[1],
      ),
    ).toEqual(["Sderot - completed"]);
    // A new clause with its own day (the extractor's own dates: a later refiner may still date Amman from the scene).
    expect(datedStops("Italian Foreign Minister Antonio Tajani flew to Amman, and on Tuesday he arrived in Cairo.")).toEqual([
      ["Amman", null],
      ["Cairo", "2024-03-12"],
    ]);
    // Another predicate of the same subject.
    expect(trips("Italian Foreign Minister Antonio Tajani flew to Amman and is expected to fly on to Cairo on Friday.")).toEqual([
      ["Antonio Tajani", "Amman - completed", "Cairo 2024-03-15 planned"],
    ]);
  });

  it("a relative clause's date about a place does not date the next sentence's scene", () => {
    expect(
      trips(
        "Italian Foreign Minister Antonio Tajani visited the Rafah crossing on Tuesday. " +
          "He then toured Kibbutz Nir Oz, which was attacked on Oct. 7.",
      ),
    ).toEqual([["Antonio Tajani", "Rafah crossing 2024-03-12 completed", "Kibbutz Nir Oz 2024-03-12 completed"]]);
  });
});

describe("days chained across sentences", () => {
  it("'The next day' counts from the day of the sentence before", () => {
    expect(trips("Italian Foreign Minister Antonio Tajani arrived in Amman on Monday. The next day he flew to Cairo.")).toEqual([
      ["Antonio Tajani", "Amman 2024-03-11 completed", "Cairo 2024-03-12 completed"],
    ]);
  });

  it("'Later in the week' does not take the scene's day", () => {
    expect(trips("Italian Foreign Minister Antonio Tajani arrived in Amman on Monday. Later in the week he travelled to Cairo.")).toEqual([
      ["Antonio Tajani", "Amman 2024-03-11 completed", "Cairo - completed"],
    ]);
  });
});
