/**
 * Trips, round 8c: onward legs told after words about the stop before, the means of travel between verb and place, a
 * country as one side of a place, and the host of a visit. Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { tripsIn } from "../testkit.js";

// 2024-09-12 is a Thursday.
const THURSDAY = "2024-09-12";
const of = (text: string, who: string) =>
  tripsIn(`Headline\n\n${text}`, THURSDAY)
    .find((t) => t[0] === who)
    ?.slice(1);

describe("onward legs", () => {
  it("'and then to X' after the talks of the stop before goes on with the journey", () => {
    const stops = of(
      "Foreign Minister Penny Wong will fly to Jordan on Saturday for talks with King Abdullah, and then to Qatar.",
      "Penny Wong",
    );
    expect(stops?.map((x) => x!.split(" ")[0])).toEqual(["Jordan", "Qatar"]);
    expect(stops?.[1]).toMatch(/planned$/);
  });
  it("', then on to X' after a day and a purpose", () => {
    const stops = of(
      "Dutch Foreign Minister Hanke Bruins Slot travelled to Cairo on Monday to meet aid groups, then on to Amman.",
      "Hanke Bruins Slot",
    );
    expect(stops?.map((x) => x!.split(" ")[0])).toEqual(["Cairo", "Amman"]);
  });
  it("a route's 'from X and on to Y' in the words between is where aid goes, not the traveller", () => {
    const stops = of("Penny Wong flew to Cairo on Monday to discuss aid routes from Jordan and on to Gaza.", "Penny Wong");
    expect(stops?.map((x) => x!.split(" ")[0])).toEqual(["Cairo"]);
  });
});

describe("the means of travel", () => {
  it("'travelling by road to X' names the destination", () => {
    const stops = of("Norwegian envoy Tor Wennesland was travelling by road to El-Arish on Tuesday.", "Tor Wennesland");
    expect(stops?.map((x) => x!.split(" ")[0])).toEqual(["El"]);
  });
  it("'drove to X' is a journey", () => {
    const stops = of("Irish Foreign Minister Micheál Martin drove to Jerusalem on Wednesday.", "Micheál Martin");
    expect(stops).toEqual(["Jerusalem 2024-09-11 completed"]);
  });
});

describe("a country as one side of a place", () => {
  it("'the Egyptian side of the X crossing' is no stop in Egypt", () => {
    const stops = of(
      "Canadian Foreign Minister Mélanie Joly visited the Egyptian side of the Kerem Shalom crossing on Monday.",
      "Mélanie Joly",
    );
    expect(stops?.join(" ")).not.toMatch(/Egypt/);
  });
});

describe("the host of a visit", () => {
  it("the subject of 'received' is at home, not on a journey", () => {
    const text =
      "Turkish Foreign Minister Hakan Fidan arrived in Beirut on Monday. Speaking in Beirut, Fidan urged restraint.\n\n" +
      "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, also received Fidan on Tuesday, the state news agency said.";
    expect(of(text, "Tamim bin Hamad Al Thani")).toBeUndefined();
  });
  it("the guest of 'hosted' still has a stop where the host received them", () => {
    const text = "Jordan's King Abdullah hosted Dutch Foreign Minister Hanke Bruins Slot in Amman on Tuesday.";
    expect(of(text, "Hanke Bruins Slot")).toEqual(["Amman 2024-09-10 completed"]);
    expect(of(text, "Abdullah")).toBeUndefined();
  });
});
