/**
 * Meeting phrasings of a second round of wire-style probes: a courtesy call, a telephone conversation, a summit
 * attended by many, offices named by role in other countries ("the Qatari prime minister", "the emir of Qatar"),
 * fronted "After meeting X, …" phrases, a delegation led by someone, and places of an encounter told as the time of
 * another ("a day after talks with …"). Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";

const PUBLISHED = "2024-03-13"; // a Wednesday
/** The meeting records: participants joined by " + ", then place, date, status and kind. */
const meetings = (text: string, published = PUBLISHED) => {
  const r = extractDocument(text, { id: "m", published });
  const actor = new Map(r.actors.map((x) => [x.id, x.name]));
  const place = new Map(r.places.map((x) => [x.id, x.name]));
  return r.meetings.map((m) =>
    [m.participant_ids.map((i) => actor.get(i)).join(" + "), place.get(m.place_id ?? "") ?? "-", m.date ?? "-", m.status, m.kind].join(
      " | ",
    ),
  );
};

describe("new triggers", () => {
  it("'paid a courtesy call on X' is a meeting, not a call", () => {
    expect(
      meetings("Norwegian envoy Tor Wennesland paid a courtesy call on Jordanian Prime Minister Bisher al-Khasawneh in Amman on Monday."),
    ).toEqual(["Tor Wennesland + Bisher al-Khasawneh | Amman | 2024-03-11 | held | meeting"]);
    // "called on X to …" is no visit.
    expect(meetings("Norwegian envoy Tor Wennesland called on Jordanian Prime Minister Bisher al-Khasawneh to act.")).toEqual([]);
  });

  it("'held a telephone conversation with X' and 'X and Y held a phone conversation' are calls", () => {
    expect(
      meetings("German Chancellor Olaf Scholz held a telephone conversation with Egyptian President Abdel Fattah al-Sisi on Monday."),
    ).toEqual(["Olaf Scholz + Abdel Fattah al-Sisi | - | 2024-03-11 | held | call"]);
    expect(meetings("Olaf Scholz and Abdel Fattah al-Sisi held a phone conversation on Monday.")).toEqual([
      "Olaf Scholz + Abdel Fattah al-Sisi | - | 2024-03-11 | held | call",
    ]);
    // A conversation with no medium named is not read as a call.
    expect(meetings("Olaf Scholz said a conversation with voters was overdue.")).toEqual([]);
  });

  it("'hosted a summit … attended by A, B and C' is one encounter of the host with all of them", () => {
    expect(
      meetings(
        "Jordan's King Abdullah II hosted a summit in Amman on Monday attended by Egyptian President Abdel Fattah al-Sisi, " +
          "Palestinian President Mahmoud Abbas and French President Emmanuel Macron.",
      ),
    ).toEqual(["Abdullah II + Abdel Fattah al-Sisi + Mahmoud Abbas + Emmanuel Macron | Amman | 2024-03-11 | held | summit"]);
    // Attending something else is no encounter with the host.
    expect(meetings("King Abdullah II hosted a dinner for the press, attended by about 40 reporters.")).toEqual([]);
  });

  it("a vague group hosted for a summit beside named meetings is a summary, not a participant", () => {
    const out = meetings(
      "Jordan's King Abdullah II hosted leaders of African countries in Amman on Monday for a summit. On the sidelines, he met " +
        "Kenyan President William Ruto.",
    );
    expect(out).toEqual(["Abdullah II + William Ruto | Amman | 2024-03-11 | held | meeting"]);
  });
});

