export { extractDocument, type Extraction } from "./extract.js";
export { mergeCorpus } from "./corpus/merge.js";
export type { DocumentMeta } from "./document/DocumentParser.js";
export { findDates, resolveWeekday, type ResolvedDate } from "./dates/DateResolver.js";
export { hashId, sha256 } from "./ids.js";
export { NICKNAMES } from "./lexicon/words.js";
export {
  explainDocument,
  formatExplanation,
  type Explanation,
  type RecordExplanation,
  type VetoExplanation,
} from "./explain.js";
export { EXTRACTORS, MENTION_RULES, REFINERS } from "./configuration.js";
