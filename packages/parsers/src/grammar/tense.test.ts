import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { tagSentence } from "../linguistic/layer.js";
import { eventGroup } from "./tense.js";

/** The group that tells the event of `trigger` (its first occurrence) in a sentence of one's own. */
const groupOf = (sentence: string, trigger: string) => {
  const tagged = tagSentence(sentence, { start: 0, end: sentence.length });
  const g = eventGroup(tagged, sentence.indexOf(trigger));
  return g && [g.text, g.planned];
};

describe("eventGroup: the verb group that tells an event", () => {
  it("is the trigger's own group, not a modal in a relative clause before it", () => {
    expect(groupOf("Rubio, who will travel to Egypt next week, met Netanyahu on Monday.", "met")).toEqual(["met", false]);
    expect(groupOf("Rubio, who will travel to Egypt next week, met Netanyahu on Monday.", "travel")).toEqual(["will travel", true]);
    expect(groupOf("Lammy — who has visited Gaza twice — will meet Abbas on Friday.", "meet")).toEqual(["will meet", true]);
  });

  it("of a noun is the verb it is the object of, else the verb its phrase is the subject of", () => {
    expect(groupOf("The envoy held talks with Sisi in Cairo.", "talks")).toEqual(["held", false]);
    expect(groupOf("The minister's visit to Amman is expected next week.", "visit")).toEqual(["is expected", true]);
    expect(groupOf("The trip, which took him to Egypt, will end in Doha.", "trip")).toEqual(["will end", true]);
    // A speech verb starts another clause: "said" tells nothing of the talks.
    expect(groupOf("Officials said talks with Sisi would take place on Thursday.", "talks")).toEqual(["would take", true]);
  });

  it("of an infinitive, a participle or a coordinated bare verb is the group it hangs on", () => {
    expect(groupOf("The envoy flew to Cairo to meet Sisi.", "meet")).toEqual(["flew", false]);
    expect(groupOf("The envoy will fly to Cairo to meet Sisi.", "meet")).toEqual(["will fly", true]);
    expect(groupOf("She will travel to Amman and meet the king.", "meet")).toEqual(["will travel", true]);
    expect(groupOf("She travelled to Amman and will meet the king.", "meet")).toEqual(["will meet", true]);
    expect(groupOf("He will fly on to Riyadh after holding talks in Cairo.", "holding")).toEqual(["will fly", true]);
    // Fronted: nothing before it in its clause, so the main clause after the comma.
    expect(groupOf("After holding talks in Cairo, the envoy will fly to Riyadh.", "holding")).toEqual(["will fly", true]);
    expect(groupOf("To meet the emir, the envoy flew to Doha.", "meet")).toEqual(["flew", false]);
  });
});

describe("isPlanned in the extractors", () => {
  const extract = (text: string) => extractDocument(text, { id: "t", published: "2024-05-14" });

  it("a meeting told in the past beside a relative clause of plans is held, on its own day", () => {
    const r = extract("Sullivan, who is expected to visit Saudi Arabia later this month, met Yoav Gallant in Washington on Monday.");
    expect(r.meetings.map((m) => [m.status, m.date])).toEqual([["held", "2024-05-13"]]);
  });

  it("a stop told in the past beside a modal of another clause is completed; the modal's own stop is planned", () => {
    const r = extract("Blinken, who will travel to Egypt next week, met Netanyahu in Jerusalem on Monday.");
    const stops = r.trips.flatMap((t) => t.destinations.map((d) => [d.place_id, d.status]));
    expect(stops).toEqual([
      ["jerusalem", "completed"],
      ["egypt", "planned"],
    ]);
  });

  it("an infinitive after the object of 'expect', 'want', 'invite' is a plan", () => {
    const stops = (text: string) => extract(text).trips.flatMap((t) => t.destinations.map((d) => [d.place_id, d.status]));
    expect(stops("Officials expect Blinken to visit Cairo next week.")).toEqual([["cairo", "planned"]]);
    expect(stops("Biden invited Netanyahu to visit Washington.")).toEqual([["washington", "planned"]]);
    expect(stops("Officials said Blinken visited Cairo last week.")).toEqual([["cairo", "completed"]]);
  });

  it("a date in a relative clause the trigger is not in dates that clause's event", () => {
    const r = extract(
      "The meeting between Blinken and Netanyahu, which had been scheduled for Monday, took place on Tuesday in Jerusalem.",
    );
    expect(r.meetings.map((m) => m.date)).toEqual(["2024-05-14"]);
  });

  it("'may' is a modal of a plan in lower case; 'May' is a month", () => {
    const stops = (text: string) => extract(text).trips.flatMap((t) => t.destinations.map((d) => d.status));
    expect(stops("Blinken may travel to Riyadh later this week.")).toEqual(["planned"]);
    expect(extract("In May Blinken met Netanyahu in Tel Aviv.").meetings.map((m) => m.status)).toEqual(["held"]);
  });

  it("a noun subject takes its verb's plan: 'X's visit … is expected'", () => {
    const r = extract("Macron, whose visit to Lebanon could come next month, met Netanyahu in Jerusalem on Tuesday.");
    expect(r.meetings.map((m) => m.status)).toEqual(["held"]);
    expect(r.trips.flatMap((t) => t.destinations.map((d) => [d.place_id, d.status]))).toEqual([
      ["jerusalem", "completed"],
      ["lebanon", "planned"],
    ]);
  });
});

