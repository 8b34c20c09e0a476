/** Word lists for the language of news. General English, not the corpus's sentences. */

/** Verbs that introduce or attribute speech, in every inflection a report uses. */
export const SPEECH_VERBS = [
  "say", "says", "said", "saying",
  "tell", "tells", "told", "telling",
  "add", "adds", "added", "adding",
  "warn", "warns", "warned", "warning",
  "declare", "declares", "declared", "declaring",
  "state", "states", "stated", "stating",
  "insist", "insists", "insisted", "insisting",
  "note", "notes", "noted", "noting",
  "urge", "urges", "urged", "urging",
  "stress", "stresses", "stressed", "stressing",
  "emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised", "emphasising",
  "announce", "announces", "announced", "announcing",
  "explain", "explains", "explained", "explaining",
  "claim", "claims", "claimed", "claiming",
  "argue", "argues", "argued", "arguing",
  "ask", "asks", "asked", "asking",
  "reply", "replies", "replied", "replying",
  "respond", "responds", "responded", "responding",
  "write", "writes", "wrote", "writing",
  "tweet", "tweets", "tweeted", "posted", "posts",
  "acknowledge", "acknowledges", "acknowledged",
  "express", "expresses", "expressed", "expressing",
  "admit", "admits", "admitted",
  "promise", "promises", "promised", "promising",
  "vow", "vows", "vowed", "vowing",
  "pledge", "pledges", "pledged", "pledging",
  "call", "calls", "called", "calling",
  "describe", "describes", "described",
  "affirm", "affirms", "affirmed", "reaffirm", "reaffirms", "reaffirmed",
  "reiterate", "reiterates", "reiterated", "reiterating",
  "repeat", "repeats", "repeated",
  "assert", "asserts", "asserted",
  "contend", "contends", "contended",
  "maintain", "maintains", "maintained",
  "suggest", "suggests", "suggested",
  "concede", "concedes", "conceded",
  "recall", "recalls", "recalled",
  "cite", "cites", "cited",
  "echo", "echoes", "echoed",
  "denounce", "denounces", "denounced",
  "condemn", "condemns", "condemned",
  "hail", "hails", "hailed",
  "praise", "praises", "praised",
  "criticize", "criticizes", "criticized", "criticise", "criticised",
  "predict", "predicts", "predicted",
  "remark", "remarks", "remarked",
  "comment", "comments", "commented",
  "exclaim", "exclaimed", "quip", "quipped", "joke", "joked",
];
const SPEECH_SET = new Set(SPEECH_VERBS);
export const isSpeechVerb = (w: string) => SPEECH_SET.has(w.toLowerCase());

/** Multi-word cues that attribute a quote without a plain verb. */
export const PHRASE_CUES = ["according to", "in a statement", "in remarks", "in an interview", "told reporters", "said in a statement"];

/** Titles that precede names, longest first when compiled. Lower-case forms are matched case-insensitively. */
export const TITLES = [
  "Secretary of State", "Deputy Secretary of State", "Secretary of Defense", "Defense Secretary", "Defence Secretary",
  "Foreign Secretary", "Home Secretary", "Secretary-General", "Secretary General", "UN Secretary-General",
  "Prime Minister", "Deputy Prime Minister", "President", "Vice President", "Vice-President", "Crown Prince", "King", "Queen",
  "Emir", "Sheikh", "Prince", "Sultan", "Chancellor", "Foreign Minister", "Defense Minister", "Defence Minister",
  "Minister of Foreign Affairs", "Minister", "Finance Minister", "Interior Minister", "National Security Adviser",
  "National Security Advisor", "Ambassador", "Envoy", "Special Envoy", "Director", "CIA Director", "Director-General",
  "Speaker", "House Speaker", "Senate Majority Leader", "Majority Leader", "Minority Leader", "Leader", "Chairman", "Chairwoman", "Senator", "Sen.",
  "Representative", "Rep.", "Congressman", "Congresswoman", "Governor", "Mayor", "General", "Gen.", "Lt. Gen.",
  "Maj. Gen.", "Admiral", "Adm.", "Colonel", "Col.", "Chief of Staff", "Spokesperson", "Spokesman", "Spokeswoman",
  "spokesperson", "spokesman", "spokeswoman", "Commissioner", "High Representative", "Pope", "Rabbi", "Imam",
  "FM", "PM", "MP", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Lord", "Lady", "Sir", "Dame",
];

