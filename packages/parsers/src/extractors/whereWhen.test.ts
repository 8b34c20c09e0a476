/**
 * Where and when, round 3: places and days of meetings and stops told in other ways than the earlier rounds tried.
 * Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../dates/DateResolver.js";
import { extractDocument } from "../extract.js";

/** Meetings as "participant + participant @place date" and trips as the traveller, then "place date" per stop. */
function read(text: string, published: string) {
  const r = extractDocument(text, { id: "w", published });
  const actor = new Map(r.actors.map((x) => [x.id, x.name]));
  const place = new Map(r.places.map((x) => [x.id, x.name]));
  return {
    meetings: r.meetings.map(
      (m) => `${m.participant_ids.map((i) => actor.get(i)).join(" + ")} @${place.get(m.place_id ?? "") ?? "-"} ${m.date ?? "-"}`,
    ),
    trips: r.trips.map((t) => [actor.get(t.traveler_id), ...t.destinations.map((d) => `${place.get(d.place_id)} ${d.date ?? "-"}`)]),
  };
}

describe("a dated sentence that names nobody moves the scene's day on", () => {
  it("the plane's landing dates the greeting told after it in its paragraph", () => {
    const text =
      "Foreign Minister Annalena Baerbock left Berlin on Tuesday.\n\n" +
      "The aircraft touched down in Amman on Wednesday afternoon. " +
      "Jordanian Foreign Minister Ayman Safadi welcomed Baerbock at the airport.";
    expect(read(text, "2024-05-09").meetings).toEqual(["Ayman Safadi + Annalena Baerbock @Amman 2024-05-08"]);
  });
  it("not from another paragraph: there the actor's own scene still dates the event", () => {
    const text =
      "Foreign Minister Annalena Baerbock landed in Amman on Tuesday.\n\n" +
      "Heavy rain fell across the region on Wednesday.\n\n" +
      "Jordanian Foreign Minister Ayman Safadi welcomed Baerbock at the airport.";
    expect(read(text, "2024-05-09").meetings).toEqual(["Ayman Safadi + Annalena Baerbock @Amman 2024-05-07"]);
  });
  it("'just before 7 p.m. on Friday': a time of day after 'before' names no other event", () => {
    const text =
      "Secretary of State Antony Blinken left Washington on Wednesday.\n\n" +
      "The convoy arrived in Ramallah shortly after 10 a.m. on Thursday. Palestinian President Mahmoud Abbas greeted Blinken at the gate.";
    expect(read(text, "2024-05-10").meetings).toEqual(["Mahmoud Abbas + Antony Blinken @Ramallah 2024-05-09"]);
  });
});

describe("an encounter near a place the gazetteer does not know", () => {
  it("'at a resort near the Dead Sea' under an AMMAN dateline: no place, not Amman", () => {
    const text =
      "AMMAN (Reuters) - EU foreign policy chief Josep Borrell met Jordanian Foreign Minister Ayman Safadi " +
      "at a resort near the Dead Sea on Sunday.";
    expect(read(text, "2024-06-04").meetings).toEqual(["Josep Borrell + Ayman Safadi @- 2024-06-02"]);
  });
  it("a meeting near a known place keeps the dateline's city", () => {
    const text = "AMMAN (Reuters) - EU foreign policy chief Josep Borrell met Jordanian Foreign Minister Ayman Safadi on Sunday.";
    expect(read(text, "2024-06-04").meetings).toEqual(["Josep Borrell + Ayman Safadi @Amman 2024-06-02"]);
  });
});

