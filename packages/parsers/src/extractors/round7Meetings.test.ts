/**
 * Meetings, round 7: state-agency readouts, calls made from afar, meetings reported under a dateline they were not held
 * in, and the styles of briefings, live blogs and ministry readouts. Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { scenesIn } from "../testkit.js";

const read = scenesIn;

// 2024-10-16 is a Wednesday.
const WEDNESDAY = "2024-10-16";

describe("a readout puts the site and the day before the guest", () => {
  it("a country's possessive before the guest's title: 'received at <palace> today Jordan's King …'", () => {
    const r = read(
      "MUSCAT, 16 October 2024 (ONA) -- Sultan Haitham bin Tarik received at Al Alam Palace today Jordan's King Abdullah II.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Haitham bin Tarik + Abdullah II @Al Alam Palace 2024-10-16 held meeting"]);
  });
  it("a venue named with a common noun before the city: 'received at the ministry's headquarters in Riyadh on Tuesday …'", () => {
    const r = read(
      "RIYADH (SPA) -- Prince Faisal bin Farhan received at the ministry's headquarters in Riyadh on Tuesday " +
        "British Foreign Secretary David Lammy.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Faisal bin Farhan + David Lammy @Riyadh 2024-10-15 held meeting"]);
  });
  it("'received yesterday at the presidential headquarters in Ramallah X and his delegation' is one meeting with X", () => {
    const r = read(
      "RAMALLAH, October 16, 2024 (WAFA) – President Mahmoud Abbas received yesterday at the presidential headquarters in Ramallah " +
        "French Foreign Minister Jean-Noël Barrot and his accompanying delegation.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Mahmoud Abbas + Jean-Noël Barrot @Ramallah 2024-10-15 held meeting"]);
  });
  it("a possessive after the day: 'received on Tuesday Egypt's Foreign Minister …'", () => {
    const r = read("Emir Sheikh Tamim bin Hamad Al Thani received on Tuesday Egypt's Foreign Minister Badr Abdelatty.", WEDNESDAY);
    expect(r.meetings).toEqual(["Tamim bin Hamad Al Thani + Badr Abdelatty @- 2024-10-15 held meeting"]);
  });
});

describe("a call made from somewhere: 'from' after the person ends the counterparts", () => {
  it("'spoke by phone with X from Air Force One' is one call, with X alone", () => {
    const r = read(
      "WASHINGTON — On his way back from Germany, President Joe Biden spoke by phone with Qatar's Emir Sheikh Tamim bin Hamad Al Thani " +
        "from Air Force One on Tuesday.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Joe Biden + Tamim bin Hamad Al Thani @- 2024-10-15 held call"]);
  });
  it("'telephoned X from Marine One' names no one more", () => {
    const r = read("President Joe Biden telephoned Prime Minister Benjamin Netanyahu from Marine One late on Monday.", WEDNESDAY);
    expect(r.meetings.map((m) => m.split(" @")[0])).toEqual(["Joe Biden + Benjamin Netanyahu"]);
  });
});

describe("the dateline's city is the scene of its own story's people only", () => {
  it("a meeting of two people from elsewhere, told under another city's dateline, is not placed there", () => {
    const r = read(
      "AMMAN — Jordan's foreign minister Ayman Safadi warned on Wednesday that the region was on the brink.\n\n" +
        "Separately, U.S. envoy Amos Hochstein met Lebanese Speaker Nabih Berri on Tuesday to press for a truce.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Amos Hochstein + Nabih Berri @- 2024-10-15 held meeting"]);
    expect(r.trips.map((t) => t[0])).not.toContain("Amos Hochstein");
  });
  it("a participant of the dateline's country keeps the dateline city", () => {
    const r = read(
      "AMMAN — Violence in the West Bank dominated talks on Wednesday.\n\n" +
        "U.S. envoy Amos Hochstein met Jordanian Foreign Minister Ayman Safadi on Tuesday.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Amos Hochstein + Ayman Safadi @Amman 2024-10-15 held meeting"]);
  });
  it("a participant named in the dateline's paragraph keeps the dateline city", () => {
    const r = read(
      "DOHA — U.S. Secretary of State Antony Blinken pressed for a ceasefire on Wednesday.\n\n" +
        "Blinken met British Foreign Secretary David Lammy on Wednesday.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Antony Blinken + David Lammy @Doha 2024-10-16 held meeting"]);
  });
});

describe("summits and talks of several leaders", () => {
  it("'hosted a trilateral summit … with A and B' is one encounter of the host and both guests", () => {
    const r = read(
      "AMMAN — King Abdullah II hosted a trilateral summit on Tuesday in Aqaba with Egyptian President Abdel Fattah al-Sisi " +
        "and Palestinian President Mahmoud Abbas.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Abdullah II + Abdel Fattah al-Sisi + Mahmoud Abbas @Aqaba 2024-10-15 held summit"]);
  });
  it("a summit hosted with no guest named makes no meeting", () => {
    const r = read("Egypt hosted a summit on Tuesday with the participation of dozens of delegations.", WEDNESDAY);
    expect(r.meetings).toEqual([]);
  });
  it("'X and his Egyptian counterpart Y held talks' is a meeting of X and Y", () => {
    const r = read("Foreign Minister Hakan Fidan and his Egyptian counterpart Badr Abdelatty held talks in Ankara on Tuesday.", WEDNESDAY);
    expect(r.meetings).toEqual(["Hakan Fidan + Badr Abdelatty @Ankara 2024-10-15 held meeting"]);
  });
  it("'King Abdullah II of Jordan and President Sisi met': the 'of' phrase does not hide the first", () => {
    const r = read("King Abdullah II of Jordan and Egyptian President Abdel Fattah al-Sisi met in Aqaba on Tuesday.", WEDNESDAY);
    expect(r.meetings).toEqual(["Abdullah II + Abdel Fattah al-Sisi @Aqaba 2024-10-15 held meeting"]);
  });
  it("a list of three with an 'of' phrase in it is one meeting of all three", () => {
    const r = read(
      "Qatar's Emir Sheikh Tamim bin Hamad Al Thani, King Abdullah II of Jordan and Egyptian President Abdel Fattah al-Sisi " +
        "met in Aqaba on Tuesday.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Tamim bin Hamad Al Thani + Abdullah II + Abdel Fattah al-Sisi @Aqaba 2024-10-15 held meeting"]);
  });
  it("'After the X meeting, Y held talks with Z' is Y's meeting with Z only", () => {
    const r = read(
      "After the Netanyahu meeting, Secretary of State Antony Blinken held talks with Defense Minister Yoav Gallant on Tuesday.",
      WEDNESDAY,
    );
    expect(r.meetings.map((m) => m.split(" @")[0])).toEqual(["Antony Blinken + Yoav Gallant"]);
  });
});

describe("wordings of agencies and briefings", () => {
  it("'received on Tuesday a delegation led by X' is a meeting with X, not with the delegation", () => {
    const r = read(
      "AMMAN, Oct 16 (Petra) -- King Abdullah II received on Tuesday a congressional delegation led by Senator Lindsey Graham.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Abdullah II + Lindsey Graham @Amman 2024-10-15 held meeting"]);
  });
  it("'came together with X' (an agency's English) is a meeting", () => {
    const r = read(
      "President Recep Tayyip Erdogan came together with Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Tuesday.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Recep Tayyip Erdogan + Mohammed Shia al-Sudani @Ankara 2024-10-15 held meeting"]);
  });
  it("'came together with' things is no meeting", () => {
    const r = read("Hundreds of protesters came together with banners outside the embassy in Ankara on Tuesday.", WEDNESDAY);
    expect(r.meetings).toEqual([]);
  });
  it("'spoke by phone yesterday with X': the day word between the medium and the counterpart", () => {
    const r = read("Secretary-General António Guterres spoke by phone yesterday with Lebanese Prime Minister Najib Mikati.", WEDNESDAY);
    expect(r.meetings).toEqual(["António Guterres + Najib Mikati @- 2024-10-15 held call"]);
  });
});
