/** The corpus merge of validated extractions (extract --format json/csv, and merge). */
import { mergeCorpus, type Extraction } from "@shuttle/parsers";
import { reconcile } from "@shuttle/reference";
import { checkDataset } from "@shuttle/exporters";

export const byDocumentId = (a: Extraction, b: Extraction) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0);

/** The corpus merge of validated extractions, checked once more as a whole (schemas and references). */
export function mergeChecked(extractions: Extraction[]) {
  // Trips and meetings of recorded travellers are linked to the official record (and conflicts with it kept).
  const dataset = reconcile(mergeCorpus([...extractions].sort(byDocumentId)));
  const { problems } = checkDataset(dataset, new Map());
  if (problems.length) throw new Error(`the merged records do not validate:\n  ${problems.join("\n  ")}`);
  return dataset;
}
