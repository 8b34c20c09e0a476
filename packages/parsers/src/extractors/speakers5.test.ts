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
