//! Words around and inside names: titles and honorifics, the head nouns that type a name
//! (organizations, institutions, places, events), legal forms and company designators, and
//! the nouns that stand for organizations and products.
//!
//! Lists written with capitals are matched as written (they are the last or first word of a
//! name); lists in lower case are matched against lower-cased words, or, where a rule says so,
//! in their capitalized form ("Mr" for "mr").

use crate::engine::text::{join, Words};

/// Personal honorifics before a name ("Ms Buchtmann", "Dr. Lee"), in lower case. A full stop
/// after them does not end a sentence (the tokenizer), and the tagger keeps them (capitalized)
/// outside a person's name.
pub const HONORIFICS: Words = Words::new(&["mr", "mrs", "ms", "dr", "prof"]);

/// Abbreviated ranks and offices ("Gen.", "Sen."), in lower case: a full stop after them does
/// not end a sentence. Unlike [`HONORIFICS`], the tagger does not strip them from a name's
/// edge (its model was trained to read them).
pub const RANKS: Words = Words::new(&["gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt"]);

/// Abbreviated legal forms of companies ("Co.", "Inc."), in lower case: they keep their full
/// stop inside a name, and a full stop after them does not end a sentence.
pub const COMPANY_ABBREVIATIONS: Words = Words::new(&["inc", "corp", "co", "ltd", "plc"]);

/// Abbreviated generational suffixes of a person's name ("Jr.", "Sr."), like
/// [`COMPANY_ABBREVIATIONS`].
pub const NAME_SUFFIXES: Words = Words::new(&["jr", "sr"]);

/// Plural company abbreviations ("Warner Bros.", "Cos."): they keep their full stop inside a
/// name, but they are not among the tokenizer's abbreviations, where a full stop after them
/// and a capital ends the sentence ("Bros. Television" is split): changing that changes what
/// the tagger reads, which needs measuring first.
pub const PLURAL_COMPANY_ABBREVIATIONS: Words = Words::new(&["bros", "cos"]);

/// Job titles that stay outside a person's name, as written ("Solvane CEO Wei-Lin Tan",
/// "chief executive Dana Whitfield"). "Dr" is also an honorific; as a title it also splits a
/// span that runs on past it.
pub const JOB_TITLES: Words = Words::new(&[
    "CEO", "CFO", "CTO", "COO", "Chairman", "Chairwoman", "President", "Minister", "Dr",
    "Professor", "Senator", "Governor", "Chancellor", "Secretary", "Director", "founder", "chief",
    "executive", "coach", "analyst", "Commissioner",
]);

/// Letters written after a person's name: honours, degrees, ranks of counsel ("Mark
/// Tedeschi, QC"). Read as a name of their own, they are dropped.
pub const POST_NOMINALS: Words = Words::new(&[
    "QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "MP", "MEP", "PhD", "FRS", "Jr", "Jr.",
]);

/// Abbreviations used as common nouns, which FORMAT.md leaves unannotated ("AI" as a topic,
/// "DVD" as a format, "AD"/"BC" after a year).
pub const TOPIC_ABBREVIATIONS: Words = Words::new(&[
    "AI", "GDP", "IPO", "CEO", "CFO", "NFT", "NFTs", "ESG", "DeFi", "IoT", "AGI", "LLM", "LLMs",
    "DVD", "DVDs", "CD", "CDs", "TV", "AD", "BC",
]);

/// Head words of names that end in a number ("Route 66", "Squadron 8", "Interstate 95").
pub const NUMBERED_HEADS: Words = Words::new(&[
    "Route", "Highway", "Interstate", "Squadron", "Flotilla", "Corps", "Fleet", "Wing", "Apollo",
    "Terminal",
]);

/// Lower-case function words and compound tails that never start or end a name ("of Web
/// Summit", "Basel-based").
pub const NAME_GLUE: Words = Words::new(&[
    "of", "and", "for", "in", "on", "at", "a", "an", "to", "by", "with", "based", "led", "backed",
    "owned", "listed", "born", "made", "run", "funded", "focused", "style", "like", "era",
]);

/// Words trimmed from a name's edges, in any case: an article, possessives.
pub const EDGE_JUNK: Words = Words::new(&["the", "'s", "’s", "'", "’", "s"]);

/// Event heads that name an event both at the end of a name ("Cornell Blockchain
/// Conference") and after a year ("2026 Winter Olympics").
pub const EVENT_HEADS_SHARED: Words = Words::new(&[
    "Conference", "Summit", "Expo", "Festival", "Championship", "Championships", "Olympics",
    "Games", "Cup", "Open",
]);

