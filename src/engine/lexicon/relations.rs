//! Words of relations: roles, triggers, hedges and negations that the relation patterns
//! (`relate/`) match against lower-case tokens, as the tokenizer splits them (hyphens and
//! possessives are tokens of their own).
//!
//! Stems are matched as prefixes so that one entry covers a verb's forms ("rais" → raise,
//! raised, raises, raising) without a stemmer.

use crate::engine::text::{join, Words};

/// Roles that name a person's own job at an organization ("chief executive", "analyst").
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
    "chef", "pilot", "doctor", "physician", "surgeon", "teacher", "winger", "playmaker", "skipper",
    "keeper", "fullback", "quarterback", "pitcher", "batsman", "bowler", "driver", "rider",
    "journalist", "columnist", "photographer",
]);

/// The other words of a role phrase, which do not name a job at an organization by
/// themselves: qualifiers ("senior", "vice", "global"), functions ("marketing", "investor
/// relations"), founders (see [`FOUNDER_ROLES`]) and offices the patterns do not read as
/// employment ("minister", "member").
pub const ROLE_QUALIFIERS: Words = Words::new(&[
    "vice", "founder", "co", "cofounder", "general", "minister", "member", "center", "centre",
    "associate", "developer", "provost", "superintendent", "managing", "operating", "financial",
    "technology", "technical", "research", "senior", "junior", "lead", "global", "corporate",
    "sporting", "creative", "investor", "relations", "policy", "operations", "product",
    "marketing", "communications", "affairs", "digital", "assets", "portfolio", "fund",
]);

/// Every word of a role phrase that ties a person to an organization ("senior vice
/// president", "co-founder and chief executive").
pub const ROLES: Words = Words::new(&ROLE_WORDS);
const ROLE_WORDS: [&str; 128] = join(&[CORE_ROLES.words(), ROLE_QUALIFIERS.words()]);

/// Words that make a founder ("co-founder", "founder").
pub const FOUNDER_ROLES: Words = Words::new(&["founder", "cofounder"]);

/// Prepositions after which a name is not the clause's subject.
pub const PREPOSITIONS: Words = Words::new(&[
    "by", "from", "at", "of", "with", "including", "for", "to", "in", "like", "as", "into", "than",
    "against", "via", "on", "over", "through", "between", "among", "under", "about", "after",
    "before", "behind", "former", "rival", "rivals", "than", "and", "or", "nor",
]);

/// Words that deny the fact that follows them: they silence even facts that a modal verb
/// leaves standing.
pub const NEGATIONS: Words = Words::new(&[
    "not", "n't", "’t", "'t", "never", "no", "denied", "denies", "deny", "rejected", "rejects",
]);

/// Words that doubt the fact that follows them: modals, plans, talks and deals that failed.
pub const DOUBTS: Words = Words::new(&[
    "could", "may", "might", "would", "if", "considering", "consider", "considers", "mulling",
    "talks", "rumoured", "rumored", "speculation", "potential", "possible", "possibly", "proposed",
    "explore", "exploring", "whether", "unless", "plans", "planned", "plan", "seeking", "seeks",
    "hopes", "aims", "wants", "failed", "abandoned", "scrapped", "withdrew", "walked",
]);

/// Words that negate or hedge the fact that follows them.
pub const HEDGES: Words = Words::new(&HEDGE_WORDS);
const HEDGE_WORDS: [&str; 45] = join(&[NEGATIONS.words(), DOUBTS.words()]);

/// Stems of verbs by which one organization threatens another's business: whoever "could
/// disrupt" a company's plans competes with it, however hedged the disruption.
pub const THREATEN: Words = Words::new(&[
    "disrupt", "threaten", "undercut", "undermin", "erode", "eroding", "outcompet", "outpac",
    "overtak", "dethron",
]);

/// Stems of verbs and nouns that state money received.
pub const FUNDING_BEFORE: Words = Words::new(&[
    "rais", "secur", "receiv", "garner", "clos", "landed", "obtain", "got", "attract", "lend",
    "lent", "gave", "give", "giving", "grant", "award", "inject", "pledg", "promis", "fund",
    "collect", "bagg", "net",
]);

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

/// Money that is no stake in the receiver: loans, credit, bonds and debt, grants, subsidies,
/// aid and prizes. Whoever it comes from is a lender or a donor, not an investor.
pub const NOT_EQUITY: Words = Words::new(&[
    "loan", "loans", "credit", "facility", "facilities", "bond", "bonds", "debt", "grant",
    "grants", "subsidy", "subsidies", "aid", "prize", "award", "overdraft", "mortgage", "notes",
]);

/// Stems of valuation words.
pub const VALUATION: Words = Words::new(&["valu"]);

/// Stems of acquisition verbs and nouns.
pub const ACQUIRE: Words = Words::new(&[
    "acquir", "acquisition", "buy", "bought", "buys", "takeover", "purchas", "absorb",
]);

/// Stems of partnership wording.
pub const PARTNER: Words = Words::new(&[
    "partner", "alliance", "agreement", "deal", "joint", "collaborat", "teamed", "teaming", "team",
    "consortium", "co-production", "memorandum", "together", "integrat", "tie-up", "pact",
    "contract", "cooperat",
]);

/// Stems of rivalry wording.
pub const RIVAL: Words = Words::new(&["rival", "competitor", "compet"]);

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
