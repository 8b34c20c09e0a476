import { describe, expect, it } from "vitest";
import { digitsCount, disagreement } from "./check.js";

describe("a record's own words against its evidence", () => {
  it("reads the count a count text writes in digits", () => {
    expect(digitsCount("more than 1,200")).toBe(1200);
    expect(digitsCount("300+")).toBe(300);
    expect(digitsCount("between 20 and 30")).toBe(20);
    expect(digitsCount("2.5 million")).toBe(2_500_000);
    // The short suffixes of agency copy: "1.9m displaced", "2bn".
    expect(digitsCount("about 1.9m")).toBe(1_900_000);
    expect(digitsCount("1.2bn")).toBe(1_200_000_000);
    expect(digitsCount("300 more")).toBe(300);
    expect(digitsCount("two")).toBeNull();
  });
  it("finds a figure whose count or count text its evidence does not bear out", () => {
    const figure = { count: 44, count_text: "44", evidence: [{ text: "44 Palestinians killed" }] };
    expect(disagreement("casualty_figures", figure)).toBeNull();
    expect(disagreement("casualty_figures", { ...figure, count: 45 })).toMatch(/count 45 is not what count_text "44" says/);
    expect(disagreement("casualty_figures", { ...figure, count: 45, count_text: "45" })).toMatch(/"45" is not in its evidence/);
  });
  it("takes a no-break space of the evidence for the plain space of the count text", () => {
    const figure = { count: 220, count_text: "more than 220", evidence: [{ text: "more\u00a0than 220 killed" }] };
    expect(disagreement("casualty_figures", figure)).toBeNull();
    expect(disagreement("casualty_figures", { ...figure, count_text: "fewer than 220" })).toMatch(/is not in its evidence/);
  });
  it("finds a quote whose words are not in its evidence; case and marks may differ", () => {
    const quote = { text: "the United States has Israel’s back.", evidence: [{ text: "The United States has Israel's back" }] };
    expect(disagreement("quotes", quote)).toBeNull();
    expect(disagreement("quotes", { ...quote, text: "Words nobody said" })).toMatch(/text is not the words its evidence cites/);
  });
});
