/**
 * The wording a news report may use, in sentences written for these tests (other outlets, other trips,
 * other diplomats): speech cues, pronouns and titles, quotation marks, number phrases, plans against
 * meetings held, itineraries.
 */
import { describe, expect, it } from "vitest";
import { extractDocument, extractTraced } from "./extract.js";
import { Trace } from "./trace.js";

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
    expect(q.map((x) => [x.text, x.speaker_id])).toEqual([
      ["We are ready", "david-cameron"],
      ["but not at any price.", "david-cameron"],
    ]);
  });

  it("a quote continued in the next paragraph keeps its speaker", () => {
    const q = extract("Jordan's King Abdullah II said: “The war must end now.\n“Every day costs lives.”").quotes;
    expect(q.map((x) => x.speaker_id)).toEqual(["abdullah-ii", "abdullah-ii"]);
  });

  it("a title with the country's name refers back to the person", () => {
    const text = "Secretary of State Antony Blinken landed in Riyadh. “We are making progress,” America’s top diplomat told reporters.";
    expect(extract(text).quotes[0]).toMatchObject({
      speaker_id: "antony-blinken",
      speaker_mention: "America’s top diplomat",
      cue: "told reporters",
    });
  });

  it("an anonymous official is an unnamed actor, not a person", () => {
    const e = extract("“The deal is close,” one Israeli official said.");
    expect(e.actors).toEqual([expect.objectContaining({ kind: "unnamed", name: "Israeli official" })]);
  });
});

describe("casualty figures", () => {
  it("reads ranges with both bounds", () => {
    expect(extract("Between 20 and 30 people were killed in the strike.").casualty_figures[0]).toMatchObject({
      count: 20,
      qualifier: "range",
      min: 20,
      max: 30,
    });
  });

  it("reads displaced and missing, with a place between the people and the verb", () => {
    const c = extract("Nearly 1.9 million people in Gaza have been displaced, and 7,000 people are missing, the UN said.").casualty_figures;
    expect(c.map((x) => [x.kind, x.count, x.qualifier])).toEqual([
      ["displaced", 1_900_000, "nearly"],
      ["missing", 7000, "exact"],
    ]);
  });

  it("credits a lower-case ministry or 'the military'", () => {
    const c = extract(
      "At least 19,453 Palestinians have been killed, Gaza's health ministry said on Monday.",
      "2023-12-18",
    ).casualty_figures;
    expect(c[0]).toMatchObject({ attributed_to_text: "Gaza's health ministry", as_of: "2023-12-18" });
    expect(extract("Four Israeli soldiers were killed in southern Gaza, the military said.").casualty_figures[0]).toMatchObject({
      population: "Israeli soldiers",
      place_id: "gaza",
      attributed_to_text: "the military",
    });
  });
});

describe("meetings and trips", () => {
  it("separates the meeting held from the one planned in the same sentence", () => {
    const m = extract(
      "U.S. Defense Secretary Lloyd Austin met Defense Minister Yoav Gallant and will see Prime " +
        "Minister Benjamin Netanyahu later in the day.",
    ).meetings;
    expect(m.map((x) => [x.participant_ids[1], x.status])).toEqual([
      ["yoav-gallant", "held"],
      ["benjamin-netanyahu", "planned"],
    ]);
  });

  it("a participle takes the tense of its clause: 'scheduled to travel …, before flying to …'", () => {
    const t = extract(
      "German Foreign Minister Annalena Baerbock is scheduled to travel to Ramallah on Saturday, before flying to Riyadh and Abu Dhabi.",
    ).trips[0]!;
    expect(t.destinations.map((d) => [d.place_id, d.status])).toEqual([
      ["ramallah", "planned"],
      ["riyadh", "planned"],
      ["abu-dhabi", "planned"],
    ]);
    expect(t.status).toBe("planned");
  });

  it("a country and its city are both stops; a role noun is the traveller", () => {
    const text =
      "Defense Secretary Lloyd Austin arrived in Israel and then in Tel Aviv on Monday. The " +
      "Pentagon chief will travel on to Qatar and Bahrain on Tuesday.";
    const t = extract(text, "2023-12-18").trips;
    expect(t).toHaveLength(1);
    expect(t[0]!.destinations.map((d) => [d.place_id, d.status, d.date])).toEqual([
      ["israel", "completed", "2023-12-18"],
      ["tel-aviv", "completed", "2023-12-18"],
      ["qatar", "planned", "2023-12-19"],
      ["bahrain", "planned", "2023-12-19"],
    ]);
    expect(t[0]!.status).toBe("under_way");
  });

  it("wire datelines in capitals are no actors", () => {
    const e = extract("TEL AVIV, Dec 18 (Reuters) - Lloyd Austin arrived in Tel Aviv on Monday for talks with Israeli leaders.");
    expect(e.actors.map((a) => a.id)).not.toContain("tel-aviv");
  });
});

describe("a wire report of another trip", () => {
  const text = [
    "British Foreign Secretary David Cameron touched down in Cairo on Wednesday for talks with " +
      "Egyptian President Abdel Fattah el-Sisi, the first stop on a tour that will also take him " +
      "to Israel and Qatar.",
    "Cameron, who became foreign secretary in November, held talks with Egyptian Foreign Minister Sameh Shoukry.",
    "The minister is due in Jerusalem on Thursday.",
    "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said on Tuesday that talks were “progressing”.",
    "The Hamas-run health ministry in Gaza said the death toll had risen to 27,585.",
    "Around 130 hostages remain in Gaza, Israeli officials say. At least 29 of them are believed to be dead.",
  ].join("\n");
  const e = extract(text, "2024-02-07");

  it("reads touched down, due in and 'take him to'; 'the minister' is the traveller", () => {
    expect(e.trips).toHaveLength(1);
    expect(e.trips[0]!.destinations.map((d) => [d.place_id, d.status])).toEqual([
      ["cairo", "completed"],
      ["israel", "planned"],
      ["jerusalem", "planned"],
      ["qatar", "planned"],
    ]);
  });

  it("takes no date from a relative clause, but the date and place of the scene before", () => {
    // The place and day come from the sentence before (a held meeting where the traveller just landed).
    expect(e.meetings.find((m) => m.participant_ids[1] === "sameh-shoukry")).toMatchObject({
      date: "2024-02-07",
      date_basis: "inferred",
      place_id: "cairo",
    });
  });

  it("attributes a quote to a speaker named in an appositive", () => {
    expect(e.quotes[0]).toMatchObject({ text: "progressing", speaker_id: "mohammed-bin-abdulrahman-al-thani", date: "2024-02-06" });
  });

  it("credits figures to descriptions such as 'the Hamas-run health ministry in Gaza' and 'Israeli officials'", () => {
    const c = e.casualty_figures;
    expect(c.map((x) => [x.kind, x.count, x.attributed_to_text])).toEqual([
      ["killed", 27585, "The Hamas-run health ministry"],
      ["hostages", 130, "Israeli officials"],
      ["killed", 29, null],
    ]);
    expect(c[2]!.part_of).toBe(c[1]!.id);
  });
});

describe("an agency report", () => {
  const text = [
    "JERUSALEM (AP) — French Foreign Minister Stéphane Séjourné arrived in Israel on Sunday, " +
      "as strikes killed at least 92 people across Gaza overnight, according to health officials.",
    "Séjourné met with Israeli Foreign Minister Israel Katz in Jerusalem and was expected to " +
      "travel to the West Bank city of Ramallah later Sunday to meet Palestinian Authority " +
      "President Mahmoud Abbas.",
    "“The war will end when the hostages come home,” Katz wrote in a post on X.",
    "An army spokesman, Daniel Hagari, said troops had found tunnels. Three soldiers were wounded in the operation, he said.",
  ].join("\n");
  const e = extract(text, "2024-02-04");

  it("has no title when the text opens with its body", () => {
    expect(e.document.title).toBeNull();
  });

  it("keeps a first name that is also a place after a title, and 'wrote' is a cue", () => {
    expect(e.quotes[0]).toMatchObject({ speaker_id: "israel-katz", cue: "wrote" });
  });

  it("places each meeting where its own clause puts it", () => {
    expect(e.meetings.map((m) => [m.participant_ids[1], m.status, m.place_id])).toEqual([
      ["israel-katz", "held", "jerusalem"],
      ["mahmoud-abbas", "planned", "ramallah"],
    ]);
    // Jerusalem is implicit: a meeting held there; the West Bank only says where Ramallah is.
    expect(e.trips[0]!.destinations.map((d) => [d.place_id, d.implicit])).toEqual([
      ["israel", false],
      ["jerusalem", true],
      ["ramallah", false],
    ]);
  });

  it("credits a figure to 'he' when the speaker is named just before", () => {
    expect(e.casualty_figures.map((c) => [c.kind, c.count, c.attributed_to_id])).toEqual([
      ["killed", 92, "health-officials"],
      ["wounded", 3, "daniel-hagari"],
    ]);
  });
});

