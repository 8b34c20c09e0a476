export { OfficialRecord, officialRecord, type RecordLeg, type RecordPerson, type RecordVisit, type RecordSource } from "./record.js";
export { PersonMatcher } from "./people.js";
export { legInPlace, describeLeg, weekdayIn } from "./agree.js";
export { Reconciler, reconcile } from "./reconcile.js";
export { DocumentDater, proposePublication, type DateProposal, type RecordsOfDocument } from "./dating.js";
export { extractWithRecord, type RecordExtraction } from "./extract.js";
