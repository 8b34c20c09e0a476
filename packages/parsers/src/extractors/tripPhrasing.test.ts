/**
 * Trip phrasings of wire copy the travel triggers missed or misread: leaving a place, being somewhere, the order of
 * "after"/"from"/"en route" places, going home, tense and dates across a list, and places the gazetteer lacks.
 * Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { TRIP_PUBLISHED as PUBLISHED, stopsIn as stops, tripsIn as trips } from "../testkit.js";
import { analyse } from "../analysis.js";
import { extractDocument } from "../extract.js";
import { extractTrips } from "./TripExtractor.js";

const places = (text: string) => trips(text).map((t) => t.slice(1).map((d) => String(d).split(" ")[0]));

describe("leaving a place, and being there", () => {
  it("'departed X for Y': both are stops, the place left first", () => {
    expect(places("Dutch Foreign Minister Hanke Bruins Slot departed Jordan for Lebanon on Tuesday.")).toEqual([["Jordan", "Lebanon"]]);
    // The irregular past of "leave" comes from the lexicon.
    expect(places("Dutch Foreign Minister Hanke Bruins Slot left Jordan on Tuesday for Lebanon.")).toEqual([["Jordan", "Lebanon"]]);
    expect(places("Thousands of people left Gaza City for the south on Monday.")).toEqual([]);
  });

  it("'leave for' a place is a journey there; a plan when expected", () => {
    expect(stops("German Chancellor Olaf Scholz is expected to leave for Amman on Sunday.")).toEqual([["Olaf Scholz", "Amman", "planned"]]);
  });

  it("does not read 'left … for' with other words between as a departure", () => {
    expect(stops("French President Emmanuel Macron left open the possibility for Lebanon talks.")).toEqual([]);
  });

  it("'is in', 'who was in', 'is expected in' a foreign place: a stop of the subject", () => {
    expect(stops("U.S. envoy Amos Hochstein is in Beirut on Wednesday.")).toEqual([["Amos Hochstein", "Beirut", "completed"]]);
    expect(stops("German Chancellor Olaf Scholz, who was in Jordan last week, spoke on Monday.")).toEqual([
      ["Olaf Scholz", "Jordan", "completed"],
    ]);
    expect(stops("U.S. envoy Amos Hochstein is expected in Beirut on Thursday.")).toEqual([["Amos Hochstein", "Beirut", "planned"]]);
    expect(places("U.S. envoy Amos Hochstein, who visited Paris earlier this week, is in Beirut on Wednesday.")).toEqual([
      ["Paris", "Beirut"],
    ]);
  });

  it("being at home, a possessive place, or another subject's clause is no stop", () => {
    expect(stops("Israeli Prime Minister Benjamin Netanyahu was in Jerusalem on Monday.")).toEqual([]);
    expect(stops("U.S. envoy Amos Hochstein said the deal is in Lebanon's interest.")).toEqual([]);
  });

  it("'also flew in': the traveller came to the place of the stop just told", () => {
    expect(
      trips("CIA Director William Burns travelled to Doha on Sunday. Egyptian intelligence chief Abbas Kamel also flew in.").map((t) => [
        t[0],
        t[1]!.split(" ")[0],
      ]),
    ).toEqual([
      ["William Burns", "Doha"],
      ["Abbas Kamel", "Doha"],
    ]);
  });

  it("'the visit by X to Y': X's stop", () => {
    expect(stops("The visit by German Chancellor Olaf Scholz to Egypt on Sunday was his second.")).toEqual([
      ["Olaf Scholz", "Egypt", "completed"],
    ]);
  });

  it("'visited a hospital in X': the site's town is the stop", () => {
    expect(stops("German Chancellor Olaf Scholz toured a field hospital in Aqaba on Sunday.")).toEqual([
      ["Olaf Scholz", "Aqaba", "completed"],
    ]);
  });

  it("'his first stop was X' without 'in'", () => {
    expect(stops("German Chancellor Olaf Scholz's first stop was Jordan.")).toEqual([["Olaf Scholz", "Jordan", "completed"]]);
  });
});

describe("the order of the journey and going home", () => {
  it("places after 'after stops in', 'after a tour of', 'from' come before the sentence's stop, undated", () => {
    expect(trips("U.S. envoy Amos Hochstein arrived in Beirut on Monday after stops in Paris and Riyadh.")).toEqual([
      ["Amos Hochstein", "Paris - completed", "Riyadh - completed", "Beirut 2024-03-11 completed"],
    ]);
    expect(places("U.S. envoy Amos Hochstein arrived in Beirut from Paris on Monday.")).toEqual([["Paris", "Beirut"]]);
  });

  it("a headline's stop takes its place from the body", () => {
    expect(places("Hochstein arrives in Lebanon\n\nU.S. envoy Amos Hochstein arrived in Lebanon on Monday after talks in Paris.")).toEqual([
      ["Paris", "Lebanon"],
    ]);
  });

  it("a meeting 'after meeting X in Y' puts Y before the sentence's stop", () => {
    expect(
      places("U.S. envoy Amos Hochstein flew to Beirut on Monday after meeting Saudi Crown Prince Mohammed bin Salman in Riyadh."),
    ).toEqual([["Riyadh", "Beirut"]]);
  });

  it("'stopped in X en route to Y': X then Y; 'told reporters en route to' is no journey", () => {
    expect(places("U.S. envoy Amos Hochstein stopped in Paris on Monday en route to Beirut.")).toEqual([["Paris", "Beirut"]]);
    expect(stops('"We are close," U.S. envoy Amos Hochstein told reporters en route to Beirut.')).toEqual([]);
  });

  it("returning home is no stop, and the return's day is not the tour's", () => {
    expect(
      trips("British Foreign Secretary David Cameron returned to London on Friday after a tour of Lebanon, Qatar and Israel."),
    ).toEqual([["David Cameron", "Lebanon - completed", "Qatar - completed", "Israel - completed"]]);
    expect(places("U.S. Defense Secretary Lloyd Austin flew into Beirut on Monday, his last stop before returning to Washington.")).toEqual(
      [["Beirut"]],
    );
    expect(places("U.S. Defense Secretary Lloyd Austin landed in Beirut on Monday and flew back to Washington on Tuesday.")).toEqual([
      ["Beirut"],
    ]);
    // Going to a place of another country is a stop, whatever the verb.
    expect(places("U.S. Defense Secretary Lloyd Austin returned to Beirut on Monday.")).toEqual([["Beirut"]]);
  });

  it("a planned return on its own is a planned stop (as the gold counts it)", () => {
    expect(stops("Israeli Defence Minister Yoav Gallant is due to return to Israel on Thursday.")).toEqual([
      ["Yoav Gallant", "Israel", "planned"],
    ]);
  });
});

describe("tense and dates across a list", () => {
  it("'From X, he goes on to Y and Z': X where he is, Y and Z planned", () => {
    expect(trips("German Chancellor Olaf Scholz is on a tour of the region. From Amman, he goes on to Cairo and Doha.")).toEqual([
      ["Olaf Scholz", "Amman - completed", "Cairo - planned", "Doha - planned"],
    ]);
  });

  it("a trip 'which will also take him to A, B and C, began in X on Monday': X done on Monday, the rest planned", () => {
    expect(
      trips("German Chancellor Olaf Scholz's trip, which will also take him to Jordan, Qatar and Israel, began in Egypt on Monday."),
    ).toEqual([["Olaf Scholz", "Egypt 2024-03-11 completed", "Jordan - planned", "Qatar - planned", "Israel - planned"]]);
  });

  it("'starting on Friday' dates the first stop of a list only", () => {
    expect(trips("U.S. envoy Amos Hochstein will travel to Paris, Beirut and Tel Aviv starting on Friday.")).toEqual([
      ["Amos Hochstein", "Paris 2024-03-15 planned", "Beirut - planned", "Tel Aviv - planned"],
    ]);
  });

  it("'a tour that has taken him to A and B': earlier completed stops", () => {
    expect(
      places("U.S. envoy Amos Hochstein arrived in Beirut on Monday, the last leg of a tour that has taken him to Paris and Riyadh."),
    ).toEqual([["Paris", "Riyadh", "Beirut"]]);
  });

  it("'when he visits X' in a sentence about the future is planned; 'is heading to' with a day to come too", () => {
    expect(stops("Lebanese Prime Minister Najib Mikati will address parliament when he visits Paris in May.")).toEqual([
      ["Najib Mikati", "Paris", "planned"],
    ]);
    expect(stops("U.S. envoy Amos Hochstein is heading to Beirut on Friday.")).toEqual([["Amos Hochstein", "Beirut", "planned"]]);
  });

  it("the ordinal of a relative clause goes to its antecedent", () => {
    const a = analyse(
      "t",
      "Egyptian President Abdel Fattah al-Sisi met U.S. envoy Amos Hochstein, who is on his third trip to the region.",
      PUBLISHED,
    );
    expect(extractTrips(a).ordinals.map((o) => [o.traveler.name, o.ordinal])).toEqual([["Amos Hochstein", 3]]);
  });
});

describe("places the gazetteer does not know", () => {
  const placesWithCountry = (text: string) => {
    const r = extractDocument(text, { id: "t", published: PUBLISHED });
    return r.trips.flatMap((t) =>
      t.destinations.map((d) => {
        const p = r.places.find((x) => x.id === d.place_id)!;
        return [p.name, p.country ?? null];
      }),
    );
  };

  it("a dateline's city with its country gives the body's place that country", () => {
    expect(placesWithCountry("NEOM, Saudi Arabia (Reuters) - German Chancellor Olaf Scholz arrived in Neom on Monday.")).toEqual([
      ["Neom", "SA"],
    ]);
  });

  it("'X, Country' after an unknown place gives it the country", () => {
    expect(placesWithCountry("German Chancellor Olaf Scholz arrived in Neom, Saudi Arabia, on Monday.")).toEqual([
      ["Neom", "SA"],
      ["Saudi Arabia", "SA"],
    ]);
  });

  it("'flew from A to B', 'the island of B': B is a stop", () => {
    expect(places("German Chancellor Olaf Scholz flew from Amman to Paphos on Sunday.")).toEqual([["Amman", "Paphos"]]);
    expect(places("German Chancellor Olaf Scholz visited the Greek island of Rhodes on Sunday.")).toEqual([["Rhodes"]]);
  });
});
