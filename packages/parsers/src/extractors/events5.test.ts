/**
 * Meetings and trips, round 5: official readouts, state news agencies, UN notes, schedule announcements, summits and
 * places the gazetteer lacked. Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";

/** Meetings as "participant + participant @place date status kind" and trips as the traveller, then "place date status". */
function read(text: string, published: string) {
  const r = extractDocument(`Headline\n\n${text}`, { id: "e", published });
  const actor = new Map(r.actors.map((x) => [x.id, x.name]));
  const place = new Map(r.places.map((x) => [x.id, x.name]));
  return {
    meetings: r.meetings.map((m) => {
      const who = m.participant_ids.map((i) => actor.get(i)).join(" + ");
      return `${who} @${m.place_id ? place.get(m.place_id) : "-"} ${m.date ?? "-"} ${m.status} ${m.kind}`;
    }),
    trips: r.trips.map((t) => [
      actor.get(t.traveler_id),
      ...t.destinations.map((d) => `${place.get(d.place_id)} ${d.date ?? "-"} ${d.status}`),
    ]),
  };
}

// 2024-05-13 is a Monday.
const MONDAY = "2024-05-13";

describe("state news agencies put the place and the day between the verb and the person received", () => {
  it("'received in Muscat today X'", () => {
    expect(read("Sultan Haitham bin Tarik received in Muscat today Foreign Secretary David Cameron.", MONDAY).meetings).toEqual([
      "Haitham bin Tarik + David Cameron @Muscat 2024-05-13 held meeting",
    ]);
  });
  it("'received on Sunday X at the palace', in an office and a city", () => {
    expect(
      read("King Abdullah II received on Sunday German Foreign Minister Annalena Baerbock at his office in Amman.", MONDAY).meetings,
    ).toEqual(["Abdullah II + Annalena Baerbock @Amman 2024-05-12 held meeting"]);
  });
  it("no person after the phrases: no meeting ('received in Doha on Monday criticism from …')", () => {
    expect(read("Qatar's emir received in Doha on Monday a letter from the Israeli cabinet.", MONDAY).meetings).toEqual([]);
  });
  it("'met today with X', as official readouts write it", () => {
    expect(read("Foreign Minister Ayman Safadi met today with EU foreign policy chief Josep Borrell in Amman.", MONDAY).meetings).toEqual([
      "Ayman Safadi + Josep Borrell @Amman 2024-05-13 held meeting",
    ]);
  });
  it("'received a phone call on Sunday from X' is a call, with no place", () => {
    expect(
      read("Crown Prince Mohammed bin Salman received a phone call on Sunday from French President Emmanuel Macron.", MONDAY).meetings,
    ).toEqual(["Mohammed bin Salman + Emmanuel Macron @- 2024-05-12 held call"]);
  });
  it("a possessive is no counterpart: 'received X and his delegation' is one meeting", () => {
    expect(
      read("Sultan Haitham bin Tarik received Foreign Secretary David Cameron and his delegation in Muscat.", MONDAY).meetings,
    ).toEqual(["Haitham bin Tarik + David Cameron @Muscat - held meeting"]);
  });
  it("'his accompanying delegation' comes with the counterpart and is none itself", () => {
    expect(
      read("Sultan Haitham bin Tarik received Foreign Secretary David Cameron and his accompanying delegation in Muscat.", MONDAY).meetings,
    ).toEqual(["Haitham bin Tarik + David Cameron @Muscat - held meeting"]);
  });
  it("an organisation before a title of three words is the person's affiliation, no counterpart", () => {
    expect(
      read("Iranian Foreign Minister Hossein Amirabdollahian met with Hamas political bureau chief Ismail Haniyeh in Doha.", MONDAY)
        .meetings,
    ).toEqual(["Hossein Amirabdollahian + Ismail Haniyeh @Doha - held meeting"]);
  });
  it("an ambassador's credentials received are protocol, not a meeting (the object is a document)", () => {
    expect(read("King Abdullah II received the credentials of the new British ambassador, Philip Hall.", MONDAY).meetings).toEqual([]);
  });
});

describe("the place of a topic talked over is not the encounter's", () => {
  it("'discussed the situation in Rafah' neither places the meeting nor makes a stop in Rafah", () => {
    const r = read("Chancellor Olaf Scholz and King Abdullah II discussed the situation in Rafah.", MONDAY);
    expect(r.meetings).toEqual(["Olaf Scholz + Abdullah II @- - held meeting"]);
    expect(r.trips).toEqual([]);
  });
  it("'the latest developments in Gaza' after a meeting in a named city keeps the city", () => {
    expect(read("Scholz met King Abdullah II in Amman and discussed the latest developments in Gaza.", MONDAY).meetings).toEqual([
      "Scholz + Abdullah II @Amman - held meeting",
    ]);
  });
});

