//! Words around and inside names: titles and honorifics, the head nouns that type a name
//! (organizations, institutions, places, events), legal forms and company designators, and
//! the nouns that stand for organizations and products.
//!
//! Lists written with capitals are matched as written (they are the last or first word of a
//! name); lists in lower case are matched against lower-cased words, or, where a rule says so,
//! in their capitalized form ("Mr" for "mr").

use crate::engine::text::{join, Words};

/// Words that open sentences and may stand before a comma ("However, …", "Meanwhile, the
/// company …"), in lower case: never a name there, whatever follows.
pub const SENTENCE_OPENERS: Words = Words::new(&[
    "however", "meanwhile", "separately", "instead", "still", "yet", "also", "now", "then",
    "today", "yesterday", "earlier", "later", "finally", "overall", "indeed", "moreover",
    "nevertheless", "nonetheless", "otherwise", "similarly", "elsewhere", "previously",
    "currently", "recently", "eventually", "initially", "ultimately", "additionally", "again",
    "first", "second", "last", "next", "so", "thus", "therefore", "here", "there", "notably",
    "yes", "no", "well", "perhaps", "typically", "originally",
]);

/// Words that open a sentence before a person's name ("During Rosati's trip", "Neither
/// Lebed nor …", "Instead Joubert kicked …"), in lower case: prepositions, conjunctions and
/// adverbs no person's name starts with. Written with a capital only because they open the
/// sentence, they stay outside the name.
pub const BEFORE_A_NAME: Words = Words::new(&[
    "during", "before", "after", "neither", "either", "both", "when", "while", "although",
    "though", "because", "since", "until", "unless", "if", "once", "whether", "despite", "unlike",
    "without", "within", "upon", "amid", "against", "with", "for", "from", "like", "as", "at",
    "by", "of", "to", "in", "on", "under", "over", "between", "among", "through", "however",
    "meanwhile", "instead", "also", "now", "then", "thus", "therefore", "but", "and", "or", "nor",
    "so", "yet", "still", "even", "only", "later", "earlier", "finally",
]);

/// People of an organization, in the plural, in lower case: "Representatives of First Bank"
/// opening a sentence is the bank's people, not part of its name.
pub const MEMBERS_OF: Words = Words::new(&[
    "representatives", "officials", "members", "shareholders", "employees", "executives",
    "workers", "supporters", "fans", "residents", "leaders", "directors", "investors", "customers",
    "clients", "analysts", "staff", "lawyers", "delegates", "players",
]);

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
    "DVD", "DVDs", "CD", "CDs", "TV", "AD", "BC", "LNG", "LPG", "GPU", "GPUs", "CPU", "CPUs",
    "DRAM", "NAND", "SSD", "SSDs", "ATM", "ATMs", "PC", "PCs", "ID", "IDs", "GMT", "UTC", "EV",
    "EVs", "SUV", "SUVs", "USB", "GPS", "VPN", "API", "APIs", "SIM", "LED", "LEDs", "OLED", "LCD",
    "DNA", "RNA", "mRNA", "CO2", "VAT", "ETF", "ETFs", "M&A", "R&D", "IQ", "HIV", "AIDS", "PhD",
    "MRI", "ICU",
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