describe("more wording", () => {
  it("a second fragment joined by 'and that' keeps the speaker", () => {
    const q = extract(
      "Defense Minister Yoav Gallant said the war “will last more than several months” and that Israel would “win this war”.",
    ).quotes;
    expect(q.map((x) => [x.text, x.speaker_id])).toEqual([
      ["will last more than several months", "yoav-gallant"],
      ["win this war", "yoav-gallant"],
    ]);
  });

  it("a coordinated predicate keeps its subject: 'X visited … and called …'", () => {
    const q = extract(
      "EU foreign policy chief Josep Borrell visited the Rafah border crossing on Sunday and called the situation “unacceptable”.",
    ).quotes;
    expect(q[0]).toMatchObject({ speaker_id: "josep-borrell", partial: true });
  });

  it("'the toll passed N' is more than N; 'N were taken hostage' needs no noun", () => {
    const c = extract("The health ministry said the death toll had passed 19,000. Around 240 were taken hostage.").casualty_figures;
    expect(c.map((x) => [x.kind, x.count, x.qualifier])).toEqual([
      ["killed", 19000, "more_than"],
      ["hostages", 240, "about"],
    ]);
  });

  it("a group noun that modifies a title is no participant: 'war cabinet minister Benny Gantz'", () => {
    const m = extract("On Wednesday, Lord Cameron spoke by phone with Israel's war cabinet minister Benny Gantz.", "2024-02-01").meetings;
    expect(m.map((x) => [x.participant_ids[1], x.kind, x.date])).toEqual([["benny-gantz", "call", "2024-01-31"]]);
  });

  it("an organisation in the possessive is no actor: “EU's Borrell”", () => {
    expect(extract("EU's Borrell arrived in Cairo on Saturday.").actors.map((a) => a.id)).toEqual(["borrell"]);
  });
});

describe("names and headlines", () => {
  it("a middle initial, an honorific and a shorter form are the same person", () => {
    const e = extract(
      "Secretary of State Antony J. Blinken met Qatari Prime Minister Sheikh Mohammed bin " +
        "Abdulrahman Al Thani in Doha.\nMr. Blinken said talks went well.",
    );
    expect(e.meetings[0]!.participant_ids).toEqual(["antony-blinken", "mohammed-bin-abdulrahman-al-thani"]);
    const d = extract(
      "Dutch Foreign Minister Hanke Bruins Slot landed in Israel. Bruins Slot said: “We call for the release of all hostages.”",
    );
    expect(d.actors.map((a) => a.id)).toEqual(["hanke-bruins-slot"]);
  });

  it("'FM' is a title", () => {
    expect(
      extract("Turkish Foreign Minister Hakan Fidan arrived in Cairo. Turkish FM Fidan said: “Aid must flow.”").quotes[0]!.speaker_id,
    ).toBe("hakan-fidan");
  });

  it("reads a sentence-case headline for trips, and joins the stop the body repeats", () => {
    const e = extract(
      "Baerbock visits Ramallah, warns against settler violence\nGerman Foreign Minister " +
        "Annalena Baerbock met Palestinian Prime Minister Mohammad Shtayyeh in Ramallah on " +
        "Tuesday. She was due to travel to Riyadh on Wednesday.",
      "2023-11-07",
    );
    expect(e.trips[0]!.destinations.map((d) => [d.place_id, d.status])).toEqual([
      ["ramallah", "completed"],
      ["riyadh", "planned"],
    ]);
  });

  it("a day and 'then' inside an itinerary keep the list going", () => {
    const t = extract(
      "Secretary of State Antony Blinken is scheduled to fly to Cairo on Tuesday and then to Qatar and Israel.",
      "2024-02-05",
    ).trips[0]!;
    expect(t.destinations.map((d) => d.place_id)).toEqual(["cairo", "qatar", "israel"]);
  });

  it("families are counterparts too; a place phrase ends the counterparts", () => {
    const m = extract(
      "Dutch Foreign Minister Hanke Bruins Slot is set to meet families of hostages. She was " +
        "received by Foreign Minister Israel Katz at the Foreign Ministry in Jerusalem.",
    ).meetings;
    expect(m.map((x) => [x.participant_ids[1], x.status])).toEqual([
      ["families", "planned"],
      ["israel-katz", "held"],
    ]);
  });
});

describe("several people, wire datelines, nouns that look like cues", () => {
  it("'the two leaders' and 'they' stand for the people named before", () => {
    const text =
      "Spanish Prime Minister Pedro Sánchez began a tour of the region with his Belgian " +
      "counterpart, Alexander De Croo.\nThe two leaders met Israel's president, Isaac Herzog, in " +
      "Jerusalem on Thursday before travelling to Ramallah, where they held talks with Mahmoud " +
      "Abbas.";
    const e = extract(text, "2023-11-24");
    expect(e.meetings.map((m) => [...m.participant_ids, m.place_id])).toEqual([
      ["pedro-sanchez", "isaac-herzog", "jerusalem"],
      ["alexander-de-croo", "isaac-herzog", "jerusalem"],
      ["pedro-sanchez", "mahmoud-abbas", "ramallah"],
      ["alexander-de-croo", "mahmoud-abbas", "ramallah"],
    ]);
    expect(e.trips.map((t) => [t.traveler_id, t.destinations.map((d) => d.place_id)])).toEqual([
      ["pedro-sanchez", ["jerusalem", "ramallah"]],
      ["alexander-de-croo", ["jerusalem", "ramallah"]],
    ]);
  });

  it("a coordinated subject: both travel", () => {
    const t = extract("Pedro Sánchez and Alexander De Croo will fly to Cairo on Saturday.").trips;
    expect(t.map((x) => x.traveler_id).sort()).toEqual(["alexander-de-croo", "pedro-sanchez"]);
  });

  it("'arrived in Amman from Athens and Istanbul': the earlier stops are completed", () => {
    const t = extract("Secretary of State Antony Blinken arrived in Amman from Athens and Istanbul.").trips[0]!;
    expect(t.destinations.map((d) => [d.place_id, d.status]).sort()).toEqual([
      ["amman", "completed"],
      ["athens", "completed"],
      ["istanbul", "completed"],
    ]);
  });

  it("a held meeting with no place is in the wire dateline's city; headlines give meetings too", () => {
    const text =
      "Jordan's king meets Blinken\nAMMAN, Jan 7 (Reuters) - Jordan's King Abdullah II told U.S. " +
      "Secretary of State Antony Blinken on Sunday that the war must stop.\nBlinken later met " +
      "Palestinian refugees at a warehouse.";
    const m = extract(text, "2024-01-07").meetings;
    expect(m.map((x) => [...x.participant_ids, x.place_id])).toEqual([
      ["abdullah-ii", "antony-blinken", "amman"],
      ["antony-blinken", "palestinian-refugees", "amman"],
    ]);
  });

  it("'a Palestinian state' is no cue; a participle after a comma keeps the clause's subject", () => {
    const q = extract(
      "Pedro Sánchez, the Spanish prime minister, has said that recognising a Palestinian state is “a matter of historic justice”.",
    ).quotes;
    expect(q[0]).toMatchObject({ speaker_id: "pedro-sanchez", cue: "said" });
    const w = extract(
      "Jordan's King Abdullah II told Antony Blinken that Washington must act, warning of “catastrophic repercussions”.",
    ).quotes;
    expect(w[0]).toMatchObject({ speaker_id: "abdullah-ii", cue: "warning" });
  });

  it("reads 'the killing of N' and 'N remain missing'", () => {
    const c = extract(
      "He said the killing of more than 22,000 Palestinians was unjustified. Thirty French citizens were killed and nine remain missing.",
    ).casualty_figures;
    expect(c.map((x) => [x.kind, x.count, x.qualifier])).toEqual([
      ["killed", 22000, "more_than"],
      ["killed", 30, "exact"],
      ["missing", 9, "exact"],
    ]);
  });
});

describe("affiliations, relative clauses and headline figures", () => {
  it("a relative clause does not end the list of counterparts, and names none", () => {
    const m = extract(
      "U.S. envoy Amos Hochstein met Parliament Speaker Nabih Berri, who is allied with " +
        "Hezbollah, and caretaker Prime Minister Najib Mikati.",
    ).meetings;
    expect(m.map((x) => x.participant_ids[1])).toEqual(["nabih-berri", "najib-mikati"]);
  });

  it("an organisation before a person's name is an affiliation, not a counterpart; 'fly to X to meet' is in X", () => {
    const m = extract(
      "Iranian Foreign Minister Hossein Amir-Abdollahian will fly to Doha on Sunday to meet Hamas political leader Ismail Haniyeh.",
      "2023-10-14",
    ).meetings;
    expect(m.map((x) => [x.participant_ids[1], x.status, x.place_id, x.date])).toEqual([
      ["ismail-haniyeh", "planned", "doha", "2023-10-15"],
    ]);
  });

  it("'visited Baghdad and Damascus, where he met …' is in Damascus", () => {
    const m = extract(
      "Iranian Foreign Minister Hossein Amir-Abdollahian visited Baghdad and Damascus, where he met Syrian President Bashar al-Assad.",
    ).meetings;
    expect(m[0]).toMatchObject({ place_id: "damascus" });
  });

  it("thanking someone after welcoming a deal is no greeting", () => {
    expect(extract("President Joe Biden welcomed the deal and thanked Egyptian President Abdel Fattah el-Sisi.").meetings).toEqual([]);
  });

  it("a headline's figure repeated in the body is one figure; 'lost N staff' and 'fled their homes' count", () => {
    const e = extract(
      "Qatar announces truce, release of 50 hostages\nHamas will release 50 hostages, Qatar " +
        "said.\nThe UN had lost 102 staff members in Gaza. Nearly 1.6 million people in Gaza have " +
        "fled their homes.",
    );
    expect(e.casualty_figures.map((c) => [c.kind, c.count, c.qualifier])).toEqual(
      expect.arrayContaining([
        ["hostages", 50, "exact"],
        ["killed", 102, "exact"],
        ["displaced", 1_600_000, "nearly"],
      ]),
    );
    expect(e.casualty_figures).toHaveLength(3);
  });

  it("an organisation does not travel", () => {
    expect(extract("UN envoy visits Gaza, says conditions are dire\nThe envoy spoke to reporters.").trips).toEqual([]);
  });
});

