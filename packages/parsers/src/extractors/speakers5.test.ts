import { describe, expect, it } from "vitest";
import { quotedIn as quoted } from "../testkit.js";

describe("speakers round 5: a collective head refers back to the named body", () => {
  it("joins 'the ministry' to the latest organisation whose name holds 'ministry'", () => {
    const body =
      "Oman's Ministry of Foreign Affairs said it was “alarmed by the escalation.”\n\n" +
      "The ministry urged both sides to “return to the table without conditions.”";
    expect(quoted(body, "return to the table")).toMatchObject({ speaker: "Ministry of Foreign Affairs", kind: "organization" });
  });

  it("needs every word of the description in the name", () => {
    const body =
      "The Ministry of Health said the hospital had “run out of fuel.”\n\n" +
      "The foreign ministry said the convoy had been “denied entry twice.”";
    expect(quoted(body, "denied entry")).toMatchObject({ speaker: "foreign ministry", kind: "group" });
  });

  it("takes the latest such body, not the first", () => {
    const body =
      "The Ministry of Foreign Affairs said it had “summoned the ambassador.” Hours later the Ministry of Health said its " +
      "stocks were “nearly exhausted.”\n\nThe ministry added that the shortage was “critical.”";
    expect(quoted(body, "critical")).toMatchObject({ speaker: "Ministry of Health" });
  });

  it("reads 'the agency' as a body that speaks", () => {
    const body = "The agency said its warehouses were “empty for the first time since the war began.”";
    expect(quoted(body, "empty for the first")).toMatchObject({ speaker: "agency", kind: "group" });
  });
});

describe("speakers round 5: ministries by their acronyms", () => {
  it("reads MOFA, MoH and MoD as organisations", () => {
    expect(quoted("Oman's MOFA said it “rejects the forced displacement of civilians.”", "rejects the forced")).toMatchObject({
      speaker: "MOFA",
      kind: "organization",
      country: "OM",
    });
    expect(quoted("The Lebanese MoH said on Monday that the hospitals were “out of beds.”", "out of beds")).toMatchObject({
      kind: "organization",
    });
    expect(quoted("Britain's MoD said the aircraft had “completed the drop safely.”", "completed the drop")).toMatchObject({
      speaker: "MoD",
    });
  });
});

describe("speakers round 5: 'the kingdom's foreign minister'", () => {
  it("refers to the one holder of that office named before", () => {
    const body =
      "Jordanian Foreign Minister Ayman Safadi met his Greek counterpart in Athens.\n\n" +
      "“Hunger is being used as a weapon,” the kingdom's top diplomat told them.";
    expect(quoted(body, "Hunger is being")).toMatchObject({ speaker: "Ayman Safadi", mention: "the kingdom's top diplomat" });
  });

  it("reads 'the emirate's premier' as a head of government", () => {
    const body = "Prime Minister Mohammed bin Abdulrahman Al Thani was in Paris. “Talks go on,” the emirate's premier said.";
    expect(quoted(body, "Talks go on")).toMatchObject({ speaker: "Mohammed bin Abdulrahman Al Thani" });
  });

  it("names nobody when two people hold such an office", () => {
    const body =
      "President Joe Biden spoke with President Isaac Herzog on Monday.\n\n" + "“We will not give in,” the country's president said.";
    expect(quoted(body, "We will not give in")).toMatchObject({ speaker: null });
  });
});

describe("speakers round 5: the spokesman of a named body", () => {
  it("is an unnamed speaker of that body", () => {
    expect(quoted("Hamas's spokesman said the movement would “study the offer carefully.”", "study the offer")).toMatchObject({
      speaker: "Hamas spokesman",
      kind: "unnamed",
    });
    expect(quoted("In Gaza, Islamic Jihad's spokesman said the group was “ready for a long war.”", "ready for a long")).toMatchObject({
      speaker: "Islamic Jihad spokesman",
    });
  });

  it("is the named spokesperson when the text names one for that body", () => {
    const body =
      "Hezbollah spokesman Mohammad Afif spoke in Beirut on Monday.\n\n" +
      "Hezbollah's spokesman said the group would “answer at a time of its choosing.”";
    expect(quoted(body, "answer at a time")?.kind).not.toBe("unnamed");
  });

  it("is not read for a country's spokesman", () => {
    const body = "Qatar's spokesman said the talks were “at an advanced stage.”";
    expect(quoted(body, "at an advanced")?.speaker).not.toBe("Qatar spokesman");
  });
});

describe("speakers round 5: a title with 'for Human Rights'", () => {
  it("is no person named 'Rights'", () => {
    const body = "The office of the UN High Commissioner for Human Rights said the deaths were “deeply alarming.”";
    expect(quoted(body, "deeply alarming")?.speaker).not.toBe("Rights");
  });
});

describe("speakers round 5: broadcasters with a number and 'reported'", () => {
  it("reads 'Channel 12' as a body and 'reported' as a cue for quoted words", () => {
    const body = "Israel's Channel 12 reported that the war cabinet had backed “a phased return of the displaced.”";
    expect(quoted(body, "a phased return")).toMatchObject({ speaker: "Channel 12", kind: "organization", country: "IL", cue: "reported" });
  });

  it("gives the words to the source a broadcaster cites after the quote", () => {
    const body = "“The gaps have narrowed,” Kan 11 reported, citing a senior Israeli official.";
    expect(quoted(body, "The gaps have")).toMatchObject({ speaker: "senior Israeli official", kind: "unnamed" });
  });

  it("keeps the speaker when 'citing' names no source", () => {
    const body = "“We are close,” Blinken said, citing progress in the talks.";
    expect(quoted(body, "We are close")).toMatchObject({ speaker: "Blinken" });
  });
});