describe("the place a guest is welcomed to, and a venue in a city", () => {
  it("'welcomed X to Doha' meets in Doha", () => {
    const text = "The emir of Qatar, Sheikh Tamim bin Hamad Al Thani, welcomed Turkish President Recep Tayyip Erdogan to Doha on Monday.";
    expect(read(text, "2024-05-08").meetings).toEqual(["Tamim bin Hamad Al Thani + Recep Tayyip Erdogan @Doha 2024-05-06"]);
  });
  it("'welcomed the deal to …' is no place: only a place after 'to'", () => {
    const text = "Egyptian President Abdel Fattah el-Sisi welcomed Jordan's King Abdullah II on Monday.";
    expect(read(text, "2024-05-08").meetings).toEqual(["Abdel Fattah el-Sisi + Abdullah II @- 2024-05-06"]);
  });
  it("'at his Ramallah office' is in Ramallah", () => {
    const text =
      "Palestinian President Mahmoud Abbas received French Foreign Minister Stephane Sejourne at his Ramallah office on Tuesday.";
    expect(read(text, "2024-05-08").meetings).toEqual(["Mahmoud Abbas + Stephane Sejourne @Ramallah 2024-05-07"]);
  });
  it("'at his Cairo lecture' names no venue of a meeting", () => {
    const text = "Egyptian President Abdel Fattah el-Sisi received Stephane Sejourne at his Cairo lecture hall on Tuesday.";
    expect(read(text, "2024-05-08").meetings).toEqual(["Abdel Fattah el-Sisi + Stephane Sejourne @- 2024-05-07"]);
  });
});

describe("'on the eve of' a journey", () => {
  it("the journey named after it is on the next day", () => {
    const text =
      "Italian Prime Minister Giorgia Meloni met Egyptian President Abdel Fattah el-Sisi in Cairo on Sunday, " +
      "on the eve of her visit to Jordan.";
    expect(read(text, "2024-03-20").trips).toEqual([["Giorgia Meloni", "Cairo 2024-03-17", "Jordan 2024-03-18"]]);
  });
});

describe("the weekend without 'this', 'next' or 'last'", () => {
  const weekend = (text: string, published: string, future = false) =>
    findDates(text, 0, published, { future }).map((d) => [d.text, d.date, d.precision]);
  it("a report's weekend is the one just past; a plan's the coming one", () => {
    expect(weekend("He met Netanyahu over the weekend.", "2024-05-08")).toEqual([["the weekend", "2024-04-29", "week"]]);
    expect(weekend("He will meet Netanyahu over the weekend.", "2024-05-08", true)).toEqual([["the weekend", "2024-05-06", "week"]]);
    // Published on a Sunday: the weekend under way.
    expect(weekend("He met Netanyahu over the weekend.", "2024-05-12")).toEqual([["the weekend", "2024-05-06", "week"]]);
    // "the weekend of …" names another weekend.
    expect(weekend("He met Netanyahu on the weekend of the attack.", "2024-05-08")).toEqual([]);
  });
  it("a stop of the weekend before Monday's stops comes first", () => {
    const text = "Envoy Brett McGurk arrived in Doha on Monday and then flew to Cairo.\n\nMcGurk spent the weekend in Muscat.";
    expect(read(text, "2024-05-08").trips).toEqual([["Brett McGurk", "Muscat 2024-04-29", "Doha 2024-05-06", "Cairo 2024-05-06"]]);
  });
});

describe("places of the war the gazetteer names (camps, towns and their spellings)", () => {
  const placeOf = (text: string) => extractDocument(text, { id: "g", published: "2024-02-06" }).casualty_figures.map((c) => c.place_id);
  it("a camp in central Gaza", () => {
    expect(placeOf("At least 12 people were killed in an air strike on a house in Nuseirat, the health ministry said.")).toEqual([
      "nuseirat",
    ]);
  });
  it("a town written in another spelling", () => {
    expect(placeOf("Israeli strikes killed nine people in Deir el-Balah on Tuesday.")).toEqual(["deir-al-balah"]);
  });
  it("a town in northern Israel", () => {
    expect(placeOf("Two people were wounded in Kiryat Shmona by rockets fired from Lebanon.")).toEqual(["kiryat-shmona"]);
  });
});