describe("hosts, calls and sources", () => {
  it(
    "'was hosted by' and 'met separately with' are meetings; the date is not the one after " +
      "'since the' (the second continues the scene)",
    () => {
      const e = extract(
        "Italian Prime Minister Giorgia Meloni flew to Tel Aviv on Saturday and was hosted by " +
          "Prime Minister Benjamin Netanyahu, becoming the latest leader to visit since the October " +
          "7 attack. Meloni also met separately with President Isaac Herzog.",
        "2023-10-21",
      );
      expect(e.meetings.map((m) => [m.participant_ids[1], m.date, m.date_basis])).toEqual([
        ["benjamin-netanyahu", "2023-10-21", "inferred"],
        ["isaac-herzog", "2023-10-21", "inferred"],
      ]);
    },
  );

  it("'telephoned Qatar's emir, Sheikh Tamim …' is a call with the emir, not with the caller", () => {
    const m = extract("President Joe Biden telephoned Qatar's emir, Sheikh Tamim bin Hamad Al Thani, to discuss the hostages.").meetings;
    expect(m.map((x) => [...x.participant_ids, x.kind])).toEqual([["joe-biden", "tamim-bin-hamad-al-thani", "call"]]);
  });

  it("the source of a report is no counterpart", () => {
    const m = extract(
      "Jake Sullivan will travel to Ramallah on Friday to meet President Mahmoud Abbas, a senior administration official told reporters.",
    ).meetings;
    expect(m.map((x) => x.participant_ids[1])).toEqual(["mahmoud-abbas"]);
  });

  it("'152 of its staff had been killed'", () => {
    expect(extract("UNRWA said 152 of its staff had been killed.").casualty_figures[0]).toMatchObject({
      kind: "killed",
      count: 152,
      population: "staff",
    });
  });
});

