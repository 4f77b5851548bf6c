//! Word lists the relation patterns match against: lower-case tokens, as the tokenizer
//! splits them (hyphens and possessives are tokens of their own).
//!
//! Stems are matched as prefixes so that one entry covers a verb's forms ("rais" → raise,
//! raised, raises, raising) without a stemmer.

use super::Words;

/// Job titles and roles that tie a person to an organization.
pub const ROLES: Words = Words::new(&[
    "ceo", "cfo", "cto", "coo", "cio", "chief", "executive", "president", "vice", "director",
    "head", "chair", "chairman", "chairwoman", "chairperson", "founder", "co", "cofounder",
    "partner", "analyst", "economist", "strategist", "researcher", "scientist", "professor",
    "prof", "fellow", "engineer", "spokesperson", "spokesman", "spokeswoman", "manager", "officer",
    "leader", "captain", "coach", "secretary", "general", "governor", "minister", "trader",
    "curator", "nurse", "meteorologist", "member", "employee", "editor", "correspondent",
    "reporter", "boss", "midfielder", "defender", "forward", "striker", "goalkeeper", "guard",
    "center", "centre", "player", "deputy", "counsel", "principal", "associate", "lecturer",
    "lawyer", "attorney", "banker", "adviser", "advisor", "consultant", "designer", "architect",
    "developer", "staff", "official", "representative", "treasurer", "commissioner",
    "administrator", "dean", "provost", "superintendent", "chancellor", "managing", "operating",
    "financial", "technology", "technical", "research", "senior", "junior", "lead", "global",
    "corporate", "sporting", "creative", "investor", "relations", "policy", "operations",
    "product", "marketing", "communications", "affairs", "digital", "assets", "portfolio", "fund",
    "chef", "pilot", "doctor", "physician", "surgeon", "teacher",
]);

/// Roles that name a person's own job (the others above only qualify one).
pub const CORE_ROLES: Words = Words::new(&[
    "ceo", "cfo", "cto", "coo", "cio", "chief", "executive", "president", "director", "head",
    "chair", "chairman", "chairwoman", "chairperson", "partner", "analyst", "economist",
    "strategist", "researcher", "scientist", "professor", "prof", "fellow", "engineer",
    "spokesperson", "spokesman", "spokeswoman", "manager", "officer", "leader", "captain", "coach",
    "secretary", "governor", "trader", "curator", "nurse", "meteorologist", "employee", "editor",
    "correspondent", "reporter", "boss", "midfielder", "defender", "forward", "striker",
    "goalkeeper", "guard", "player", "deputy", "counsel", "principal", "lecturer", "lawyer",
    "attorney", "banker", "adviser", "advisor", "consultant", "designer", "architect", "official",
    "representative", "treasurer", "commissioner", "administrator", "dean", "chancellor", "staff",
    "chef", "pilot", "doctor", "physician", "surgeon", "teacher",
]);

/// Words that make a founder ("co-founder", "founder").
pub const FOUNDER_ROLES: Words = Words::new(&["founder", "cofounder"]);

/// Prepositions after which a name is not the clause's subject.
pub const PREPOSITIONS: Words = Words::new(&[
    "by", "from", "at", "of", "with", "including", "for", "to", "in", "like", "as", "into", "than",
    "against", "via", "on", "over", "through", "between", "among", "under", "about", "after",
    "before", "behind", "former", "rival", "rivals", "than", "and", "or", "nor",
]);

/// Words that negate or hedge the fact that follows them.
pub const HEDGES: Words = Words::new(&[
    "not", "n't", "’t", "'t", "never", "no", "denied", "denies", "deny", "rejected", "rejects",
    "could", "may", "might", "would", "if", "considering", "consider", "considers", "mulling",
    "talks", "rumoured", "rumored", "speculation", "potential", "possible", "possibly", "proposed",
    "explore", "exploring", "whether", "unless", "plans", "planned", "plan", "seeking", "seeks",
    "hopes", "aims", "wants", "failed", "abandoned", "scrapped", "withdrew", "walked",
]);

/// The hedges above that deny rather than doubt: they silence even facts that a modal
/// verb leaves standing.
pub const NEGATIONS: Words = Words::new(&[
    "not", "n't", "’t", "'t", "never", "no", "denied", "denies", "deny", "rejected", "rejects",
]);