/// Head nouns of event names: the last word of "… Conference", "… Summit", "… Olympics". The
/// heads only after a year are in `amounts::YEAR_EVENT_HEADS`.
pub const EVENT_HEADS: Words = Words::new(&EVENT_HEAD_WORDS);
const EVENT_HEAD_WORDS: [&str; 21] = join(&[
    EVENT_HEADS_SHARED.words(),
    &[
        "Tournament", "Marathon", "Convention", "Hackathon", "Symposium", "Biennale",
        "Paralympics", "War", "Classic", "Prix", "Regatta",
    ],
]);

/// Last words of natural places ("Cayman Islands", "Lake Inari").
pub const LOC_HEADS: Words = Words::new(&[
    "Island", "Islands", "Isles", "River", "Mountains", "Mountain", "Hills", "Bay", "Sea", "Ocean",
    "Peninsula", "Valley", "Forest", "Glacier", "Desert", "Gulf", "Strait", "Beach", "Lagoon",
    "Plateau", "Archipelago", "Coast", "Canyon", "Creek", "Reef", "Volcano", "Lake", "Falls",
    "Sound", "Range", "Park", "Springs", "Heights",
]);

/// First words of two-word natural places ("Lake Inari", "Mount Elgon").
pub const LOC_FIRST_WORDS: Words = Words::new(&["Lake", "Mount", "Mt.", "Isle", "Gulf", "Cape"]);

/// Last words of administrative regions ("Tver Oblast", "Harris County").
pub const GPE_HEADS: Words = Words::new(&[
    "Oblast", "Province", "County", "Municipality", "District", "Prefecture", "Governorate",
    "Township", "Borough", "Voivodeship", "Raion", "Krai", "Canton", "Commune",
]);

/// Last words of buildings and structures ("London Heathrow Airport", "Hoover Dam").
pub const FAC_HEADS: Words = Words::new(&[
    "Airport", "Bridge", "Tunnel", "Stadium", "Arena", "Station", "Tower", "Palace", "Castle",
    "Cathedral", "Museum", "Runway", "Dam", "Canal", "Highway", "Motorway", "Street", "Avenue",
    "Square", "Harbour", "Harbor", "Esplanade", "Lighthouse", "Mosque",
]);

/// Place heads that also end football clubs' names ("Notts County", "Crystal Palace",
/// "Queen's Park"): an organization ending in one stays an organization.
pub const CLUB_HEADS: Words = Words::new(&["County", "Palace", "Park"]);

/// Legal forms that end company names, as written ("Inc.", "GmbH", "plc").
pub const LEGAL_FORMS: Words = Words::new(&[
    "Inc.", "Inc", "Corporation", "Corp.", "Corp", "Co", "Co.", "Plc", "PLC", "plc", "SA", "SpA",
    "AG", "GmbH", "NV", "LLC", "Company", "Ltd", "Ltd.",
]);

/// Words of a trade that end company names ("Harbor Robotics", "Nordlys Therapeutics",
/// "Lattix Systems").
pub const COMPANY_DESIGNATORS: Words = Words::new(&[
    "Robotics", "Technologies", "Systems", "Labs", "Ventures", "Holdings", "Therapeutics",
    "Pharmaceuticals", "Biosciences", "Semiconductor", "Electronics", "Motors", "Networks",
    "Software", "Bancorp", "Investments", "Securities", "Logistics", "Airways", "Aerospace",
    "Industries", "Insurance", "Partners", "Capital",
]);

/// Head nouns that make a name of several words an organization, whatever comes before them
/// ("Villanova Preparatory School", "Rochester Philharmonic Orchestra").
pub const ORG_HEAD_NOUNS: Words = Words::new(&[
    "University", "College", "School", "Institute", "Academy", "Party", "Records", "Airlines",
    "Orchestra", "Quartet", "Committee", "Ministry", "Association", "Society", "Foundation",
    "Conservatory", "Publishing", "Productions",
]);

/// Is `w` (as written) a last word that makes a name an organization: a legal form, a company
/// designator or an organization's head noun?
pub fn is_org_head(w: &str) -> bool {
    LEGAL_FORMS.contains(w) || COMPANY_DESIGNATORS.contains(w) || ORG_HEAD_NOUNS.contains(w)
}

/// Head nouns of institution names that take an "of"/"for" complement ("Monetary Authority
/// of Singapore", "Centre for Disease Control"). It overlaps [`ORG_HEAD_NOUNS`] only in
/// part: a name ending in "Records" is a company, but "Records of" opens no institution.
pub const INSTITUTION_HEADS: Words = Words::new(&[
    "Authority", "Bank", "University", "Ministry", "Department", "Council", "Commission",
    "Institute", "Association", "Board", "Court", "Union", "Federation", "Alliance", "Agency",
    "Office", "Bureau", "Centre", "Center", "College", "School", "Academy", "Society", "Party",
    "Church", "League", "Fund", "Chamber", "Organisation", "Organization", "Foundation",
    "Corporation", "Service", "Army", "Parliament", "Assembly", "Journal",
]);