describe("offices named by role in any country", () => {
  it("'the Qatari prime minister' and 'Egypt's intelligence chief' never named are unnamed office holders", () => {
    expect(meetings("CIA Director William Burns met the Qatari prime minister and Egypt's intelligence chief in Rome on Sunday.")).toEqual([
      "William Burns + Qatari prime minister | Rome | 2024-03-10 | held | meeting",
      "William Burns + Egypt's intelligence chief | Rome | 2024-03-10 | held | meeting",
    ]);
  });

  it("'the Qatari prime minister' refers to the Qatari named earlier, not to another prime minister", () => {
    const out = meetings(
      "Israeli Prime Minister Benjamin Netanyahu spoke on Monday. Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani " +
        "met officials in Doha.\n\nThe Qatari prime minister later spoke by phone with Egyptian intelligence chief Abbas Kamel.",
    );
    expect(out).toEqual(["Mohammed bin Abdulrahman Al Thani + Abbas Kamel | - | - | held | call"]);
    expect(out.some((m) => m.startsWith("Benjamin Netanyahu + Abbas Kamel"))).toBe(false);
  });

  it("'the emir of Qatar, NAME' is that person", () => {
    // (The place is the dateline's: "welcomed … to Cairo" names no place of its own yet.)
    expect(
      meetings("CAIRO (AP) - President Abdel Fattah al-Sisi welcomed the emir of Qatar, Sheikh Tamim bin Hamad Al Thani, on Monday."),
    ).toEqual(["Abdel Fattah al-Sisi + Tamim bin Hamad Al Thani | Cairo | 2024-03-11 | held | greeting"]);
  });

  it("'the emir' is no president", () => {
    const out = meetings(
      "Turkish President Recep Tayyip Erdogan met German Chancellor Olaf Scholz in Ankara on Monday. " +
        "Scholz will then fly to Doha to see the emir.",
    );
    expect(out.some((m) => /Scholz \+ Recep Tayyip Erdogan .*planned/.test(m))).toBe(false);
  });

  it("a surname the lexicon knows has its office, so 'Israel's prime minister' is that person", () => {
    expect(
      meetings("Israel's prime minister met Argentine President Javier Milei in Jerusalem on Monday. Netanyahu thanked Milei."),
    ).toEqual(["Netanyahu + Javier Milei | Jerusalem | 2024-03-11 | held | meeting"]);
  });
});

describe("fronted phrases and delegations", () => {
  it("'After meeting X, SUBJECT flew …': the encounter is the subject's, and 'he' next is the subject", () => {
    const out = meetings(
      "Scholz in the Gulf\n\nAfter meeting Saudi Arabia's crown prince, Mohammed bin Salman, in Riyadh on Monday, " +
        "German Chancellor Olaf Scholz flew to Cairo.\n\n" +
        "He met Egyptian President Abdel Fattah al-Sisi there on Tuesday.",
    );
    expect(out).toContain("Olaf Scholz + Mohammed bin Salman | Riyadh | 2024-03-11 | held | meeting");
    expect(out.some((m) => m.startsWith("Olaf Scholz + Abdel Fattah al-Sisi"))).toBe(true);
    expect(out.some((m) => m.startsWith("Mohammed bin Salman + Abdel Fattah al-Sisi"))).toBe(false);
  });

  it("'a delegation led by X' is one encounter with the delegation and its head", () => {
    expect(meetings("Egyptian intelligence chief Abbas Kamel met a Hamas delegation led by Khalil al-Hayya in Cairo on Monday.")).toEqual([
      "Abbas Kamel + Hamas delegation + Khalil al-Hayya | Cairo | 2024-03-11 | held | meeting",
    ]);
  });
});

describe("an encounter told as the time of another", () => {
  it("'a day after talks with X in Y': Y is not the place of the main meeting", () => {
    const out = meetings(
      "AMMAN (Reuters) - German Chancellor Olaf Scholz met Jordan's King Abdullah II at the Dead Sea on Tuesday, a day after talks with " +
        "Israeli Prime Minister Benjamin Netanyahu in Jerusalem.\n\nThe two leaders discussed aid deliveries.",
    );
    expect(out).toContain("Olaf Scholz + Benjamin Netanyahu | Jerusalem | 2024-03-11 | held | meeting");
    expect(out.find((m) => m.startsWith("Olaf Scholz + Abdullah II"))).not.toMatch(/Jerusalem/);
  });

  it("a meeting a day before the main event takes no place named before it in the sentence", () => {
    const out = meetings("German Chancellor Olaf Scholz arrived in Cairo on Tuesday, a day after meeting Abbas.");
    expect(out).toEqual(["Olaf Scholz + Abbas | - | 2024-03-11 | held | meeting"]);
  });

  it("'before holding talks with X' tells a sequence of the same scene: the place is kept", () => {
    expect(meetings("Olaf Scholz arrived in Jerusalem on Tuesday before holding talks with Israeli President Isaac Herzog.")).toEqual([
      "Olaf Scholz + Isaac Herzog | Jerusalem | 2024-03-12 | held | meeting",
    ]);
  });
});