/// Stems of verbs by which one organization threatens another's business: whoever "could
/// disrupt" a company's plans competes with it, however hedged the disruption.
pub const THREATEN: &[&str] = &[
    "disrupt", "threaten", "undercut", "undermin", "erode", "eroding", "outcompet", "outpac",
    "overtak", "dethron",
];

/// Nouns that refer back to the article's main organization ("the company").
pub const ORG_NOUNS: Words = Words::new(&[
    "company", "firm", "start", "startup", "group", "studio", "lender", "bank", "retailer",
    "exchange", "developer", "operator", "maker", "drugmaker", "carmaker", "chipmaker",
    "automaker", "airline", "club", "insurer", "miner", "carrier", "business", "platform", "lab",
    "fund", "manufacturer", "provider", "supplier", "producer", "giant", "conglomerate", "outfit",
    "venture", "agency", "regulator", "team",
]);

/// Stems of verbs and nouns that state money received.
pub const FUNDING_BEFORE: &[&str] = &[
    "rais", "secur", "receiv", "garner", "clos", "landed", "obtain", "got", "attract", "lend",
    "lent", "gave", "give", "giving", "grant", "award", "inject", "pledg", "promis", "fund",
    "collect", "bagg", "net",
];

/// Nouns after an amount that make it money received.
pub const FUNDING_AFTER: Words = Words::new(&[
    "funding", "round", "investment", "grant", "grants", "loan", "loans", "subsidies", "subsidy",
    "financing", "backing", "support", "series", "seed", "credit", "equity", "debt", "injection",
    "fundraise", "fundraising",
]);

/// Words near an amount that make it a price, cost or result rather than money received.
pub const NOT_FUNDING: Words = Words::new(&[
    "revenue", "revenues", "profit", "profits", "sales", "cost", "costs", "spend", "spent",
    "spending", "fee", "fees", "price", "fine", "fined", "paid", "pay", "pays", "paying", "bill",
    "budget", "income", "loss", "losses", "earnings", "deal", "acquisition", "acquire", "buy",
    "bought", "takeover", "offer", "drained", "stolen", "stole", "worth", "market", "turnover",
    "salary", "bonus", "per", "each", "share", "shares", "transfer", "exploit", "hack", "hacked",
    "assets", "inflows", "outflows", "drew", "capitalization",
]);

/// Stems of valuation words.
pub const VALUATION: &[&str] = &["valu"];

/// Stems of acquisition verbs and nouns.
pub const ACQUIRE: &[&str] =
    &["acquir", "acquisition", "buy", "bought", "buys", "takeover", "purchas", "absorb"];

/// Stems of partnership wording.
pub const PARTNER: &[&str] = &[
    "partner", "alliance", "agreement", "deal", "joint", "collaborat", "teamed", "teaming", "team",
    "consortium", "co-production", "memorandum", "together", "integrat", "tie-up", "pact",
    "contract", "cooperat",
];

/// Stems of rivalry wording.
pub const RIVAL: &[&str] = &["rival", "competitor", "compet"];

/// Verbs and nouns of taking part in an event.
pub const PARTICIPATE: Words = Words::new(&[
    "spoke", "speak", "speaking", "speaks", "keynote", "panel", "stage", "attended", "attend",
    "attending", "presented", "present", "presenting", "told", "addressed", "discussed",
    "appeared", "competed", "compete", "played", "won", "win", "wins", "finished", "reached",
    "beat", "beating", "lost", "participated", "took", "unveil", "unveiled", "unveils", "showed",
    "scheduled", "delegates", "audience", "performers", "said", "says",
]);

/// Verbs of making, owning or offering a product.
pub const MAKES: Words = Words::new(&[
    "makes", "made", "make", "owns", "owned", "runs", "run", "sells", "sold", "operates",
    "operated", "offers", "offered", "developed", "develops", "built", "builds", "launched",
    "launches", "released", "releases", "issued", "issues", "designed", "produces", "produced",
    "manufactures", "manufactured", "stewarded", "called", "unveiled", "unveils", "recalled",
    "recalls", "recalling", "recall", "named", "launching", "releasing", "selling",
]);

/// Nouns for the maker of a product ("ChatGPT maker OpenAI", "the developer of Fortnite").
pub const MAKER_NOUNS: Words = Words::new(&[
    "maker", "makers", "developer", "developers", "creator", "creators", "manufacturer",
    "publisher", "issuer", "owner",
]);
