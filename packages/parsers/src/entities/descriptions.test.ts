/**
 * Who a description refers to: "the 81-year-old president", "the former prime minister", "the Hamas leader" find the
 * one person named in the text whom they fit, and nobody when two fit. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { extractDocument } from "../extract.js";

/** The actor's name each mention with this text resolves to (null when none). */
function referent(text: string, mention: string): string | null {
  const a = analyse("t", text, "2024-01-10");
  const i = a.mentions.findIndex((m) => m.text === mention);
  expect(i, `no mention "${mention}"`).toBeGreaterThanOrEqual(0);
  return a.actorOf[i]?.name ?? null;
}

/** The speaker's name of the quote that starts with `start`. */
function speaker(text: string, start: string): string | null {
  const r = extractDocument(text, { id: "t", published: "2024-01-10" });
  const q = r.quotes.find((x) => x.text.startsWith(start));
  expect(q, `no quote "${start}"`).toBeDefined();
  return r.actors.find((x) => x.id === q!.speaker_id)?.name ?? null;
}

describe("descriptions with an age, 'former', an adjective or a body", () => {
  it("an age before the office refers to the person of that office", () => {
    const t = 'President Maria Olsen said on Friday that talks would resume.\n\n"We are close," the 67-year-old president told reporters.';
    expect(speaker(t, "We are close")).toBe("Maria Olsen");
  });
  it("an age the text gives another person of the class rules that person out", () => {
    const t = "President Tomas Berg, 58, met King Harald Stein in Oslo on Monday.\n\nThe 71-year-old king thanked his guest.";
    expect(referent(t, "The 71-year-old king")).toBe("Harald Stein");
    const u = "President Tomas Berg, 58, met President Ilse Varga, 71, in Oslo.\n\nThe 71-year-old president thanked her guest.";
    expect(referent(u, "The 71-year-old president")).toBe("Ilse Varga");
  });
  it("'the former prime minister' is a former holder, never the one in office", () => {
    const t =
      "Prime Minister Karl Moser spoke after former prime minister Otto Lind criticised the plan.\n\n" +
      '"This is a grave error," the former prime minister said.';
    expect(speaker(t, "This is a grave error")).toBe("Otto Lind");
  });
  it("a lower-case title right before a name is the person's title", () => {
    const a = analyse("t", "Opposition leader Dana Hollis urged a vote. Army chief Eran Tal disagreed.", null);
    const titleOf = (name: string) => a.actors.find((x) => x.name === name)?.title;
    expect(titleOf("Dana Hollis")).toBe("Opposition leader");
    expect(titleOf("Eran Tal")).toBe("Army chief");
  });
  it("'the centrist leader' refers to the one leader of the text", () => {
    const t = 'Opposition leader Dana Hollis urged the government to act.\n\n"Time is short," the centrist leader said.';
    expect(speaker(t, "Time is short")).toBe("Dana Hollis");
  });
  it("'the Israeli leader' is the head of government or state of that country, not a minister", () => {
    const t =
      "Prime Minister Benjamin Netanyahu met Defense Minister Yoav Gallant in Tel Aviv on Sunday.\n\n" +
      '"We will press on," the Israeli leader said.';
    expect(speaker(t, "We will press on")).toBe("Benjamin Netanyahu");
  });
  it("'the Israeli leader' refers to nobody when a president and a prime minister of that country are named", () => {
    const t = "President Isaac Herzog and Prime Minister Benjamin Netanyahu spoke in Jerusalem.\n\nThe Israeli leader later left.";
    expect(referent(t, "The Israeli leader")).toBeNull();
  });
  it("an adjective that says nothing of the office makes the description refer only to a single fitting person", () => {
    const two = "Foreign Minister Lena Dahl met Foreign Minister Pavel Novak in Vienna.\n\nThe veteran diplomat said the talks went well.";
    expect(referent(two, "The veteran diplomat")).toBeNull();
    const one = "Foreign Minister Lena Dahl met army chief Eran Tal in Vienna.\n\nThe veteran diplomat said the talks went well.";
    expect(referent(one, "The veteran diplomat")).toBe("Lena Dahl");
  });
  it("'the former general' fits a person whose title makes him a retired general", () => {
    const t = "Amos Keren, a retired general who now leads a party, met the mayor.\n\nThe former general said little.";
    expect(referent(t, "The former general")).toBe("Amos Keren");
  });
  it("'the general' alone is no description of a person ('the general election')", () => {
    const a = analyse("t", "Amos Keren, a retired general, said the general election would wait.", null);
    expect(a.mentions.some((m) => m.text === "the general")).toBe(false);
  });
  it("an institution gives the description its country ('the White House envoy', 'the Pentagon chief')", () => {
    const t =
      "Israeli Defense Minister Yoav Gallant hosted US Defense Secretary Lloyd Austin in Tel Aviv.\n\n" +
      '"We stand together," the Pentagon chief said.';
    expect(speaker(t, "We stand together")).toBe("Lloyd Austin");
  });
  it("'the Hamas leader' fits a leader of that body, and nobody when two leaders fit", () => {
    const one = "Hamas political leader Ismail Haniyeh met Egyptian intelligence chief Abbas Kamel.\n\nThe Hamas leader left Cairo.";
    expect(referent(one, "The Hamas leader")).toBe("Ismail Haniyeh");
    const two =
      "Hamas political leader Ismail Haniyeh and Yahya Sinwar, the group's leader in Gaza, were named.\n\nThe Hamas leader was silent.";
    expect(referent(two, "The Hamas leader")).toBeNull();
  });
  it("'the Israeli minister' refers to nobody when two Israeli ministers are named", () => {
    const t = "Defense Minister Yoav Gallant and Minister Benny Gantz visited troops.\n\nThe Israeli minister said the pressure worked.";
    expect(referent(t, "The Israeli minister")).toBeNull();
  });
  it("'the Qatari mediator' refers to the one Qatari named", () => {
    const t = "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke in Doha.\n\nThe Qatari mediator was upbeat.";
    expect(referent(t, "The Qatari mediator")).toBe("Mohammed bin Abdulrahman Al Thani");
  });
});

describe("full names of the lexicon's people", () => {
  it("a full name without a title in the text has the lexicon's title and country, so a description finds it", () => {
    const t = 'Mahmoud Abbas received a delegation in Ramallah.\n\n"We want a state," the Palestinian president said.';
    expect(speaker(t, "We want a state")).toBe("Mahmoud Abbas");
    const u = 'Sameh Shoukry said the crossing was open.\n\nEgypt\'s foreign minister said later that "nobody wants a wider war".';
    expect(speaker(u, "nobody wants a wider war")).toBe("Sameh Shoukry");
  });
  it("an age in commas after a name is the person's, and a description with that age fits", () => {
    const t = "Mahmoud Abbas, 88, met King Abdullah II in Amman.\n\nThe 88-year-old Palestinian leader left on Monday.";
    expect(referent(t, "The 88-year-old Palestinian leader")).toBe("Mahmoud Abbas");
  });
});

describe("names of organisations used alone", () => {
  it("'Likud' and 'WAFA' are organisations, never people", () => {
    const a = analyse("t", "Likud said the plan was dead. WAFA reported the meeting.", null);
    const kinds = a.mentions.filter((m) => /Likud|WAFA/.test(m.text)).map((m) => m.kind);
    expect(kinds).toEqual(["organization", "organization"]);
  });
});