/** Role nouns that, with "the", refer back to a person already named ("the secretary", "the prime minister"). */
export const ROLE_NOUNS: Record<string, string> = {
  secretary: "diplomat", "secretary of state": "diplomat", "foreign minister": "diplomat", "foreign secretary": "diplomat",
  "top diplomat": "diplomat", diplomat: "diplomat", "america's top diplomat": "diplomat", "us top diplomat": "diplomat",
  "prime minister": "head_of_government", premier: "head_of_government", president: "head_of_state", king: "head_of_state",
  monarch: "head_of_state", emir: "head_of_state", "crown prince": "head_of_state",
  "defense secretary": "defense", "defence secretary": "defense", "defense minister": "defense", "defence minister": "defense",
  "pentagon chief": "defense", ambassador: "ambassador", envoy: "envoy", "special envoy": "envoy", chancellor: "head_of_government",
};

/** The role class of a title, for matching "the secretary" to "Secretary of State Antony Blinken". */
export function roleClass(title: string | null): string | null {
  if (!title) return null;
  const t = title.toLowerCase().replace(/^(us|u\.s\.|american|the)\s+/, "");
  if (/secretary of state|foreign (minister|secretary)|minister of foreign affairs|top diplomat|foreign policy chief|high representative|^fm$/.test(t)) return "diplomat";
  if (/defen[cs]e (secretary|minister|chief)|secretary of defense|pentagon chief/.test(t)) return "defense";
  if (/prime minister|chancellor|premier/.test(t)) return "head_of_government";
  if (/^(vice )?president|king|queen|emir|crown prince|sultan/.test(t)) return "head_of_state";
  if (/ambassador/.test(t)) return "ambassador";
  if (/envoy/.test(t)) return "envoy";
  return ROLE_NOUNS[t] ?? null;
}

/** Nicknames that name the same person as the full first name. */
export const NICKNAMES: Record<string, string> = {
  tony: "antony", anthony: "antony", bill: "william", will: "william", mike: "michael", joe: "joseph", bob: "robert",
  rob: "robert", jim: "james", jimmy: "james", dick: "richard", rick: "richard", tom: "thomas", dan: "daniel",
  dave: "david", steve: "steven", chris: "christopher", kate: "katherine", liz: "elizabeth", bibi: "benjamin",
  ben: "benjamin", sam: "samuel", alex: "alexander", nick: "nicholas", andy: "andrew", matt: "matthew",
};

/** Capitalised words that start sentences or headings but never names. */
export const NOT_NAME_WORDS = new Set(
  ("The A An He She It They We I You His Her Its Their Our This That These Those There Here In On At By For From To Of With " +
    "But And Or Nor So Yet After Before As While When Where Whether If Although Though Because Since Until During Without Within " +
    "Also Both Some Many Most Several Other Others Another Each Every All Any No Not Only Even Still Then Now Later Earlier " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September " +
    "October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Breaking Related Post Author Written " +
    "Sources Source Officials Critics Subsequent Overland Partisan Prior Talking Addressing Emphasizing What Which Who Whom How Why " +
    "Dead Injured Secretary Meanwhile However Moreover Instead Despite Amid Across Around Over Under Against Between Among Through " +
    "According Affairs Eastern Western Northern Southern Near Issues Relations Israel’s Mr Mrs Ms Dr Read More Watch Photo Image Getty Images Reuters AFP AP Associated Press Share Advertisement").split(/\s+/),
);

/** Head nouns of organisations: a capitalised sequence containing one is an organisation, not a person. */
export const ORG_HEADS =
  /\b(Ministry|Department|Council|Authority|Government|Administration|Mission|Cabinet|Forces|Army|Agency|Program|Programme|Institute|Committee|Office|House|Nations|Union|Party|Parliament|Knesset|Congress|Senate|Pentagon|Kremlin|Commission|Court|Bank|Fund|Organization|Organisation|Foundation|Association|Brigades|Movement|Front|Corps|Guard|Police|Service|Services|Times|Post|News|Press|Network|University|Center|Centre|Group|Crescent|Cross|Unit|Command|Jihad|Declaration|Resolution|Accords?|Agreement|Initiative|Doctrine|Treaty|Plan|Act|Conference|Summit|Forum|Dialogue|Festival|Games|Expo|Olympics|Hamas|Hezbollah|Houthis?|IDF|UNRWA|UN|EU|NATO|WHO|UNICEF|OCHA|CIA)\b/;

/** Number words to values, for counts written out ("two children", "a dozen"). */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, no: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
};

/** Modal phrases that make a verb a plan, not a fact. */
export const FUTURE_MARKERS =
  /(?:\b(will|would|shall|is|are|was|were)|['’]s|['’]re)\s+(?:also\s+|then\s+|now\s+|later\s+)?(?:expected|set|scheduled|due|slated|planning|going|poised|likely|to)\b|\b(will|shall|'ll)\b|\b(plans?|planned|intends?|intended|hopes?)\s+to\b|\bis to\b|\bare to\b/i;
