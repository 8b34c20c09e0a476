/**
 * Each trigger rule of the trip, meeting and casualty extractors on a sentence written for it: the sentence must give a
 * candidate carrying that rule's id. A rule added without a sentence here fails the last test of each block.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { CASUALTY_RULES, extractCasualties } from "./CasualtyExtractor.js";
import { extractMeetings, MEETING_RULES } from "./MeetingExtractor.js";
import { extractTrips, TRIP_RULES } from "./TripExtractor.js";

const tripRules = (text: string) => new Set(extractTrips(analyse("t", text, "2024-02-06")).stops.map((s) => s.rule));
const casualtyRules = (text: string) => new Set(extractCasualties(analyse("t", text, "2024-02-06")).map((c) => c.rule));
const meetingRules = (text: string) => new Set(extractMeetings(analyse("t", text, "2024-02-06")).map((m) => m.rule));

const TRIP_CASES: Record<string, string> = {
  "tour-bounds": "Foreign Secretary James Cleverly began his regional tour in Amman.",
  "tour-starts": "Foreign Secretary James Cleverly said the tour will begin in Cairo.",
  motion: "Foreign Secretary James Cleverly flew to Riyadh.",
  arrival: "Foreign Secretary James Cleverly spoke after his arrival in Doha.",
  heading: "Foreign Secretary James Cleverly is heading to Beirut.",
  departing: "Foreign Secretary James Cleverly departed for Muscat.",
  due: "Foreign Secretary James Cleverly is due in Kuwait on Friday.",
  "taken-to": "Foreign Secretary James Cleverly spoke. The trip will take him to Bahrain.",
  touring: "Foreign Secretary James Cleverly visited Baghdad.",
  "making-stops": "Foreign Secretary James Cleverly made stops in Oman and Qatar.",
  stopping: "Foreign Secretary James Cleverly stopped over in Cyprus.",
  leg: "Foreign Secretary James Cleverly began the next leg to Ankara.",
  continuing: "Foreign Secretary James Cleverly will continue his tour in Egypt.",
  sent: "Foreign Secretary James Cleverly spoke. The prime minister sent him to Cairo.",
  "next-stop": "Foreign Secretary James Cleverly said his first stop was in Jordan.",
  itinerary: "Foreign Secretary James Cleverly began a tour spanning Oman, Qatar and Kuwait.",
  "talks-in": "Foreign Secretary James Cleverly reached Amman after talks in Cairo and Doha.",
  from: "Foreign Secretary James Cleverly arrived in Amman from Athens.",
};

const MEETING_CASES: Record<string, string> = {
  "verb-with": "Chancellor Olaf Scholz met with President Isaac Herzog.",
  verb: "Chancellor Olaf Scholz met President Isaac Herzog.",
  "held-talks": "Chancellor Olaf Scholz held talks with President Isaac Herzog.",
  "noun-with": "Chancellor Olaf Scholz praised his discussions with President Isaac Herzog.",
  "joint-appearance": "Chancellor Olaf Scholz spoke alongside President Isaac Herzog.",
  "spent-with": "Chancellor Olaf Scholz spent an hour with President Isaac Herzog.",
  "discussed-with": "Chancellor Olaf Scholz discussed the ceasefire with President Isaac Herzog.",
  passive: "Chancellor Olaf Scholz was greeted by President Isaac Herzog.",
  "passive-hosted": "Chancellor Olaf Scholz was hosted by President Isaac Herzog.",
  telephoned: "Chancellor Olaf Scholz telephoned President Isaac Herzog.",
  greeting: "Chancellor Olaf Scholz welcomed President Isaac Herzog.",
  call: "Chancellor Olaf Scholz spoke by phone with President Isaac Herzog.",
  reciprocal: "Chancellor Olaf Scholz and President Isaac Herzog met in Berlin.",
  "courtesy-call": "Chancellor Olaf Scholz paid a courtesy call on President Isaac Herzog.",
  "hosted-attended": "Chancellor Olaf Scholz hosted a summit attended by President Isaac Herzog.",
};

const CASUALTY_CASES: Record<string, string> = {
  "number-people-verb": "At least 14 civilians were killed in the strike.",
  "noun-of-number": "The UN condemned the killing of 31 aid workers.",
  "lost-number": "The agency said it had lost 61 staff members.",
  "verb-number-people": "The shelling wounded 45 people overnight.",
  "number-hostages": "Talks turned to the release of 80 hostages.",
  "death-toll": "The death toll has risen to 212, officials said.",
  "number-passive": "Around 90 were taken hostage in the raid.",
  "of-whom": "Militants took hostages, 70 of whom remain in captivity.",
  "subset-of-them": "About 240 people were taken hostage, and at least 30 of them are believed to be dead.",
  "number-of-its": "The charity said 12 of its employees had been killed.",
  "left-number-outcome": "The raid left another 90 hostage.",
  "number-dead": "At least 12 dead as clashes go on, officials said.",
  including: "Twenty people were wounded, including four children.",
};

/** One test per rule of `cases` (its sentence gives a candidate with its id), and one that every rule has a case. */
function ruleTable(extractor: string, cases: Record<string, string>, rules: readonly string[], found: (text: string) => Set<string>) {
  describe(`${extractor} trigger rules, each on a sentence of its own`, () => {
    for (const [id, text] of Object.entries(cases))
      it(id, () => {
        expect(found(text)).toContain(`${extractor}/${id}`);
      });
    it("every rule has its sentence here", () => {
      expect(rules.filter((r) => !(r.replace(`${extractor}/`, "") in cases))).toEqual([]);
    });
  });
}

ruleTable("TripExtractor", TRIP_CASES, TRIP_RULES, tripRules);
ruleTable("MeetingExtractor", MEETING_CASES, MEETING_RULES, meetingRules);
ruleTable("CasualtyExtractor", CASUALTY_CASES, CASUALTY_RULES, casualtyRules);