describe("names that look like other words, lists of places, singular victims", () => {
  it("'Zhai Jun' keeps the month-like 'Jun'; 'foreign minister, Israel Katz' keeps 'Israel'", () => {
    expect(
      extract("China's special envoy for the Middle East, Zhai Jun, held talks with Egyptian Foreign Minister Sameh Shoukry in Cairo.")
        .meetings[0]!.participant_ids,
    ).toEqual(["zhai-jun", "sameh-shoukry"]);
    expect(
      extract("Israel's foreign minister, Israel Katz, condemned the meeting. “Shame on you,” Katz wrote on X, addressing Erdogan.")
        .quotes[0],
    ).toMatchObject({ speaker_id: "israel-katz", cue: "wrote" });
  });

  it("a country in a list after 'of' is no meeting place; the dateline is", () => {
    const m = extract(
      "WASHINGTON — Secretary of State Antony Blinken hosted the foreign ministers of Saudi " +
        "Arabia, Egypt and Jordan at the State Department on Thursday.",
      "2024-02-29",
    ).meetings;
    expect(m.map((x) => [x.participant_ids.slice(1), x.place_id])).toEqual([
      [["foreign-minister-of-saudi-arabia", "foreign-minister-of-egypt", "foreign-minister-of-jordan"], "washington"],
    ]);
  });

  it("officials of a list of countries are one counterpart per country; met together only at one named place", () => {
    const who = (text: string) => extract(text, "2024-02-08").meetings.map((x) => x.participant_ids.slice(1));
    // No place: each country's leaders are met in their own capital, an encounter each.
    expect(who("Foreign Secretary James Cleverly met the leaders of Oman and Kuwait on Monday before flying home.")).toEqual([
      ["leaders-of-oman"],
      ["leaders-of-kuwait"],
    ]);
    // One place, or one event named in the singular: one encounter with all of them.
    expect(
      who("Foreign Secretary James Cleverly met the foreign ministers of Oman, Kuwait, and the United Arab Emirates in Muscat."),
    ).toEqual([["foreign-minister-of-oman", "foreign-minister-of-kuwait", "foreign-minister-of-united-arab-emirates"]]);
    expect(who("Foreign Secretary James Cleverly spoke after a meeting in Muscat with the defense ministers of Oman and Kuwait.")).toEqual([
      ["defense-minister-of-oman", "defense-minister-of-kuwait"],
    ]);
  });

  it("a country's group before a weekday is still a group of that country, and its meeting places the visitor", () => {
    const r = extract("Foreign Secretary James Cleverly met with Oman's top leaders Monday in Muscat.", "2024-02-06");
    expect(r.actors.find((x) => x.kind === "group")).toMatchObject({ name: "Oman's top leaders", country: "OM" });
    expect(r.trips[0]!.destinations).toMatchObject([{ place_id: "muscat", implicit: true, date: "2024-02-05" }]);
  });

  it("'before heading to X, S made stops in Y on Monday': Monday is Y's, and X is at another, unsaid time", () => {
    const r = extract("Before flying on to Kuwait and Oman, Cleverly made stops in Iraq and Bahrain on Monday.", "2024-02-07");
    expect(r.trips[0]!.destinations.map((d) => [d.place_id, d.date])).toEqual([
      ["iraq", "2024-02-05"],
      ["bahrain", "2024-02-05"],
      ["kuwait", null],
      ["oman", null],
    ]);
  });

  it("an itinerary ('a swing stretching from A (aside), B and C to D') lists the stops in order, with no day of their own", () => {
    const r = extract(
      "On Monday, Foreign Secretary James Cleverly set off on a week-long swing stretching from Turkey (or Türkiye, as " +
        "Ankara spells it), Greece and Jordan to Qatar and Egypt.",
      "2024-02-07",
    );
    expect(r.trips[0]!.destinations.map((d) => [d.place_id, d.date, d.status])).toEqual([
      ["turkey", null, "completed"],
      ["greece", null, "completed"],
      ["jordan", null, "completed"],
      ["qatar", null, "completed"],
      ["egypt", null, "completed"],
    ]);
    // "spanning" and "with stops in" open an itinerary too; a common noun's participle still does not ("aid heading to").
    expect(extract("Foreign Secretary James Cleverly began a tour with stops in Oman and Kuwait.").trips[0]!.destinations).toHaveLength(2);
    expect(extract("A convoy of aid heading to Egypt was stopped, Cleverly said.").trips).toEqual([]);
  });

  it("a titled name takes its country from 'of <country>' after it or a possessive before it", () => {
    const r = extract("Cleverly met with King Hamad of Bahrain. “We welcome it,” said Bahrain's Crown Prince Salman.", "2024-02-06");
    expect(
      r.actors
        .filter((x) => x.country === "BH")
        .map((x) => x.name)
        .sort(),
    ).toEqual(["Hamad", "Salman"]);
    // … and "said Bahrain's Crown Prince Salman" names the speaker across the possessive.
    expect(r.quotes[0]!.speaker_id).toBe("salman");
  });

  it("'a visit to Jordan to meet with A and B' is one planned gathering in Jordan; 'A of Jordan and B' keeps B", () => {
    const plan = extract(
      "Chancellor Olaf Scholz was due to follow his stop in Israel with a visit to Egypt to meet with King Abdullah II of " +
        "Jordan and President Abdel Fattah el-Sisi.",
    ).meetings;
    expect(plan.map((m) => [m.participant_ids, m.place_id, m.status])).toEqual([
      [["olaf-scholz", "abdullah-ii", "abdel-fattah-el-sisi"], "egypt", "planned"],
    ]);
    // Met in the past, with no shared purpose: an encounter each, and the person after "of Jordan and" is one of them.
    const held = extract("Chancellor Olaf Scholz met King Abdullah II of Jordan and President Abdel Fattah el-Sisi on Monday.").meetings;
    expect(held.map((m) => m.participant_ids)).toEqual([
      ["olaf-scholz", "abdullah-ii"],
      ["olaf-scholz", "abdel-fattah-el-sisi"],
    ]);
  });

  it("a well-known surname alone names the person, in a headline too; 'to meet' in a headline is a plan", () => {
    const r = extract("Scholz to meet with Gantz and Netanyahu\n\nThe chancellor lands in Tel Aviv on Tuesday.");
    expect(r.meetings.map((m) => [m.participant_ids, m.status])).toEqual([
      [["olaf-scholz", "benny-gantz"], "planned"],
      [["olaf-scholz", "benjamin-netanyahu"], "planned"],
    ]);
    expect(r.actors.find((a) => a.id === "benjamin-netanyahu")).toMatchObject({ title: "Prime Minister", country: "IL" });
    // The text's own name wins: "Tayyip Erdogan" stays so, and a later "Erdogan" is the same person.
    const own = extract("Turkish President Tayyip Erdogan spoke. “Enough,” Erdogan said.");
    expect(own.quotes[0]!.speaker_id).toBe("tayyip-erdogan");
  });

  it("a vague group met in another country than the named meetings is an encounter of its own, not their summary", () => {
    const r = extract(
      "Foreign Minister Annalena Baerbock will meet Foreign Minister Eli Cohen in Jerusalem. Then Baerbock will travel to " +
        "Lebanon for talks with officials in Beirut. She will also meet Israeli officials.",
    );
    expect(r.meetings.map((m) => [m.participant_ids[1], m.place_id])).toEqual([
      ["eli-cohen", "jerusalem"],
      ["officials", "beirut"],
    ]);
  });

  it("'his Omani, Kuwait and Bahraini counterparts' are one counterpart per country, together where one place follows", () => {
    const together = extract("Cleverly is expected to meet with his Omani, Kuwait and Bahraini counterparts in Muscat.").meetings;
    expect(together.map((m) => m.participant_ids.slice(1))).toEqual([["omani-counterpart", "kuwaiti-counterpart", "bahraini-counterpart"]]);
    const apart = extract("Foreign Secretary James Cleverly met his Omani and Kuwaiti counterparts on Monday.").meetings;
    expect(apart.map((m) => m.participant_ids.slice(1))).toEqual([["omani-counterpart"], ["kuwaiti-counterpart"]]);
    // One country is one group as before; so is a list that is no list of countries.
    expect(extract("Cleverly met Israeli officials on Monday.").meetings[0]!.participant_ids[1]).toBe("israeli-officials");
  });

  it("headlines quote in single marks; apostrophes and body text's possessives open no quote", () => {
    const q = (text: string) => extract(text).quotes.map((x) => [x.text, x.speaker_id]);
    expect(q("Scholz says Germany is 'ready to help' as he lands in Israel\n\nScholz arrived on Monday.")).toEqual([
      ["ready to help", "scholz"],
    ]);
    expect(q("Cameron Urges ‘Restraint’ After Talks\n\nThe talks ended.")).toEqual([["Restraint", "david-cameron"]]);
    // "he's", "won’t" and "the ministers' talks" are apostrophes; a body sentence keeps single marks unread.
    expect(q("Scholz says he won’t stop\n\nThe ministers' talks ended with 'hope', Scholz said.")).toEqual([]);
  });

  it("'left another 90 hostage', 'left 12 people dead': the outcome after the count; 'medics said' credits the medics", () => {
    const f = (text: string) =>
      extract(text)
        .casualty_figures.sort((x, y) => x.evidence[0]!.start - y.evidence[0]!.start)
        .map((c) => [c.count, c.kind, c.attributed_to_id]);
    expect(f("The raid killed 300 people and left another 90 hostage.")).toEqual([
      [300, "killed", null],
      [90, "hostages", null],
    ]);
    expect(f("The blast left 12 people dead and 40 wounded, medics said.")).toEqual([
      [12, "killed", "medics"],
      [40, "wounded", "medics"],
    ]);
    // "left" without a count and an outcome is no figure.
    expect(f("The envoy left 12 proposals on the table.")).toEqual([]);
  });

  it("a role with a name in apposition is that person: 'Egypt's foreign minister, Sameh Shoukry, said'", () => {
    const r = extract(
      "Secretary of State Antony Blinken spoke in Doha.\n\nOman's foreign minister, Badr Albusaidi, said the talks went on. " +
        "“We have done our part,” he said.",
    );
    expect(r.quotes[0]!.speaker_id).toBe("badr-albusaidi");
    expect(r.actors.find((a) => a.id === "badr-albusaidi")).toMatchObject({ title: "foreign minister", country: "OM" });
  });

  it("a plan: a meeting planned in a city is a planned stop of its subject; an all-planned journey keeps its written order", () => {
    const r = extract(
      "Chancellor Olaf Scholz will travel to Israel and Jordan this weekend. Scholz is set to meet President Isaac Herzog in " +
        "Jerusalem on Sunday before flying on to Aqaba for talks with King Abdullah II.",
    );
    expect(r.trips.map((t) => [t.traveler_id, t.destinations.map((d) => [d.place_id, d.status])])).toEqual([
      [
        "olaf-scholz",
        [
          ["israel", "planned"],
          ["jordan", "planned"],
          ["jerusalem", "planned"],
          ["aqaba", "planned"],
        ],
      ],
    ]);
    // "flying on to Aqaba for talks with …": the talks are in Aqaba.
    expect(r.meetings.map((m) => [m.participant_ids[1], m.place_id])).toEqual([
      ["isaac-herzog", "jerusalem"],
      ["abdullah-ii", "aqaba"],
    ]);
  });

  it("'arrived in Israel after talks in Egypt and Qatar': earlier stops, undated, before Israel; a call has no scene's place", () => {
    const r = extract(
      "AMMAN, Feb 6 - Foreign Secretary James Cleverly arrived in Jordan on Tuesday after talks in Oman and Qatar. " +
        "On Monday, Cleverly held a call with Foreign Minister Ayman Safadi.",
    );
    expect(r.trips[0]!.destinations.map((d) => [d.place_id, d.date])).toEqual([
      ["oman", null],
      ["qatar", null],
      ["jordan", "2024-02-06"],
    ]);
    expect(r.meetings.map((m) => [m.kind, m.place_id])).toEqual([["call", null]]);
    // The talks tell of no journey: those stops are implicit.
    expect(r.trips[0]!.destinations.map((d) => d.implicit)).toEqual([true, true, false]);
  });

  it("'families of hostages held in Gaza': the place of a noun is not the meeting's", () => {
    const r = extract("Foreign Secretary James Cleverly landed in Israel, where he is set to meet families of hostages held in Gaza.");
    expect(r.meetings.map((m) => m.place_id)).toEqual(["israel"]);
    expect(r.trips[0]!.destinations.map((d) => d.place_id)).toEqual(["israel"]);
  });

  it("a country's office holder the text never names is an unnamed speaker of that country, not nobody", () => {
    const r = extract("Speaking in Cairo, Oman's foreign minister said: “The talks are at a delicate stage.”");
    expect(r.quotes[0]!.speaker_id).toBe("omans-foreign-minister");
    expect(r.actors[0]).toMatchObject({ kind: "unnamed", title: "foreign minister", country: "OM" });
    // Without a country, "the minister" stays unresolved: it could be anyone's.
    expect(extract("The minister said: “The talks are at a delicate stage.”").quotes[0]!.speaker_id).toBeNull();
  });

  it("an aside between the people and the verb: 'At least six people, including two children, were injured'", () => {
    const f = (text: string) =>
      extract(text)
        .casualty_figures.sort((x, y) => x.evidence[0]!.start - y.evidence[0]!.start)
        .map((c) => [c.count, c.kind, c.population, c.part_of === null ? "whole" : "part"]);
    expect(f("At least nine people, including three children, were injured in the strike.")).toEqual([
      [9, "wounded", "people", "whole"],
      [3, "wounded", "children", "part"],
    ]);
    expect(f("Some 1.2 million people, or half of the population, have been displaced.")).toEqual([
      [1_200_000, "displaced", "people", "whole"],
    ]);
  });

  it("an encounter told in a country and again in a city of it is one, placed in the city", () => {
    const r = extract(
      "Scholz meets Netanyahu during his visit to Israel\n\nChancellor Olaf Scholz met Prime Minister Benjamin Netanyahu in " +
        "Jerusalem on Monday.",
    );
    expect(r.meetings.map((m) => [m.participant_ids, m.place_id])).toEqual([[["olaf-scholz", "benjamin-netanyahu"], "jerusalem"]]);
  });

  it("an office of an organisation is an unnamed counterpart, unless a person holding it is named", () => {
    const who = (text: string) => extract(text, "2024-02-08").meetings.map((x) => x.participant_ids.slice(1));
    expect(who("Blinken held talks with the secretary general of the Arab League (AL) in Cairo.")).toEqual([
      ["secretary-general-of-arab-league"],
    ]);
    // "the secretary general" is not "the secretary" (Blinken): no meeting of Blinken with himself.
    expect(
      extract(
        "Secretary of State Antony Blinken arrived. The secretary general of the Arab League said the talks were useful.",
        "2024-02-08",
      ).actors.map((a) => a.id),
    ).not.toContain("antony-blinken-2");
  });

  it("'after meeting X' is a meeting; 'including a child' is one child", () => {
    const e = extract(
      "An Israeli strike killed three people, including a child, Lebanese state media said. " +
        "French Foreign Minister Catherine Colonna spoke after meeting caretaker Prime Minister " +
        "Najib Mikati.",
    );
    expect(e.casualty_figures.map((c) => [c.count, c.population, c.part_of !== null])).toEqual([
      [3, "people", false],
      [1, "child", true],
    ]);
    expect(e.meetings.map((m) => m.participant_ids)).toEqual([["catherine-colonna", "najib-mikati"]]);
  });
});