/// Words that, added to a company's name, still name a company, a part of one or an
/// institution ("Tesla Energy", "BMW Group", "Meridian Air"), in lower case. With the legal
/// forms, designators and head nouns above (in any case) they are the company words of
/// [`is_company_word`].
pub const COMPANY_WORDS: Words = Words::new(&[
    "companies", "se", "group", "holding", "financial", "finance", "bank", "lab", "research",
    "technology", "tech", "media", "studios", "studio", "games", "entertainment", "interactive",
    "digital", "infrastructure", "platforms", "health", "healthcare", "hospital", "pharma",
    "biotech", "semiconductors", "energy", "power", "motor", "automotive", "air", "shipping",
    "stores", "retail", "foods", "brands", "mobile", "telecom", "communications", "wireless",
    "resources", "mining", "services", "solutions", "consulting", "international", "global",
    "worldwide", "ai", "fc", "united", "club", "press", "news", "bioscience", "trust", "fund",
    "exchange", "markets", "team", "federation", "council", "union", "league", "europe", "america",
    "asia", "africa", "express",
]);

/// Is `lower` (a lower-cased word) a word that ends company and institution names: a name
/// that adds one to a company's name is the company itself or another company?
pub fn is_company_word(lower: &str) -> bool {
    LEGAL_FORMS.contains_ignore_ascii_case(lower)
        || COMPANY_DESIGNATORS.contains_ignore_ascii_case(lower)
        || ORG_HEAD_NOUNS.contains_ignore_ascii_case(lower)
        || COMPANY_WORDS.contains(lower)
}

/// Words that never make an alias of a longer name on their own ("Capital" is no short form
/// of "Pantera Capital", "Bank" none of "Deutsche Bank"), in lower case.
pub const STOP_ALIASES: Words = Words::new(&[
    "the", "of", "and", "for", "de", "la", "le", "van", "von", "der", "inc", "corp", "group", "co",
    "ltd", "plc", "llc", "company", "bank", "capital", "ai",
]);

/// Nouns that refer back to an organization ("the company", "the Basel-based lender").
pub const ORG_NOUNS: Words = Words::new(&[
    "company", "firm", "start", "startup", "group", "studio", "lender", "bank", "retailer",
    "exchange", "developer", "operator", "maker", "drugmaker", "carmaker", "chipmaker",
    "automaker", "airline", "club", "insurer", "miner", "carrier", "business", "platform", "lab",
    "fund", "manufacturer", "provider", "supplier", "producer", "giant", "conglomerate", "outfit",
    "venture", "agency", "regulator", "team",
]);

/// Nouns for the maker of a product ("ChatGPT maker OpenAI", "the developer of Fortnite").
pub const MAKER_NOUNS: Words = Words::new(&[
    "maker", "makers", "developer", "developers", "creator", "creators", "manufacturer",
    "publisher", "issuer", "owner",
]);

/// Nouns for a part of a company ("its chip unit", "the cloud division").
pub const BUSINESS_UNITS: Words = Words::new(&["unit", "division", "arm", "subsidiary"]);

/// Is `lower` a noun for a company, its maker role or one of its parts? After a product noun
/// it makes that noun a modifier ("a robot maker", "its chip unit", "the phone business").
pub fn is_company_noun(lower: &str) -> bool {
    ORG_NOUNS.contains(lower) || MAKER_NOUNS.contains(lower) || BUSINESS_UNITS.contains(lower)
}

/// Nouns of product kinds, in lower case (plurals are matched by [`is_product_noun`]).
pub const PRODUCT_NOUNS: Words = Words::new(&[
    "assistant", "chatbot", "model", "chip", "processor", "phone", "smartphone", "handset",
    "tablet", "laptop", "console", "app", "software", "browser", "drug", "vaccine", "medicine",
    "injection", "pill", "robot", "humanoid", "car", "vehicle", "truck", "jet", "aircraft",
    "airliner", "plane", "satellite", "rocket", "token", "stablecoin", "coin", "wallet", "game",
    "device", "headset", "smartwatch", "speaker", "brand", "franchise", "lineup", "series",
    "engine", "platform", "service", "system",
]);

/// Is `lower` (a lower-cased word) a product noun or its plural ("models", "chips")?
pub fn is_product_noun(lower: &str) -> bool {
    PRODUCT_NOUNS.contains(lower)
        || lower.strip_suffix('s').is_some_and(|singular| PRODUCT_NOUNS.contains(singular))
}