describe("speakers round 5: naming verbs before a fragment", () => {
  it("reads 'dismissed … as' and 'branded' as cues of the fragment", () => {
    const body = "Hamas dismissed the offer as “a trap,” while Israel's foreign ministry branded the demands “absurd.”";
    expect(quoted(body, "a trap")).toMatchObject({ speaker: "Hamas", partial: true });
    expect(quoted(body, "absurd")).toMatchObject({ speaker: "Israel's foreign ministry" });
  });

  it("does not read the naming verb far from the quote", () => {
    const body = "Hamas dismissed the offer on Monday, and aid groups later warned that the crossings were a “bottleneck.”";
    expect(quoted(body, "bottleneck")?.speaker ?? null).not.toBe("Hamas");
  });
});

describe("speakers round 5: press-briefing transcripts", () => {
  it("takes a speaker label in capitals after an honorific", () => {
    const body = "An excerpt of the briefing:\n\nMR PATEL: “We have not seen such a plan.”\n\nQUESTION: “Will you act?”";
    expect(quoted(body, "We have not seen")).toMatchObject({ speaker: "Patel", mention: "MR PATEL" });
    expect(quoted(body, "Will you act")).toMatchObject({ speaker: null, rule: "QuoteExtractor/question-label" });
  });

  it("takes a surname label of someone named in full, and gives a question to nobody", () => {
    const body = "State Department spokesman Vedant Patel took questions.\n\nQ: “Is the aid getting in?”\n\nPATEL: “Not enough of it.”";
    expect(quoted(body, "Not enough")).toMatchObject({ speaker: "Vedant Patel" });
    expect(quoted(body, "Is the aid")).toMatchObject({ speaker: null });
  });

  it("reads no unknown word in capitals as a speaker", () => {
    const body = "Blinken spoke on Monday.\n\nUPDATE: “The crossing is open,” the army said.";
    expect(quoted(body, "The crossing is open")?.mention).not.toBe("UPDATE");
  });
});

describe("speakers round 5: statements read by others", () => {
  it("gives a statement's words to its author, not to the one who read it", () => {
    const body = "A statement by President Mahmoud Abbas, read by his spokesman Nabil Abu Rudeineh, said the plan was “stillborn.”";
    expect(quoted(body, "stillborn")).toMatchObject({ speaker: "Mahmoud Abbas" });
  });

  it("passes over a name after 'by his'", () => {
    const body = "A message from the foreign minister, read by her aide Sarah Cohen, said the decision was “final.”";
    expect(quoted(body, "final")?.speaker).not.toBe("Sarah Cohen");
  });
});

describe("speakers round 5: a quotation that runs on into the next paragraph", () => {
  it("gives the open part the speaker of the paragraph that closes it", () => {
    const body =
      "Spanish Prime Minister Pedro Sánchez spoke in Madrid. “Europe cannot look away,” he said.\n\n" +
      "“We have asked for a ceasefire for months and we will keep asking,\n\n" +
      "“because silence is complicity,” Foreign Minister José Manuel Albares said later.";
    expect(quoted(body, "We have asked")).toMatchObject({ speaker: "José Manuel Albares", rule: "QuoteExtractor/continued-forward" });
  });

  it("leaves a closed quote to the earlier speaker", () => {
    const body =
      "Spanish Prime Minister Pedro Sánchez spoke in Madrid. “Europe cannot look away,” he said.\n\n" +
      "“We have asked for a ceasefire for months.”\n\n" +
      "“Silence is complicity,” Foreign Minister José Manuel Albares said later.";
    expect(quoted(body, "We have asked")).toMatchObject({ speaker: "Pedro Sánchez" });
  });
});

describe("speakers round 5: a body's title holder after the quote", () => {
  it("reads 'the UN's humanitarian chief Martin Griffiths said' as the person", () => {
    // Two words: a short quote needs its cue right after it.
    const body = "“Simply unbearable,” the UN's relief chief Martin Griffiths said in a video posted on X.";
    expect(quoted(body, "Simply unbearable")).toMatchObject({ speaker: "Martin Griffiths", rule: "QuoteExtractor/cue-after" });
  });

  it("reads a body after 'the' as the subject of the cue", () => {
    const body = "“Aid must flow without delay,” the European Commission said on Tuesday.";
    expect(quoted(body, "Aid must flow")).toMatchObject({ speaker: "European Commission", rule: "QuoteExtractor/cue-after" });
  });
});

describe("speakers round 5: a transcript label with an honorific's dot", () => {
  it("names the speaker though the dot ends a sentence", () => {
    const body = "Karine Jean-Pierre briefed reporters.\n\nMS. JEAN-PIERRE: “We are deeply concerned.”";
    expect(quoted(body, "We are deeply")).toMatchObject({ speaker: "Karine Jean-Pierre", rule: "QuoteExtractor/speaker-label" });
  });
});