describe("reciprocal meetings", () => {
  it("'last met face to face in September 2010, in Washington': held, dated and placed", () => {
    expect(
      read(
        "Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas last met face to face in September 2010, " +
          "in Washington.",
        MONDAY,
      ).meetings,
    ).toEqual(["Benjamin Netanyahu + Mahmoud Abbas @Washington 2010-09-01 held meeting"]);
  });
  it("'met face-to-face with X' is a meeting with X", () => {
    expect(read("Herzog met face-to-face with Abbas in Ramallah on Thursday.", MONDAY).meetings).toEqual([
      "Herzog + Mahmoud Abbas @Ramallah 2024-05-09 held meeting",
    ]);
  });
  it("three leaders of a list who met are one encounter of all three", () => {
    expect(
      read(
        "Egyptian President Abdel Fattah el-Sisi, Jordan's King Abdullah II and French President Emmanuel Macron met in Cairo on Thursday.",
        MONDAY,
      ).meetings,
    ).toEqual(["Abdel Fattah el-Sisi + Abdullah II + Emmanuel Macron @Cairo 2024-05-09 held meeting"]);
  });
});

describe("schedule announcements", () => {
  it("'his itinerary includes stops in …' lists planned stops, and 'before heading to' one more", () => {
    const text =
      "Foreign Secretary David Cameron will travel to the Gulf next week. His itinerary includes stops in Riyadh, Doha and Muscat " +
      "before heading to Cyprus.";
    expect(read(text, MONDAY).trips).toEqual([
      ["David Cameron", "Riyadh - planned", "Doha - planned", "Muscat - planned", "Cyprus - planned"],
    ]);
  });
  it("a simple present with a day after publication is a schedule ('arrives in Amman on Wednesday')", () => {
    expect(read("Foreign Secretary David Cameron arrives in Amman on Wednesday.", MONDAY).trips).toEqual([
      ["David Cameron", "Amman 2024-05-15 planned"],
    ]);
  });
  it("… and on the publication day it reports ('lands in Amman on Monday')", () => {
    expect(read("Foreign Secretary David Cameron lands in Amman on Monday.", MONDAY).trips).toEqual([
      ["David Cameron", "Amman 2024-05-13 completed"],
    ]);
  });
  it("'wraps up a three-nation tour in Doha on Thursday' (an indefinite journey) is the planned last stop", () => {
    expect(read("Foreign Secretary David Cameron wraps up a three-nation tour in Doha on Thursday.", MONDAY).trips).toEqual([
      ["David Cameron", "Doha 2024-05-16 planned"],
    ]);
  });
});

describe("a journey as the subject of its end", () => {
  it("'The trip ends in Amman on Thursday': the last stop, planned, of the traveller just told", () => {
    const text = "Foreign Secretary David Cameron flew to Riyadh on Monday. The trip ends in Amman on Thursday.";
    expect(read(text, MONDAY).trips).toEqual([["David Cameron", "Riyadh 2024-05-13 completed", "Amman 2024-05-16 planned"]]);
  });
  it("'The visit concluded in Amman': a completed stop", () => {
    const text = "Foreign Secretary David Cameron flew to Riyadh on Saturday. The visit concluded in Amman on Sunday.";
    expect(read(text, MONDAY).trips).toEqual([["David Cameron", "Riyadh 2024-05-11 completed", "Amman 2024-05-12 completed"]]);
  });
  it("no traveller told before: no stop", () => {
    expect(read("The trip ends in Amman on Thursday.", MONDAY).trips).toEqual([]);
  });
});

describe("places added to the gazetteer", () => {
  it("Limassol and Crete are stops", () => {
    expect(read("Foreign Secretary David Cameron stopped in Limassol and Crete on Sunday.", MONDAY).trips).toEqual([
      ["David Cameron", "Limassol 2024-05-12 completed", "Crete 2024-05-12 completed"],
    ]);
  });
  it("a meeting at Mar-a-Lago is placed there", () => {
    expect(read("Israeli Prime Minister Benjamin Netanyahu will meet Donald Trump at Mar-a-Lago on Friday.", MONDAY).meetings).toEqual([
      "Benjamin Netanyahu + Donald Trump @Mar-a-Lago 2024-05-17 planned meeting",
    ]);
  });
  it("El Alamein is a city of Egypt", () => {
    expect(read("Foreign Secretary David Cameron flew to El Alamein on Sunday.", MONDAY).trips).toEqual([
      ["David Cameron", "El Alamein 2024-05-12 completed"],
    ]);
  });
});
