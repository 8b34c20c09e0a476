import { z } from "zod";

/**
 * A corpus manifest (corpus/manifest.json, or any --manifest FILE): each article file with its own metadata.
 * Read by the CLI and by anything else that builds datasets from a folder of articles.
 */
export const Manifest = z.object({
  description: z.string().optional(),
  documents: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
      file: z.string(),
      title: z.string().nullable().optional(),
      published: z.iso.date().nullable().optional(),
      /** A date established by hand, which the build checks against the official record's proposal. */
      published_expected: z.iso.date().nullable().optional(),
      published_note: z.string().nullable().optional(),
      outlet: z.string().nullable().optional(),
      url: z.url().nullable().optional(),
      known_problems: z.array(z.string()).optional(),
    }),
  ),
});
export type Manifest = z.infer<typeof Manifest>;