/// Lower-case words that can stand inside a name ("Bank of America", "Rio de Janeiro",
/// "Ludwig van Beethoven", "Barclays plc"): any other lower-case word ends one, so "Globex Inc
/// acquired Hooli Inc." is two names, never one.
pub const NAME_CONNECTORS: Words = Words::new(&[
    "of", "and", "the", "for", "on", "in", "at", "to", "by", "with", "without", "upon", "under",
    "over", "de", "del", "della", "dei", "des", "di", "da", "do", "dos", "das", "du", "la", "le",
    "les", "el", "al", "von", "van", "der", "den", "ter", "y", "e", "et", "und", "bin", "ibn",
    "bint", "ben", "zu", "og", "och", "a", "an", "sans", "für", "die", "s", "plc", "inc", "ltd",
    "co", "llc", "gmbh", "mbh", "ag", "sa", "nv", "bv", "spa", "srl", "oy", "ab", "as", "asa",
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
const EVENT_HEAD_WORDS: [&str; 23] = join(&[
    EVENT_HEADS_SHARED.words(),
    &[
        "Tournament", "Marathon", "Convention", "Hackathon", "Symposium", "Biennale",
        "Paralympics", "War", "Classic", "Prix", "Regatta", "Show", "Fair",
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
    "Square", "Harbour", "Harbor", "Esplanade", "Lighthouse", "Mosque", "Prison", "Jail",
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
    "Industries", "Insurance", "Partners", "Capital", "Minerals", "Metals", "Chemicals",
    "Materials", "Cars", "Ratings",
]);

/// Head nouns that make a name of several words an organization, whatever comes before them
/// ("Villanova Preparatory School", "Rochester Philharmonic Orchestra").
pub const ORG_HEAD_NOUNS: Words = Words::new(&[
    "University", "College", "School", "Institute", "Academy", "Party", "Records", "Airlines",
    "Orchestra", "Quartet", "Committee", "Ministry", "Association", "Society", "Foundation",
    "Conservatory", "Publishing", "Productions", "Hospital", "Clinic", "Infirmary",
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
    "Corporation", "Service", "Army", "Parliament", "Assembly", "Journal", "Committee", "Tribunal",
    "Directorate", "Secretariat", "Inspectorate", "Friends", "Programme",
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
    "venture", "agency", "regulator", "team", "band",
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
    "injection", "pill", "antibody", "inhaler", "robot", "humanoid", "car", "vehicle", "truck",
    "jet", "aircraft", "airliner", "plane", "satellite", "rocket", "token", "stablecoin", "coin",
    "wallet", "game", "device", "headset", "smartwatch", "speaker", "brand", "franchise", "lineup",
    "series", "engine", "platform", "service", "system", "equipment", "suv", "e-wallet",
]);

/// Is `lower` (a lower-cased word) a product noun or its plural ("models", "chips")?
pub fn is_product_noun(lower: &str) -> bool {
    PRODUCT_NOUNS.contains(lower)
        || lower.strip_suffix('s').is_some_and(|singular| PRODUCT_NOUNS.contains(singular))
}

/// Titles and offices that may stand before a person's name ("Secretary Lee", "Judge
/// Okafor", "Sen. Lee"), in lower case, besides [`HONORIFICS`] and [`RANKS`]. Clustering
/// reads a person's name without them, so "Secretary Lee" is the "Dana Lee" of the article.
pub const PERSON_TITLES: Words = Words::new(&[
    "president", "minister", "secretary", "senator", "governor", "chancellor", "judge", "justice",
    "mayor", "commissioner", "director", "professor", "chairman", "chairwoman", "chair",
    "ambassador", "general", "admiral", "captain", "coach", "deputy", "representative",
    "congressman", "congresswoman", "sheikh", "king", "queen", "prince", "princess", "pope",
    "bishop", "archbishop", "father", "rabbi", "imam", "inspector", "sergeant", "detective",
    "premier", "sir", "dame", "lord", "lady", "ceo", "chief", "prime", "vice", "councillor",
    "councilor", "councilman", "councilwoman", "alderman", "mp",
]);

/// Is `lower` (a lower-cased word) a title or office before a person's name: an honorific,
/// a rank or one of [`PERSON_TITLES`]?
pub fn is_person_title(lower: &str) -> bool {
    HONORIFICS.contains(lower) || RANKS.contains(lower) || PERSON_TITLES.contains(lower)
}

/// Common English nicknames and the given names they stand for, in lower case ("bob" for
/// "robert"): a general table, not anyone's name. Clustering reads "Bob Smith" as the
/// "Robert Smith" of the article.
pub const NICKNAMES: &[(&str, &str)] = &[
    ("bob", "robert"),
    ("bobby", "robert"),
    ("rob", "robert"),
    ("robbie", "robert"),
    ("bert", "robert"),
    ("bill", "william"),
    ("billy", "william"),
    ("will", "william"),
    ("willie", "william"),
    ("liam", "william"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("jamie", "james"),
    ("mike", "michael"),
    ("mick", "michael"),
    ("mickey", "michael"),
    ("tom", "thomas"),
    ("tommy", "thomas"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("ricky", "richard"),
    ("rich", "richard"),
    ("richie", "richard"),
    ("ted", "edward"),
    ("ed", "edward"),
    ("eddie", "edward"),
    ("ned", "edward"),
    ("tony", "anthony"),
    ("joe", "joseph"),
    ("joey", "joseph"),
    ("dave", "david"),
    ("davey", "david"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("steve", "steven"),
    ("steve", "stephen"),
    ("chris", "christopher"),
    ("chris", "christine"),
    ("chris", "christina"),
    ("matt", "matthew"),
    ("nick", "nicholas"),
    ("sam", "samuel"),
    ("sam", "samantha"),
    ("ben", "benjamin"),
    ("alex", "alexander"),
    ("alex", "alexandra"),
    ("andy", "andrew"),
    ("drew", "andrew"),
    ("pat", "patrick"),
    ("pat", "patricia"),
    ("kate", "katherine"),
    ("kate", "catherine"),
    ("katie", "katherine"),
    ("kathy", "katherine"),
    ("cathy", "catherine"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("betty", "elizabeth"),
    ("lizzie", "elizabeth"),
    ("jen", "jennifer"),
    ("jenny", "jennifer"),
    ("sue", "susan"),
    ("susie", "susan"),
    ("meg", "margaret"),
    ("maggie", "margaret"),
    ("peggy", "margaret"),
    ("jack", "john"),
    ("johnny", "john"),
    ("harry", "henry"),
    ("hank", "henry"),
    ("larry", "lawrence"),
    ("jerry", "gerald"),
    ("greg", "gregory"),
    ("jeff", "jeffrey"),
    ("ken", "kenneth"),
    ("kenny", "kenneth"),
    ("ron", "ronald"),
    ("ronnie", "ronald"),
    ("don", "donald"),
    ("donny", "donald"),
    ("doug", "douglas"),
    ("fred", "frederick"),
    ("freddie", "frederick"),
    ("charlie", "charles"),
    ("chuck", "charles"),
    ("frank", "francis"),
    ("frank", "franklin"),
    ("gene", "eugene"),
    ("jon", "jonathan"),
    ("josh", "joshua"),
    ("nate", "nathan"),
    ("nate", "nathaniel"),
    ("pete", "peter"),
    ("phil", "philip"),
    ("ray", "raymond"),
    ("tim", "timothy"),
    ("vic", "victor"),
    ("walt", "walter"),
    ("zach", "zachary"),
    ("abby", "abigail"),
    ("becky", "rebecca"),
    ("debbie", "deborah"),
    ("jess", "jessica"),
    ("mandy", "amanda"),
    ("pam", "pamela"),
    ("sally", "sarah"),
    ("val", "valerie"),
    ("al", "albert"),
    ("al", "alan"),
    ("al", "alfred"),
    ("max", "maximilian"),
    ("tess", "theresa"),
    ("trish", "patricia"),
    ("vince", "vincent"),
];

/// Can the given names `a` and `b` (lower case) name one person: the same name, a nickname
/// of the other or both of one name ("bob", "robert", "rob"), or an initial of it ("r")?
pub fn same_given_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let initial = |i: &str, n: &str| i.chars().count() == 1 && n.starts_with(i);
    if initial(a, b) || initial(b, a) {
        return true;
    }
    let formal_of = |n: &str, f: &str| NICKNAMES.iter().any(|&(k, v)| k == n && v == f);
    formal_of(a, b) || formal_of(b, a) || NICKNAMES.iter().any(|&(k, f)| k == a && formal_of(b, f))
}

/// Capitalized common words of trades, fields and public tasks that organization names join
/// with "and" or list between commas ("… Aerospace and Defence", "Ministry of Housing,
/// Communities and Local Government", "Institute for Energy Economics and Financial
/// Analysis"), as written. Unlike a proper name, such a word after "and" continues the name.
pub const SECTOR_WORDS: Words = Words::new(&[
    "Defence", "Defense", "Space", "Aerospace", "Civil", "Engineering", "Construction",
    "Development", "Marine", "Energy", "Industrial", "Technology", "Services", "Security",
    "Savings", "Loan", "Loans", "Investment", "Finance", "Financial", "Trust", "Insurance",
    "Shipping", "Mining", "Power", "Gas", "Electric", "Water", "Media", "Communications",
    "Medical", "Devices", "Health", "Social", "Care", "Research", "Education", "Science",
    "Sciences", "Culture", "Sport", "Sports", "Trade", "Industry", "Commerce", "Agriculture",
    "Fisheries", "Forests", "Forestry", "Transport", "Infrastructure", "Housing", "Communities",
    "Local", "Government", "Public", "Credit", "Analysis", "Economics", "Economic", "Policy",
    "Affairs", "Justice", "Environment", "Environmental", "Planning", "Innovation", "Skills",
    "Employment", "Labour", "Labor", "Pensions", "Welfare", "Heritage", "Arts", "Tourism", "Food",
    "Rural", "Maritime", "Foreign", "Home", "Family", "Youth", "Veterans", "Consumer",
    "Competition", "Markets", "Digital", "Statistics", "Studies", "Training", "Safety",
    "Emergency", "Relief", "Rescue", "Recovery", "Repair", "Supply", "Supplies", "Equipment",
    "Materials", "Chemicals", "Steel", "Metals", "Oil", "Petroleum", "Utilities", "Telecom",
]);

/// Lower-case particles inside and before surnames ("Olivier van den Broek", "Hessa bint
/// Khalifa", "Ana Cristina dos Santos"); written capitalized they may start a name ("Van
/// den Broek said").
pub const NAME_PARTICLES: Words = Words::new(&[
    "van", "von", "der", "den", "de", "da", "dos", "das", "du", "di", "del", "della", "la", "le",
    "bin", "bint", "ibn", "al", "el", "ter", "ten", "wa",
]);

/// Words after a name and its number that are still part of a product's name ("X7 Ultra",
/// "Snapdragon 8 Elite", "Galaxy S24 Plus"), as written.
pub const MODEL_SUFFIXES: Words = Words::new(&[
    "Pro", "Ultra", "Max", "Plus", "Mini", "Lite", "Elite", "Edition", "Air", "XL", "SE", "Neo",
]);

/// Last words of names that take a number without being products ("Route 66", "Channel 4",
/// "Ligue 1", "Terminal 5", "Fab 15"), besides [`NUMBERED_HEADS`].
pub const NUMBERED_NON_PRODUCTS: Words = Words::new(&[
    "Channel", "Radio", "Ligue", "Division", "League", "Formula", "Group", "Article", "Section",
    "Chapter", "Phase", "Stage", "Level", "Class", "Tier", "Gate", "Pier", "Platform", "Building",
    "Block", "Hall", "Unit", "Fab", "Line", "Week", "Day", "Round", "Game", "Match", "Season",
    "Volume", "Act", "Plant", "Reactor", "Station", "Pavilion", "Court", "Berth", "Dock",
]);

/// Words before "Center"/"Centre" that make it a building rather than an institution
/// ("Kennedy Space Center", "Shenzhen Bay Sports Center", "Mission Control Centre"; but
/// "Pew Research Center").
pub const FAC_CENTER_MODIFIERS: Words = Words::new(&[
    "Space", "Sports", "Sport", "Control", "Convention", "Conference", "Exhibition", "Shopping",
    "Sliding", "Aquatic", "Aquatics", "Civic", "Community", "Leisure", "Trade", "Visitor",
    "Events", "Distribution", "Fulfillment", "Fulfilment", "Logistics", "Airlines", "Arts",
    "Performing", "Mission", "Operations", "Tennis", "Olympic", "Transit", "Data", "Congress",
    "Financial", "Media",
]);

/// Last words of facilities besides [`FAC_HEADS`] ("Keppel Terminal", "KSPO Dome", "Pedro
/// Miguel Locks", "Sand Hill Road").
pub const MORE_FAC_HEADS: Words = Words::new(&[
    "Terminal", "Dome", "Locks", "Lock", "Spaceport", "Racecourse", "Showgrounds", "Road",
    "Hauptbahnhof", "Velodrome", "Speedway", "Raceway", "Ballpark", "Coliseum", "Colosseum",
    "Amphitheatre", "Amphitheater", "Boulevard",
]);

/// Last words of facilities that also end organization names ("Armley Library", "Corrib
/// Wing", but "the New York Public Library" as an institution, a party's "Youth Wing"): they
/// make a facility of a name read as a person or a place, never of an organization.
pub const WEAK_FAC_HEADS: Words = Words::new(&[
    "Library", "Wing", "Complex", "Theatre", "Theater", "Mall", "Prison", "Shipyard", "Refinery",
    "Observatory",
]);

/// Words before "Hall" that make it a building rather than a body ("Leeds Civic Hall",
/// "Royal Festival Hall"; but "Tammany Hall", a city's "City Hall" speaking for it).
pub const FAC_HALL_MODIFIERS: Words =
    Words::new(&["Civic", "Concert", "Music", "Exhibition", "Festival", "Sports", "Market"]);

/// Is `w` (as written) the last word of a facility's name ("Airport", "Terminal")? With
/// `weak`, also the heads of [`WEAK_FAC_HEADS`].
pub fn is_fac_head(w: &str, weak: bool) -> bool {
    FAC_HEADS.contains(w) || MORE_FAC_HEADS.contains(w) || (weak && WEAK_FAC_HEADS.contains(w))
}

/// Nouns of named vehicles and craft, in lower case ("the tanker Capitán Ruiz", "the rover
/// Perseverance", "Greta Lindholm, a climate satellite"): a name they describe is a
/// PRODUCT, however much it looks like a person's.
pub const VEHICLE_NOUNS: Words = Words::new(&[
    "ship", "vessel", "tanker", "freighter", "ferry", "liner", "yacht", "boat", "submarine",
    "frigate", "destroyer", "cruiser", "warship", "icebreaker", "barge", "trawler",
    "containership", "rover", "spacecraft", "probe", "lander", "capsule", "satellite", "rocket",
    "telescope", "airliner", "jet", "helicopter", "drone", "hatchback", "sedan", "suv", "suvs",
    "locomotive", "car", "cars", "truck", "launcher", "booster", "vehicle", "aircraft", "plane",
    "robot",
]);

/// Nouns for organizations that describe a name, besides [`ORG_NOUNS`], in lower case ("the
/// consultancy Roland Berger", "the jeweller Castellane", "pawnshop chain Cebuana").
pub const MORE_ORG_NOUNS: Words = Words::new(&[
    "consultancy", "jeweller", "jeweler", "grocer", "lessor", "chain", "publisher", "broadcaster",
    "newspaper", "daily", "magazine", "airline", "automaker", "contractor", "charity", "union",
    "ministry", "watchdog", "utility", "brewer", "distributor", "shipowner", "shipbuilder",
    "startup", "start-up", "firm", "company", "lender", "insurer", "bank", "fintech", "broker",
    "brokerage", "carmaker", "drugmaker", "chipmaker", "manufacturer", "operator", "subsidiary",
    "retailer", "supplier", "marketplace", "conglomerate", "cooperative", "co-operative",
    "partnership", "practice", "association", "federation", "institute", "foundation", "agency",
    "regulator", "club", "league", "party", "outlet", "institution", "organisation",
    "organization",
]);

/// Nouns for people that describe a name, in lower case ("chief executive Dana Whitfield",
/// "Aurelia Byrne, a singer-songwriter"): evidence that a name is a person's.
pub const PERSON_NOUNS: Words = Words::new(&[
    "executive", "spokesperson", "spokesman", "spokeswoman", "analyst", "economist", "minister",
    "president", "singer", "singer-songwriter", "actor", "actress", "director", "founder",
    "co-founder", "chairman", "chairwoman", "player", "striker", "coach", "author", "writer",
    "journalist", "reporter", "lawyer", "judge", "scientist", "researcher", "professor",
    "engineer", "farmer", "son", "daughter", "wife", "husband", "father", "mother", "brother",
    "sister", "manager", "officer", "chief", "leader", "official", "designer", "architect",
    "composer", "artist", "candidate", "senator", "governor", "mayor", "politician", "activist",
    "student", "resident", "pilot", "captain", "driver", "rider", "champion", "colleague",
    "grandmother", "grandfather", "entrepreneur", "banker", "trader", "doctor", "nurse", "teacher",
    "worker", "employee", "fan", "man", "woman", "boy", "girl", "chef", "photographer",
    "filmmaker", "producer", "novelist", "poet", "physicist", "chemist", "biologist",
    "nephrologist", "egyptologist", "diplomat", "ambassador", "secretary", "commissioner",
    "rapporteur", "deputy", "lawmaker", "councillor", "councilor", "child", "baby", "infant",
    "toddler", "niece", "nephew", "cousin", "grandson", "granddaughter", "widow", "widower",
    "fiancé", "fiancée", "girlfriend", "boyfriend", "victim", "patient", "suspect", "defendant",
]);

/// Person nouns of family and of a person's place in a story, among [`PERSON_NOUNS`]: "the
/// son of Dana Lee" names no employer, as "an analyst at Messari" does.
pub const KIN_NOUNS: Words = Words::new(&[
    "son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "child", "baby",
    "infant", "toddler", "niece", "nephew", "cousin", "grandson", "granddaughter", "grandmother",
    "grandfather", "widow", "widower", "fiancé", "fiancée", "girlfriend", "boyfriend", "victim",
    "patient", "suspect", "defendant", "man", "woman", "boy", "girl", "fan", "colleague",
    "resident", "student",
]);

/// Nouns for facilities that describe a name, in lower case ("the Caeté nickel mine").
pub const FAC_NOUNS: Words = Words::new(&[
    "stadium", "arena", "airport", "terminal", "mine", "plant", "factory", "refinery", "bridge",
    "tunnel", "museum", "hotel", "building", "tower", "station", "campus", "venue", "racecourse",
    "circuit", "canal", "dam", "warehouse", "smelter", "fab", "piste", "spaceport", "port",
]);

/// Nouns for events that describe a name, in lower case ("the Danish Days festival",
/// "the ADIPEC exhibition", "cyclone Idai").
pub const EVENT_NOUNS: Words = Words::new(&[
    "festival", "conference", "summit", "fair", "exhibition", "expo", "tournament", "championship",
    "cyclone", "storm", "hurricane", "typhoon", "wildfire", "convention", "marathon", "olympics",
]);

/// Capitalized words that start the names of storms and operations ("Cyclone Tafara",
/// "Hurricane Maria", "Operation First Light"): such a name is an EVENT, and so is its name
/// alone ("Tafara").
pub const EVENT_KINDS: Words =
    Words::new(&["Cyclone", "Hurricane", "Typhoon", "Storm", "Operation", "Tropical"]);

/// Nouns for natural places that describe a name, in lower case ("the Bu Sikeen gas
/// field", "the Maricunga salt flat").
pub const LOC_NOUNS: Words =
    Words::new(&["field", "basin", "peninsula", "plains", "plain", "flat", "flats", "reserve"]);

/// Nouns for cities and regions that describe a name, in lower case ("the port city of
/// Beira", "Settat, a farming town").
pub const GPE_NOUNS: Words = Words::new(&[
    "city", "town", "village", "province", "state", "county", "district", "capital", "country",
    "region", "municipality", "suburb", "emirate", "kingdom",
]);

/// Last words of a reporter's role in a byline ("Health Correspondent", "Religious Affairs
/// Correspondent"), as written: such a span is a role, not an organization.
pub const ROLE_WORDS: Words = Words::new(&[
    "Correspondent", "Editor", "Reporter", "Columnist", "Writer", "Photographer", "Contributor",
]);

/// Endings of the international nonproprietary names of drugs ("sibelatamab", "imatinib",
/// "semaglutide", "atrasentan"), in lower case: word endings, not names. A lower-case word
/// with one of them in parentheses after a name is the generic name of that brand
/// ("Renvaxa (sibelatamab)"); the longer ones mark a drug anywhere.
pub const DRUG_ENDINGS: &[&str] = &[
    "mab", "tinib", "ciclib", "rafenib", "glutide", "gliflozin", "gliptin", "sentan", "sartan",
    "prazole", "vastatin", "floxacin", "mycin", "cillin", "parin", "platin", "tecan", "dronate",
    "lukast", "setron", "triptan", "copan", "vir", "pril", "olol", "dipine", "azole", "cept",
];

/// Is `w` (a lower-case word of eight letters or more) a drug's generic name by its ending?
/// With `strong`, only the endings no common word has ("-mab", "-tinib", "-glutide").
pub fn is_drug_name(w: &str, strong: bool) -> bool {
    let endings = if strong { &DRUG_ENDINGS[..10] } else { DRUG_ENDINGS };
    w.len() >= 8
        && w.chars().all(|c| c.is_ascii_lowercase())
        && endings.iter().any(|e| w.ends_with(e))
}

/// Labels of captions and credits, as written ("Photo: Ana Lima/Getty Images"): before a
/// colon they are no names.
pub const CAPTION_LABELS: Words = Words::new(&[
    "Photo", "Photograph", "Image", "Picture", "Credit", "Source", "Video", "Graphic",
    "Illustration", "Caption", "Watch", "Listen",
]);