describe("details of wire copy", () => {
  it("unknown sites are places, not people: a planned site does not replace a country reached", () => {
    const t = extract(
      "Defense Secretary Lloyd Austin arrived in Israel on Monday and is set to visit the Erez Crossing and Haifa Port on Tuesday.",
      "2024-03-04",
    ).trips[0]!;
    expect(t.destinations.map((d) => [d.place_id, d.status])).toEqual([
      ["israel", "completed"],
      ["erez-crossing", "planned"],
      ["haifa-port", "planned"],
    ]);
  });

  it("a time of day does not end the clause; a weekday after a name is no part of it", () => {
    const m = extract(
      "Defense Secretary Lloyd Austin will meet President Isaac Herzog Tuesday at 9:30 a.m. in Jerusalem, officials said.",
      "2024-03-04",
    ).meetings;
    expect(m.map((x) => [x.participant_ids[1], x.place_id, x.date])).toEqual([["isaac-herzog", "jerusalem", "2024-03-05"]]);
  });

  it("'a convoy of aid heading to Gaza' is no trip of the sentence's subject", () => {
    expect(extract("Foreign Secretary David Cameron watched a convoy of aid heading to Gaza.").trips).toEqual([]);
  });

  it("'said <organisation> spokesman <name>' credits the person; 'described as … by X' credits X", () => {
    expect(extract("The minister “raised the issue of aid,” said State Department spokesman Matthew Miller.").quotes[0]).toMatchObject({
      speaker_id: "matthew-miller",
    });
    expect(
      extract("Prime Minister Benjamin Netanyahu held a meeting described as “long and frank” by Netanyahu's office.").quotes[0],
    ).toMatchObject({ speaker_mention: "Netanyahu's office" });
  });

  it("a fragment in reported speech belongs to the reported speaker, not to the source of the report", () => {
    const q = extract(
      "Prime Minister Benjamin Netanyahu told Jake Sullivan that Israel would fight “until complete victory”, his office said.",
    ).quotes;
    expect(q[0]).toMatchObject({ speaker_id: "benjamin-netanyahu", cue: "told" });
  });

  it("places left behind are not the scene; a participle clause holds no meeting place", () => {
    const m = extract(
      "Secretary of State Antony Blinken arrived on Tuesday after stops in Amman and " +
        "Riyadh.\nBlinken met with Prime Minister Benjamin Netanyahu on Wednesday, underscoring " +
        "opposition to an assault on the city of Rafah.",
      "2024-05-01",
    ).meetings;
    expect(m.map((x) => [x.participant_ids[1], x.place_id])).toEqual([["benjamin-netanyahu", null]]);
  });

  it("a name in a list of objects is no subject of the next verb", () => {
    const t = extract(
      "Secretary of State Antony Blinken is set to meet Defense Minister Yoav Gallant and " +
        "adviser Tzachi Hanegbi, visit the Kerem Shalom Crossing and fly home.",
    ).trips;
    expect(t.map((x) => x.traveler_id)).toEqual(["antony-blinken"]);
  });
});

describe("sources and subordinate clauses", () => {
  it("'Israel says Hamas killed …' credits no one with the figure; 'health authorities say' credits them", () => {
    const c = extract(
      "Israel says Hamas killed 1,400 people. Gaza health authorities say at least 9,061 people have been killed.",
    ).casualty_figures;
    expect(c.map((x) => [x.count, x.attributed_to_text])).toEqual([
      [1400, null],
      [9061, "Gaza health authorities"],
    ]);
  });

  it("'as' opens another clause, 'as well as' continues the list", () => {
    const m = extract(
      "Secretary of State Antony Blinken will meet Prime Minister Benjamin Netanyahu as Israel's " +
        "military battles Hamas militants. He will also meet the war cabinet as well as President " +
        "Isaac Herzog.",
    ).meetings;
    expect(m.map((x) => x.participant_ids[1])).toEqual(["benjamin-netanyahu", "war-cabinet", "isaac-herzog"]);
  });
});

describe("casualty reports", () => {
  it("reads 'reported missing', 'killed some 1,500 Hamas gunmen', and tolls with their office and date", () => {
    const c = extract(
      "The death toll in the Gaza Strip has risen to 14,532 since the outbreak of the conflict " +
        "on October 7, the Hamas-run government media office said Wednesday. Over 7,000 people " +
        "have been reported missing. Israel says it has killed some 1,500 Hamas gunmen.",
      "2023-11-22",
    ).casualty_figures;
    expect(c.map((x) => [x.kind, x.count, x.qualifier, x.attributed_to_text, x.as_of])).toEqual([
      ["killed", 14532, "exact", "the Hamas-run government media office", "2023-11-22"],
      ["missing", 7000, "more_than", null, null],
      ["killed", 1500, "about", null, null],
    ]);
  });

  it("'strikes on Gaza' place the figure in Gaza", () => {
    expect(
      extract("At least 3,785 Palestinians have been killed in Israeli strikes on Gaza, the health ministry said.").casualty_figures[0],
    ).toMatchObject({ place_id: "gaza", attributed_to_text: "the health ministry" });
  });
});

describe("abbreviations inside clauses", () => {
  it("'met with U.S. Secretary of State …' keeps the counterpart after 'U.S.'", () => {
    const m = extract(
      "Israeli President Isaac Herzog met with U.S. Secretary of State Antony Blinken in Tel Aviv on Thursday morning.",
      "2023-11-30",
    ).meetings;
    expect(m.map((x) => [...x.participant_ids, x.place_id, x.date])).toEqual([
      ["isaac-herzog", "antony-blinken", "tel-aviv", "2023-11-30"],
    ]);
  });

  it("'after visiting President Joe Biden' is a meeting with him; 'visited Israel' is none", () => {
    const m = extract(
      "Israeli President Isaac Herzog met with Secretary of State Antony Blinken on Tuesday " +
        "after visiting President Joe Biden at the White House. Herzog visited Israel's embassy.",
      "2023-07-19",
    ).meetings;
    expect(m.map((x) => x.participant_ids[1])).toEqual(["antony-blinken", "joe-biden"]);
  });
});

describe("tours announced", () => {
  it("'his visit will begin Tuesday in the Saudi capital, Riyadh, where he will meet …'", () => {
    const e = extract(
      "President Donald Trump departed Monday for a tour of the Middle East. Trump's first visit " +
        "will begin Tuesday in the Saudi capital, Riyadh, where he will meet with Crown Prince " +
        "Mohammed bin Salman.",
      "2025-05-12",
    );
    expect(e.trips[0]!.destinations.map((d) => [d.place_id, d.status, d.date])).toEqual([["riyadh", "planned", "2025-05-13"]]);
    expect(e.meetings.map((m) => [m.participant_ids[1], m.place_id])).toEqual([["mohammed-bin-salman", "riyadh"]]);
  });

  it("'the crown prince … will start his tour with Egypt …, before a visit to Turkey on Wednesday'", () => {
    const text =
      "Saudi Crown Prince Mohammed bin Salman will tour the region. The crown prince will start " +
      "his tour with Egypt on Monday and then travel to Jordan on Tuesday, before a visit to " +
      "Turkey on Wednesday.";
    const t = extract(text, "2022-06-19").trips[0]!;
    expect(t.traveler_id).toBe("mohammed-bin-salman");
    expect(t.destinations.map((d) => [d.place_id, d.status, d.date])).toEqual([
      ["egypt", "planned", "2022-06-20"],
      ["jordan", "planned", "2022-06-21"],
      ["turkey", "planned", "2022-06-22"],
    ]);
  });

  it("'King Salman' is not 'Mohammed bin Salman'", () => {
    const m = extract(
      "President Joe Biden held separate meetings with Saudi King Salman and his Crown Prince Mohammed bin Salman.",
    ).meetings;
    expect(m.map((x) => x.participant_ids[1])).toEqual(["salman", "mohammed-bin-salman"]);
  });
});

describe("countries of speakers", () => {
  it("'For his part, <title> <name> stressed …, saying' credits the name; 'the Qatari official' is the Qatari named before", () => {
    const text =
      "For his part, Qatari Prime Minister and Foreign Minister Mohammed bin Abdul Rahman Al " +
      "Thani stressed the need for a ceasefire, saying, “This is the first time I have seen " +
      "this.”\nCommenting on the hostages, the Qatari official said, “Our position has been " +
      "clear.”";
    expect(extract(text).quotes.map((q) => q.speaker_id)).toEqual([
      "mohammed-bin-abdul-rahman-al-thani",
      "mohammed-bin-abdul-rahman-al-thani",
    ]);
  });

  it("'the Jordanian minister' is the Jordanian counterpart named before", () => {
    const text =
      "Egyptian Foreign Minister Sameh Shoukry met French Foreign Minister Stéphane Séjourné and " +
      "their Jordanian counterpart Ayman Safadi.\nThe Jordanian minister called it a “starvation " +
      "crime.”";
    expect(extract(text).quotes[0]).toMatchObject({ speaker_id: "ayman-safadi", partial: true });
  });
});