describe("isDenied: an event its verb group denies or leaves undone makes no record", () => {
  const extract = (text: string) => extractDocument(text, { id: "t", published: "2024-05-14" });
  const records = (text: string) => {
    const r = extract(text);
    return r.meetings.length + r.trips.length;
  };

  it("a negation on the verb an infinitive hangs on denies the infinitive's event", () => {
    expect(records("Abbas was not invited to meet Biden in Amman on Wednesday.")).toBe(0);
    expect(records("Blinken did not get to meet Sinwar in Cairo.")).toBe(0);
    expect(records("Netanyahu has not been able to visit Washington since the war began.")).toBe(0);
    expect(records("Sisi no longer plans to travel to Washington next week.")).toBe(0);
    expect(records("Biden was unable to meet Abbas in Amman on Tuesday.")).toBe(0);
    // Without the negation, the same sentences make records.
    expect(records("Abbas was invited to meet Biden in Amman on Wednesday.")).toBeGreaterThan(0);
    expect(records("Sisi plans to travel to Washington next week.")).toBe(1);
  });

  it("'not only' denies nothing; a participle does not share the denial of the clause it hangs on", () => {
    const r = extract("Blinken not only met Netanyahu in Jerusalem but also toured Kibbutz Nir Oz on Monday.");
    expect(r.meetings.map((m) => m.status)).toEqual(["held"]);
    expect(extract("Burns left Doha on Monday without meeting Haniyeh.").meetings).toEqual([]);
  });

  it("a noun after 'no' or before a denied verb is denied", () => {
    expect(records("There were no talks between Burns and Barnea in Paris on Monday.")).toBe(0);
    expect(records("Talks between Burns and Barnea did not take place in Paris on Monday.")).toBe(0);
  });
});

describe("a traveller on the way is not there yet", () => {
  const extract = (text: string) => extractDocument(text, { id: "t", published: "2024-05-14" });
  const stops = (text: string) => extract(text).trips.flatMap((t) => t.destinations.map((d) => [d.place_id, d.status]));

  it("a present progressive of motion, or 'is on his way to', makes planned stops and planned talks", () => {
    expect(stops("Lammy is flying to Riyadh on Tuesday.")).toEqual([["riyadh", "planned"]]);
    expect(stops("Lammy is on her way to Doha.")).toEqual([["doha", "planned"]]);
    const r = extract("Lammy is heading to Cairo for talks with Sisi.");
    expect(r.meetings.map((m) => m.status)).toEqual(["planned"]);
  });

  it("the past, and a verb of its own in the main clause, are told as they are", () => {
    expect(stops("Lammy flew to Riyadh on Monday.")).toEqual([["riyadh", "completed"]]);
    const r = extract("Foreign Secretary David Lammy, who is heading to Cairo, met Abbas in Amman on Monday.");
    expect(r.meetings.map((m) => m.status)).toEqual(["held"]);
  });
});

describe("a report told only to be denied", () => {
  const extract = (text: string) => extractDocument(text, { id: "t", published: "2024-05-14" });

  it("'…, a report his office denied' makes no record; a rejected proposal leaves the meeting held", () => {
    expect(extract("Local media said Gallant met Barnea in Paris on Sunday, a report his office denied.").meetings).toEqual([]);
    expect(extract("Gallant flew to Paris on Sunday, a claim the ministry later rejected.").trips).toEqual([]);
    const held = extract("Blinken met Netanyahu in Jerusalem on Monday and presented a ceasefire proposal, which Israel rejected.");
    expect(held.meetings.map((m) => m.status)).toEqual(["held"]);
  });
});

describe("a yes-or-no question asserts nothing", () => {
  const extract = (text: string) => extractDocument(text, { id: "t", published: "2024-05-14" });

  it("'Will X visit …?' and 'Did X meet …?' make no record; 'Why did X travel …?' takes the trip as told", () => {
    expect(extract("Will Netanyahu visit Washington before the election?").trips).toEqual([]);
    expect(extract("Did Blinken meet Sisi in Cairo?").meetings).toEqual([]);
    expect(extract("Why did Blinken travel to Cairo on Monday?").trips.length).toBe(1);
  });
});

describe("an event only supposed makes no record", () => {
  const extract = (text: string) => extractDocument(text, { id: "t", published: "2024-05-14" });

  it("inside a condition ('If X travels to …, …') or a counterfactual ('would have met'); a plan with a condition after it stays", () => {
    expect(extract("If Netanyahu travels to Washington, he will address Congress.").trips).toEqual([]);
    expect(extract("Blinken would have met Sisi in Cairo had the talks gone ahead.").meetings).toEqual([]);
    const plan = extract("Blinken will travel to Cairo if the talks succeed.");
    expect(plan.trips.flatMap((t) => t.destinations.map((d) => d.status))).toEqual(["planned"]);
  });
});

describe("a country reported as the subject of what someone said", () => {
  const extract = (text: string) => extractDocument(text, { id: "t", published: "2024-05-14" });

  it("is the subject: the speaker does not travel; 'he would travel' keeps the speaker's trip", () => {
    expect(extract("Netanyahu said Israel would go into Rafah.").trips).toEqual([]);
    expect(extract("Blinken said he would travel to Cairo on Monday.").trips.map((t) => t.traveler_id)).toEqual(["blinken"]);
  });
});
