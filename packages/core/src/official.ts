import { z } from "zod";
import { IsoDate, OfficialLegId } from "./common.js";

export const OfficialRole = z
  .enum(["secretary", "president"])
  .meta({ id: "OfficialRole", description: "secretary: US Secretary of State; president: President of the United States." });
export type OfficialRole = z.infer<typeof OfficialRole>;

export const OfficialLeg = z
  .object({
    id: OfficialLegId.describe("Leg id: s (Secretary) or p (President) and the record's own id."),
    record_id: z.string().regex(/^\d+$/).describe("The trip id in the Office of the Historian's record."),
    person_id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("The record's id of the traveller (e.g. blinken-antony-j)."),
    person_name: z.string().min(1).describe("The traveller's name as the record gives it."),
    role: OfficialRole.describe("Whose travels the leg belongs to."),
    start_date: IsoDate.describe("First day in the country."),
    end_date: IsoDate.describe("Last day in the country."),
    country: z
      .string()
      .length(2)
      .nullable()
      .describe("ISO 3166-1 alpha-2 code of the country (PS for the West Bank and the Palestinian Authority)."),
    country_name: z.string().nullable().describe('The country as the record names it ("Türkiye", "West Bank").'),
    cities: z.array(z.string()).describe("Cities of the leg as the record lists them; may be empty."),
    url: z.url().describe("The traveller's page of the record on history.state.gov."),
  })
  .meta({
    id: "OfficialLeg",
    title: "Official leg",
    description:
      "One country leg of a foreign trip of a US President or Secretary of State in the US " +
      "Office of the Historian's record (public domain). Only legs that records refer to are " +
      "included.",
  });
export type OfficialLeg = z.infer<typeof OfficialLeg>;