describe("delegations, lists across phrases, institutions", () => {
  it("'A Hamas delegation led by X arrived': the delegation travels; 'the Hamas official' is 'a Hamas official'", () => {
    const e = extract(
      "A Hamas delegation led by Khalil al-Hayya arrived in Cairo on Saturday for talks, a Hamas " +
        "official said.\n“We are positive,” the Hamas official told AFP.",
      "2024-02-03",
    );
    expect(e.trips.map((t) => t.traveler_id)).toEqual(["hamas-delegation"]);
    expect(e.quotes[0]!.speaker_id).toBe("hamas-official");
  });

  it("'due to meet Egyptian intelligence chief Abbas Kamel and …'", () => {
    const m = extract(
      "CIA Director William Burns travelled to Cairo, where he was due to meet Egyptian intelligence chief Abbas Kamel on Sunday.",
      "2024-02-03",
    ).meetings;
    expect(m.map((x) => [x.participant_ids[1], x.status, x.date])).toEqual([["abbas-kamel", "planned", "2024-02-04"]]);
  });

  it("'meet Harris on Thursday and former President Donald Trump in Florida on Friday'", () => {
    const m = extract(
      "Prime Minister Benjamin Netanyahu will also meet Vice President Kamala Harris on Thursday " +
        "and former President Donald Trump in Florida on Friday.",
      "2024-07-25",
    ).meetings;
    expect(m.map((x) => x.participant_ids[1])).toEqual(["kamala-harris", "donald-trump"]);
  });

  it("'welcomed X to the Pentagon' names no Pentagon participant; 'will join foreign ministers of the Gulf …' is a meeting", () => {
    expect(
      extract("Defense Secretary Lloyd Austin welcomed Israeli Defense Minister Yoav Gallant to the Pentagon on Tuesday.").meetings.map(
        (m) => m.participant_ids[1],
      ),
    ).toEqual(["yoav-gallant"]);
    const m = extract(
      "Secretary of State Antony Blinken held a meeting with Crown Prince Mohammed bin Salman. " +
        "He will join foreign ministers of the Gulf Cooperation Council for talks.",
    ).meetings;
    expect(m.map((x) => x.participant_ids[1])).toEqual(["mohammed-bin-salman", "foreign-ministers"]);
  });
});

describe("meetings as encounters", () => {
  const parts = (text: string, published = "2024-03-14") =>
    extract(text, published).meetings.map((m) => [m.participant_ids, m.date, m.place_id]);

  it("people who come along are one encounter: 'welcomed by A along with B', 'in the presence of B'", () => {
    expect(
      parts("Annalena Baerbock was welcomed by Foreign Minister Eli Cohen along with Ambassador Steffen Seibert at the airport.").map(
        (x) => x[0],
      ),
    ).toEqual([["annalena-baerbock", "eli-cohen", "steffen-seibert"]]);
    expect(parts("Annalena Baerbock met King Abdullah II in the presence of Crown Prince Hussein in Amman.").map((x) => x[0])).toEqual([
      ["annalena-baerbock", "abdullah-ii", "hussein"],
    ]);
  });

  it("the company goes on through a list with appositives", () => {
    const text =
      "Annalena Baerbock was greeted by Foreign Minister Eli Cohen along with two officials, Ron " +
      "Dermer, the strategic affairs minister, and Tzachi Hanegbi, the national security adviser.";
    expect(parts(text).map((x) => x[0])).toEqual([["annalena-baerbock", "eli-cohen", "ron-dermer", "tzachi-hanegbi"]]);
  });

  it("joint appearances are meetings: 'speaking alongside X', 'a joint press conference with X'", () => {
    expect(
      parts("Speaking alongside President Mahmoud Abbas in the West Bank city of Ramallah, Annalena Baerbock said the aid would grow."),
    ).toEqual([[["annalena-baerbock", "mahmoud-abbas"], null, "ramallah"]]);
    expect(parts("Annalena Baerbock held a joint press conference with Foreign Minister Ayman Safadi in Amman on Tuesday.")).toEqual([
      [["annalena-baerbock", "ayman-safadi"], "2024-03-12", "amman"],
    ]);
  });

  it("'discussions with' and a meeting noun with its day and place before 'with'", () => {
    expect(
      parts("Defense Secretary Lloyd Austin spoke in Tel Aviv following discussions with Defense Minister Yoav Gallant.").map((x) => x[0]),
    ).toEqual([["lloyd-austin", "yoav-gallant"]]);
    expect(parts("Annalena Baerbock spoke during a meeting on Saturday in Amman with Foreign Minister Ayman Safadi.")).toEqual([
      [["annalena-baerbock", "ayman-safadi"], "2024-03-09", "amman"],
    ]);
  });

  it("a list of counterparts is one encounter each, as reports count them", () => {
    expect(
      parts("Annalena Baerbock met Prime Minister Mohammad Shtayyeh and President Mahmoud Abbas in Ramallah on Tuesday.").map((x) => x[0]),
    ).toEqual([
      ["annalena-baerbock", "mohammad-shtayyeh"],
      ["annalena-baerbock", "mahmoud-abbas"],
    ]);
  });

  it("counterparts with their own day and place keep them", () => {
    expect(
      parts("Annalena Baerbock met Prime Minister Benjamin Netanyahu on Tuesday and President Mahmoud Abbas in Ramallah on Wednesday."),
    ).toEqual([
      [["annalena-baerbock", "benjamin-netanyahu"], "2024-03-12", null],
      [["annalena-baerbock", "mahmoud-abbas"], "2024-03-13", "ramallah"],
    ]);
  });

  it("the same encounter told twice is one record; the same pair in another city is another", () => {
    const text =
      "Baerbock meets Abbas\n\nAnnalena Baerbock met President Mahmoud Abbas in Ramallah on " +
      "Tuesday. Baerbock had met Abbas in Amman in January.";
    expect(parts(text).map((x) => x[2])).toEqual(["ramallah", "amman"]);
  });
});

describe("implicit travel", () => {
  const trips = (text: string) =>
    extract(text, "2024-03-14").trips.map((t) => [t.traveler_id, t.destinations.map((d) => [d.place_id, d.implicit, d.date])]);

  it("a meeting held abroad puts the visitor there, not the host", () => {
    expect(trips("Israeli President Isaac Herzog met U.S. Secretary of State Antony Blinken in Tel Aviv on Thursday.")).toEqual([
      ["antony-blinken", [["tel-aviv", true, "2024-03-14"]]],
    ]);
  });

  it("hosts meeting at home travel nowhere", () => {
    expect(trips("Israeli Prime Minister Benjamin Netanyahu met Israeli Defense Minister Yoav Gallant in Tel Aviv on Tuesday.")).toEqual(
      [],
    );
  });

  it("a described arrival gives the stop its date; the meeting there adds nothing new", () => {
    const text = "Foreign Secretary David Cameron arrived in Amman on Monday and met King Abdullah II in Amman on Tuesday.";
    expect(trips(text)).toEqual([["david-cameron", [["amman", false, "2024-03-11"]]]]);
  });
});

describe("figures inside quotes", () => {
  it("a figure in attributed words is the speaker's claim; in unattributed words it is not read", () => {
    const e = extract(
      "“There are still about 130 hostages in Gaza,” President Isaac Herzog said.\n\nProtesters held signs reading “200 hostages taken”.",
    );
    expect(e.casualty_figures.map((c) => [c.kind, c.count, c.qualifier, c.attributed_to_id])).toEqual([
      ["hostages", 130, "about", "isaac-herzog"],
    ]);
  });
});

describe("more shapes of real reports", () => {
  it("'A and B had met twice in Jordan': a meeting verb with no object is a meeting of its subjects", () => {
    const m = extract("Annalena Baerbock and Ayman Safadi met in Amman on Tuesday.").meetings;
    expect(m.map((x) => [x.participant_ids, x.place_id, x.date])).toEqual([[["annalena-baerbock", "ayman-safadi"], "amman", "2024-02-06"]]);
  });

  it("'met on Tuesday with X' names its counterpart after the day", () => {
    expect(extract("Annalena Baerbock met on Tuesday with Mahmoud Abbas.").meetings.map((x) => x.participant_ids)).toEqual([
      ["annalena-baerbock", "mahmoud-abbas"],
    ]);
  });

  it("a capitalised 'Leader' is a title: 'Palestinian Authority Leader Mahmoud Abbas'", () => {
    const m = extract("Antony Blinken held a meeting with Palestinian Authority Leader Mahmoud Abbas in Ramallah on Sunday.").meetings;
    expect(m.map((x) => x.participant_ids)).toEqual([["antony-blinken", "mahmoud-abbas"]]);
  });

  it("a conference is no traveller", () => {
    const e = extract("On arrival in Israel, Annalena Baerbock will give a speech at the Herzliya Security Conference.");
    expect(e.trips.map((t) => t.traveler_id)).toEqual(["annalena-baerbock"]);
  });

  it("'visit several Gulf countries, likely to include X, Y and Z' lists the stops", () => {
    const t = extract(
      "After Israel, Lloyd Austin is expected to visit a number of Gulf countries, likely to include Qatar, Bahrain and Kuwait.",
    ).trips;
    expect(t.map((x) => x.destinations.map((d) => [d.place_id, d.status]))).toEqual([
      [
        ["qatar", "planned"],
        ["bahrain", "planned"],
        ["kuwait", "planned"],
      ],
    ]);
  });

  it("a meeting with a country's leaders places the visitor even when it is no record of its own", () => {
    const e = extract("U.S. Secretary of State Antony Blinken met with Jordan's top leaders Tuesday in Amman. He met King Abdullah II.");
    expect(e.trips.map((t) => t.destinations.map((d) => [d.place_id, d.implicit]))).toEqual([[["amman", true]]]);
  });
});

