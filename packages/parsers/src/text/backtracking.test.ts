import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";

// A guard against catastrophic regex backtracking: adversarial input must finish, not hang.
describe("adversarial input", () => {
  it("finishes on long runs of capitals, quotes, numbers and commas", () => {
    const parts = [
      "A ".repeat(5000),
      "Mr ".repeat(3000) + "Blinken",
      "“".repeat(4000),
      "1,".repeat(5000) + "000 people killed",
      "Israeli, ".repeat(3000) + "officials said",
      "Secretary of State ".repeat(2000),
    ];
    const started = Date.now();
    for (const p of parts) extractDocument(p, { id: "adversarial", published: "2024-01-01" });
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
