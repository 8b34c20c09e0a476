/**
 * The wording a news report may use, in sentences written for these tests (other outlets, other trips,
 * other diplomats): speech cues, pronouns and titles, quotation marks, number phrases, plans against
 * meetings held, itineraries.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract.js";

const extract = (text: string, published: string | null = "2024-02-06") => extractDocument(text, { id: "w", published });

describe("speech cues and attribution", () => {
  it.each([
    ["“The window is closing,” Borrell warned.", "warned"],
    ["“We are ready to help,” declared Egyptian Foreign Minister Sameh Shoukry.", "declared"],
    ["“Talks resumed this morning,” Qatari Prime Minister Mohammed bin Abdulrahman Al Thani added.", "added"],
    ["“There is no military solution,” Spanish Prime Minister Pedro Sanchez told the parliament.", "told"],
  ])("%s", (text, cue) => {
    const q = extract(text).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]!.cue).toBe(cue);
    expect(q[0]!.speaker_id).not.toBeNull();
  });

  it("attribution inside a quote: both halves belong to the speaker", () => {
    const q = extract("“We are ready,” David Cameron said, “but not at any price.”").quotes;
    expect(q.map((x) => [x.text, x.speaker_id])).toEqual([["We are ready", "david-cameron"], ["but not at any price.", "david-cameron"]]);
  });

  it("a quote continued in the next paragraph keeps its speaker", () => {
    const q = extract("Jordan's King Abdullah II said: “The war must end now.\n“Every day costs lives.”").quotes;
    expect(q.map((x) => x.speaker_id)).toEqual(["abdullah-ii", "abdullah-ii"]);
  });

  it("a title with the country's name refers back to the person", () => {
    const text = "Secretary of State Antony Blinken landed in Riyadh. “We are making progress,” America’s top diplomat told reporters.";
    expect(extract(text).quotes[0]).toMatchObject({ speaker_id: "antony-blinken", speaker_mention: "America’s top diplomat", cue: "told reporters" });
  });

  it("an anonymous official is an unnamed actor, not a person", () => {
    const e = extract("“The deal is close,” one Israeli official said.");
    expect(e.actors).toEqual([expect.objectContaining({ kind: "unnamed", name: "Israeli official" })]);
  });
});

describe("casualty figures", () => {
  it("reads ranges with both bounds", () => {
    expect(extract("Between 20 and 30 people were killed in the strike.").casualty_figures[0]).toMatchObject({ count: 20, qualifier: "range", min: 20, max: 30 });
  });

  it("reads displaced and missing, with a place between the people and the verb", () => {
    const c = extract("Nearly 1.9 million people in Gaza have been displaced, and 7,000 people are missing, the UN said.").casualty_figures;
    expect(c.map((x) => [x.kind, x.count, x.qualifier])).toEqual([["displaced", 1_900_000, "nearly"], ["missing", 7000, "exact"]]);
  });

  it("credits a lower-case ministry or 'the military'", () => {
    const c = extract("At least 19,453 Palestinians have been killed, Gaza's health ministry said on Monday.", "2023-12-18").casualty_figures;
    expect(c[0]).toMatchObject({ attributed_to_text: "Gaza's health ministry", as_of: "2023-12-18" });
    expect(extract("Four Israeli soldiers were killed in southern Gaza, the military said.").casualty_figures[0]).toMatchObject({ population: "Israeli soldiers", place_id: "gaza", attributed_to_text: "the military" });
  });
});

describe("meetings and trips", () => {
  it("separates the meeting held from the one planned in the same sentence", () => {
    const m = extract("U.S. Defense Secretary Lloyd Austin met Defense Minister Yoav Gallant and will see Prime Minister Benjamin Netanyahu later in the day.").meetings;
    expect(m.map((x) => [x.participant_ids[1], x.status])).toEqual([["yoav-gallant", "held"], ["benjamin-netanyahu", "planned"]]);
  });

  it("a participle takes the tense of its clause: 'scheduled to travel …, before flying to …'", () => {
    const t = extract("German Foreign Minister Annalena Baerbock is scheduled to travel to Ramallah on Saturday, before flying to Riyadh and Abu Dhabi.").trips[0]!;
    expect(t.destinations.map((d) => [d.place_id, d.status])).toEqual([["ramallah", "planned"], ["riyadh", "planned"], ["abu-dhabi", "planned"]]);
    expect(t.status).toBe("planned");
  });

  it("a country is no stop when a city in it is one; a role noun is the traveller", () => {
    const text = "Defense Secretary Lloyd Austin arrived in Israel and then in Tel Aviv on Monday. The Pentagon chief will travel on to Qatar and Bahrain on Tuesday.";
    const t = extract(text, "2023-12-18").trips;
    expect(t).toHaveLength(1);
    expect(t[0]!.destinations.map((d) => [d.place_id, d.status, d.date])).toEqual([["tel-aviv", "completed", "2023-12-18"], ["qatar", "planned", "2023-12-19"], ["bahrain", "planned", "2023-12-19"]]);
    expect(t[0]!.status).toBe("under_way");
  });

  it("wire datelines in capitals are no actors", () => {
    const e = extract("TEL AVIV, Dec 18 (Reuters) - Lloyd Austin arrived in Tel Aviv on Monday for talks with Israeli leaders.");
    expect(e.actors.map((a) => a.id)).not.toContain("tel-aviv");
  });
});