describe("contracted plans", () => {
  it('"he\'s expected to visit" is a plan', () => {
    const t = extract("Lloyd Austin arrived in Israel. After Israel, he's expected to visit Qatar and Bahrain.").trips;
    expect(t[0]!.destinations.map((d) => [d.place_id, d.status])).toEqual([
      ["israel", "completed"],
      ["qatar", "planned"],
      ["bahrain", "planned"],
    ]);
  });
});

describe("events denied, refused, hypothetical or called off", () => {
  const summary = (text: string, published = "2024-03-26") => {
    const x = extract(text, published);
    return {
      meetings: x.meetings.map((m) => [...m.participant_ids, m.status]),
      stops: x.trips.flatMap((t) => t.destinations.map((d) => [t.traveler_id, d.place_id, d.status])),
    };
  };

  it.each([
    "Egypt's President Abdel Fattah al-Sisi did not meet Israeli Prime Minister Benjamin Netanyahu during the summit.",
    "Egypt's President Abdel Fattah al-Sisi has never met Israeli Prime Minister Benjamin Netanyahu in person.",
    "Egypt's President Abdel Fattah al-Sisi refused to meet Israeli Prime Minister Benjamin Netanyahu, aides said.",
    "Egypt's President Abdel Fattah al-Sisi declined to personally meet Israeli Prime Minister Benjamin Netanyahu.",
    "Egypt's President Abdel Fattah al-Sisi has yet to meet Israeli Prime Minister Benjamin Netanyahu.",
    "Egypt's President Abdel Fattah al-Sisi left Sharm el-Sheikh without meeting Israeli Prime Minister Benjamin Netanyahu.",
    "Egypt's President Abdel Fattah al-Sisi would meet Israeli Prime Minister Benjamin Netanyahu only if the siege ended.",
    "Egypt's President Abdel Fattah al-Sisi said he was willing to meet Israeli Prime Minister Benjamin Netanyahu.",
  ])("no meeting: %s", (text) => {
    expect(summary(text).meetings).toEqual([]);
  });

  it.each([
    "German Foreign Minister Annalena Baerbock did not travel to Gaza.",
    "German Foreign Minister Annalena Baerbock won't visit Gaza this week.",
    "German Foreign Minister Annalena Baerbock postponed her trip to Israel because of the strikes.",
    "German Foreign Minister Annalena Baerbock called off a planned visit to Israel.",
    "German Foreign Minister Annalena Baerbock refused to fly to Tehran.",
  ])("no journey: %s", (text) => {
    expect(summary(text).stops).toEqual([]);
  });

  it("the veto is named in the trace", () => {
    const text = "Egypt's President Abdel Fattah al-Sisi did not meet Israeli Prime Minister Benjamin Netanyahu.";
    const trace = new Trace(text);
    extractTraced(text, { id: "w", published: "2024-03-26" }, trace);
    expect(trace.vetoes.map((v) => [v.rule, v.text])).toContainEqual(["MeetingExtractor/veto-unrealised", "meet "]);
  });

  it("a negation inside another clause leaves the event alone", () => {
    const text =
      "Egypt's President Abdel Fattah al-Sisi, who did not attend the summit, met Israeli Prime Minister Benjamin Netanyahu " +
      "in Cairo on Monday.";
    expect(summary(text).meetings).toEqual([["abdel-fattah-al-sisi", "benjamin-netanyahu", "held"]]);
    const notOnly = "German Foreign Minister Annalena Baerbock not only met Israeli Prime Minister Benjamin Netanyahu on Monday.";
    expect(summary(notOnly).meetings).toEqual([["annalena-baerbock", "benjamin-netanyahu", "held"]]);
  });

  it("'would' after a speech verb is a plan; 'could' is one too", () => {
    const said = "U.S. Secretary of State Antony Blinken said he would meet Israeli Prime Minister Benjamin Netanyahu on Friday.";
    expect(summary(said).meetings).toEqual([["antony-blinken", "benjamin-netanyahu", "planned"]]);
    expect(summary("U.S. Secretary of State Antony Blinken could travel to Cairo on Friday, officials said.").stops).toEqual([
      ["antony-blinken", "cairo", "planned"],
    ]);
  });
});

describe("places of encounters told in other clauses", () => {
  const meeting = (text: string, published = "2024-03-26") => {
    const m = extract(text, published).meetings[0]!;
    return { place: m.place_id, date: m.date };
  };

  it("a relative clause describing the counterpart does not place the meeting", () => {
    expect(
      meeting("Blinken met Israeli Prime Minister Benjamin Netanyahu, who had just returned from Cairo, in Jerusalem on Monday."),
    ).toEqual({ place: "jerusalem", date: "2024-03-25" });
  });

  it("a meeting inside a relative clause ends with it: the main clause's journey is not its place", () => {
    const text = "Blinken, who met Israeli Prime Minister Benjamin Netanyahu on Tuesday, will travel to Egypt on Thursday.";
    expect(meeting(text)).toEqual({ place: null, date: "2024-03-26" });
  });

  it("the dateline's city is no place for a meeting in the past of the story", () => {
    const dated = (body: string) => meeting(`WASHINGTON (Reuters) - ${body}`);
    expect(dated("Austin last met Israeli Prime Minister Benjamin Netanyahu in October.").place).toBeNull();
    expect(dated("Blinken had met Israeli Prime Minister Benjamin Netanyahu several times since the war began.").place).toBeNull();
    expect(dated("Blinken met Israeli Prime Minister Benjamin Netanyahu on March 2.").place).toBeNull();
    expect(dated("Blinken met Israeli Prime Minister Benjamin Netanyahu on Monday.").place).toBe("washington");
  });
});

describe("encounters told with nouns, topics, calls and coordinated titles", () => {
  const meetings = (text: string) => extract(text, "2024-03-26").meetings.map((m) => [...m.participant_ids, m.kind, m.status, m.place_id]);

  it("'a meeting between A and B', 'talks between A and B'", () => {
    expect(meetings("A meeting between Chancellor Olaf Scholz and President Isaac Herzog took place in Jerusalem.")).toEqual([
      ["olaf-scholz", "isaac-herzog", "meeting", "held", "jerusalem"],
    ]);
    expect(meetings("Talks between Chancellor Olaf Scholz and President Isaac Herzog lasted two hours.")).toEqual([
      ["olaf-scholz", "isaac-herzog", "meeting", "held", null],
    ]);
  });

  it("talks between a country and a group are negotiations, not an encounter of people", () => {
    expect(meetings("Talks between Israel and Hamas resumed in Doha on Monday.")).toEqual([]);
  });

  it("'discussed … with B' and 'A and B discussed …' are encounters", () => {
    expect(meetings("Chancellor Olaf Scholz discussed the hostage deal with President Isaac Herzog on Monday.")).toEqual([
      ["olaf-scholz", "isaac-herzog", "meeting", "held", null],
    ]);
    expect(meetings("Chancellor Olaf Scholz and President Isaac Herzog discussed the proposal on Monday.")).toEqual([
      ["olaf-scholz", "isaac-herzog", "meeting", "held", null],
    ]);
  });

  it("a meeting in a fronted phrase has the main clause's subject", () => {
    expect(meetings("In a meeting with President Isaac Herzog, Chancellor Olaf Scholz stressed the need for aid.")).toEqual([
      ["olaf-scholz", "isaac-herzog", "meeting", "held", null],
    ]);
  });

  it("calls: 'spoke to B by phone', 'A and B held a phone call'", () => {
    expect(meetings("Chancellor Olaf Scholz spoke to President Isaac Herzog by phone on Sunday.")).toEqual([
      ["olaf-scholz", "isaac-herzog", "call", "held", null],
    ]);
    expect(meetings("JERUSALEM (Reuters) - Chancellor Olaf Scholz and President Isaac Herzog held a phone call on Friday.")).toEqual([
      ["olaf-scholz", "isaac-herzog", "call", "held", null],
    ]);
    expect(meetings("Chancellor Olaf Scholz spoke to reporters on Sunday.")).toEqual([]);
  });

  it("two coordinated people with a title the name rules did not take: 'and Mossad chief David Barnea'", () => {
    expect(meetings("CIA Director William Burns and Mossad chief David Barnea held talks in Paris on Sunday.")).toEqual([
      ["william-burns", "david-barnea", "meeting", "held", "paris"],
    ]);
    expect(meetings("Chancellor Olaf Scholz and Egypt's President Abdel Fattah al-Sisi met in Cairo on Sunday.")).toEqual([
      ["olaf-scholz", "abdel-fattah-al-sisi", "meeting", "held", "cairo"],
    ]);
  });
});

describe("spellings of one name", () => {
  it("the Arabic article however it is written: 'al-Sisi', 'el-Sisi' and 'Sisi' are one person", () => {
    const text =
      "Egypt's President Abdel Fattah al-Sisi met Chancellor Olaf Scholz in Cairo on Monday. " +
      "Abdel Fattah el-Sisi said aid must flow. Sisi also met the Jordanian king.";
    const people = extract(text).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => p.id).sort()).toEqual(["abdel-fattah-al-sisi", "olaf-scholz"]);
  });
});

describe("the text's own spelling of a well-known name", () => {
  it("wins over the lexicon's, whichever comes first", () => {
    const text = "Biden, Sisi discuss aid\n\nPresident Joe Biden met Egyptian President Abdel Fattah al-Sisi in Cairo on Tuesday.";
    expect(extract(text).actors.map((a) => a.id)).toContain("abdel-fattah-al-sisi");
  });
});

describe("pronouns agree with a gender the text writes", () => {
  const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker_id);

  it("'she' takes the woman a title names, 'he' passes over her", () => {
    expect(speakers("Chancellor Olaf Scholz met Jordan's Queen Rania in Amman on Monday. “Aid must flow,” she said.")).toEqual(["rania"]);
    expect(speakers("Jordan's Queen Rania met Chancellor Olaf Scholz in Amman on Monday. “Aid must flow,” he said.")).toEqual([
      "olaf-scholz",
    ]);
  });

  it("with no gender written, the subject as before", () => {
    expect(speakers("Chancellor Olaf Scholz met President Isaac Herzog in Jerusalem on Monday. “Aid must flow,” he said.")).toEqual([
      "olaf-scholz",
    ]);
  });
});

describe("who is not a counterpart", () => {
  const participants = (text: string) => extract(text, "2024-03-26").meetings.map((m) => m.participant_ids);

  it("a verb after a comma ends the list: its object is no counterpart", () => {
    const text = "Chancellor Olaf Scholz, during talks in Doha with Sheikh Tamim bin Hamad Al Thani, urged Hamas to accept the deal.";
    expect(participants(text)).toEqual([["olaf-scholz", "tamim-bin-hamad-al-thani"]]);
  });

  it("a description set off after a counterpart describes it", () => {
    const text = "Chancellor Olaf Scholz held a meeting with the Tikva Forum, a group of relatives of hostages, on Monday.";
    expect(participants(text)).toEqual([["olaf-scholz", "tikva-forum"]]);
  });

  it("an organisation before a title is the affiliation of the person named next", () => {
    expect(participants("CIA Director William Burns met Mossad chief David Barnea in Paris on Sunday.")).toEqual([
      ["william-burns", "david-barnea"],
    ]);
  });
});

describe("a 'where' clause takes the day of the clause it hangs on", () => {
  const meeting = (text: string) => {
    const m = extract(text, "2024-02-05").meetings[0]!;
    return [m.place_id, m.date, m.status];
  };
  it("a plan after a plan: the day of the journey", () => {
    expect(
      meeting("Chancellor Olaf Scholz will fly to Cairo on Thursday, where he is set to hold talks with President Abdel Fattah al-Sisi."),
    ).toEqual(["cairo", "2024-02-08", "planned"]);
  });
  it("a plan after a report: a day of its own", () => {
    expect(
      meeting("Chancellor Olaf Scholz landed in Cairo on Monday, where he will hold talks with President Abdel Fattah al-Sisi."),
    ).toEqual(["cairo", null, "planned"]);
  });
});

describe("the place a 'where' clause hangs on", () => {
  it("places the meeting told in it, whatever the preposition before the place", () => {
    const text =
      "TEL AVIV (Reuters) - Chancellor Olaf Scholz's first stop was Turkey, where he met President Recep Tayyip Erdogan on Saturday.";
    expect(extract(text, "2024-01-08").meetings.map((m) => m.place_id)).toEqual(["turkey"]);
  });
});

describe("titles written in lower case before a name", () => {
  it("'U.S. envoy Amos Hochstein' is an envoy of the United States", () => {
    const x = extract("U.S. envoy Amos Hochstein met Lebanese Prime Minister Najib Mikati in Beirut on Monday.", "2024-01-10");
    expect(x.actors.find((a) => a.id === "amos-hochstein")).toMatchObject({ title: "envoy", country: "US" });
  });
});

describe("'his office' is the office of the person 'his' refers to", () => {
  it("the same speaker as 'Netanyahu's office'", () => {
    const text =
      "Israeli Prime Minister Benjamin Netanyahu criticised the decision. “This is a clear retreat,” his office said. " +
      "“We will not accept it,” Netanyahu's office said.";
    expect(extract(text).quotes.map((q) => q.speaker_id)).toEqual(["netanyahus-office", "netanyahus-office"]);
  });

  it("before the quote too: a determiner and a noun before 'said' are its subject, not a noun phrase 'the said'", () => {
    const text = "Israeli Prime Minister Benjamin Netanyahu criticised the decision. His office said the move was “a clear retreat”.";
    expect(extract(text).quotes.map((q) => [q.text, q.speaker_id])).toEqual([["a clear retreat", "netanyahus-office"]]);
  });
});

describe("a 'where' clause after a schedule in the present takes its day", () => {
  it("'wraps up its tour in Doha on Wednesday, where he will meet …': the plan is on Wednesday", () => {
    const m = extract(
      "Chancellor Olaf Scholz wraps up a three-nation tour in Doha on Wednesday, where he will meet Sheikh Tamim bin Hamad Al Thani.",
      "2024-02-05",
    ).meetings[0]!;
    expect([m.place_id, m.date, m.status]).toEqual(["doha", "2024-02-07", "planned"]);
  });
  it("a past report before it still leaves the plan its own day", () => {
    const m = extract("Chancellor Olaf Scholz arrived in Doha on Monday, where he will meet Sheikh Tamim bin Hamad Al Thani.", "2024-02-06")
      .meetings[0]!;
    expect([m.place_id, m.date, m.status]).toEqual(["doha", null, "planned"]);
  });
});

describe("a headline's tense yields to the body's", () => {
  it("'X heads to Washington for talks with Y' over a body that tells the talks as a plan: planned", () => {
    const text =
      "Scholz heads to Cairo for talks with Sisi\n\n" +
      "CAIRO (Reuters) - Chancellor Olaf Scholz flew to Cairo on Monday and is set to meet President Abdel Fattah al-Sisi on Tuesday.";
    const m = extract(text, "2024-02-05").meetings;
    expect(m.map((x) => [x.status, x.date])).toEqual([["planned", "2024-02-06"]]);
  });
  it("a headline and a body that both tell the talks as held: held", () => {
    const text =
      "Scholz meets Sisi in Cairo\n\nCAIRO (Reuters) - Chancellor Olaf Scholz met President Abdel Fattah al-Sisi in Cairo on Monday.";
    expect(extract(text, "2024-02-05").meetings.map((x) => x.status)).toEqual(["held"]);
  });
});

describe("relative dates count from the day a wire report was filed", () => {
  const text = "AMMAN, Jan 12 (Reuters) - Foreign Secretary David Cameron met King Abdullah II in Amman on Thursday.";
  it("a dateline before the publication date given: its day is the reference", () => {
    // 2024-01-12 is a Friday: its Thursday is the 11th; counted from the 20th (a Saturday) it would be the 18th.
    expect(extract(text, "2024-01-20").meetings.map((m) => m.date)).toEqual(["2024-01-11"]);
  });
  it("the document keeps the publication date it was given", () => {
    expect(extract(text, "2024-01-20").document.published).toBe("2024-01-20");
  });
});

describe("meetings at a distance and at a site", () => {
  const meetings = (text: string) => extract(text, "2024-02-06").meetings.map((m) => [m.participant_ids.length, m.place_id, m.kind]);
  it("'held a virtual meeting with': a call, with no place (not even the dateline's)", () => {
    expect(meetings("DOHA (Reuters) - Chancellor Olaf Scholz held a virtual meeting with President Isaac Herzog on Tuesday.")).toEqual([
      [2, null, "call"],
    ]);
  });
  it("'spoke with X, <apposition>, by phone': a call", () => {
    expect(meetings("Chancellor Olaf Scholz spoke with Israel's president, Isaac Herzog, by phone on Tuesday.")).toEqual([
      [2, null, "call"],
    ]);
  });
  it("a meeting told at a site and in its city is one encounter", () => {
    const text =
      "President Sheikh Mohamed bin Zayed received Chancellor Olaf Scholz at Qasr Al Watan on Monday. " +
      "Sheikh Mohamed and Scholz met in Abu Dhabi for two hours.";
    expect(meetings(text)).toEqual([[2, "qasr-al-watan", "meeting"]]);
  });
});

describe("days counted from the day told before: 'two days later', 'hours earlier', 'later that day'", () => {
  const events = (text: string) => {
    const r = extract(text, "2024-02-08");
    return [...r.meetings.map((m) => [m.place_id, m.date]), ...r.trips.flatMap((t) => t.destinations.map((d) => [d.place_id, d.date]))];
  };
  it("'Two days later' is two days after Monday", () => {
    expect(
      events("Chancellor Olaf Scholz met President Abdel Fattah al-Sisi in Cairo on Monday. Two days later, Scholz flew to Doha."),
    ).toContainEqual(["doha", "2024-02-07"]);
  });
  it("'Hours earlier' and 'Later that day' are the day told before", () => {
    expect(
      events("Chancellor Olaf Scholz landed in Amman on Tuesday. Hours earlier, he had met President Isaac Herzog in Jerusalem."),
    ).toContainEqual(["jerusalem", "2024-02-06"]);
    expect(events("Chancellor Olaf Scholz landed in Amman on Tuesday. Later that day he met King Abdullah II.")).toContainEqual([
      "amman",
      "2024-02-06",
    ]);
  });
  it("'two days after he arrived' counts from another event: no date", () => {
    expect(events("Chancellor Olaf Scholz met King Abdullah II in Amman, two days after he arrived in Jordan.")).toContainEqual([
      "amman",
      null,
    ]);
  });
});
