//! Table-driven tests per pattern family, on small handmade sentences with hand-placed
//! entity spans. Each table has positives and negatives (negation, hedges, wrong type pairs,
//! entities in different sentences).

use super::relate;
use crate::engine::types::{Analysis, BlockKind, EntityType, Span};
use crate::engine::{cluster, tokenize, Sentence};
use EntityType::*;

/// Relations found in `text` with the marked mentions (in text order), as
/// "HEAD TYPE TAIL" lines with entity names, sorted.
fn facts(text: &str, marks: &[(&str, EntityType)]) -> Vec<String> {
    let candidates = crate::engine::marked(text, marks);
    let all = Span::new(0, text.len());
    let sentences: Vec<Sentence> = tokenize::sentences(text, all)
        .into_iter()
        .map(|span| Sentence {
            span,
            tokens: tokenize::tokens(text, span),
            block: BlockKind::Paragraph,
        })
        .collect();
    let (mentions, entities) = cluster::cluster(text, &sentences, &candidates);
    let analysis = Analysis {
        sentences: sentences.iter().map(|s| s.span).collect(),
        mentions,
        entities,
        ..Analysis::default()
    };
    let rels = relate(text, &sentences, &analysis);
    for r in &rels {
        assert!((0.0..=1.0).contains(&r.confidence));
        assert!(sentences.iter().any(|s| s.span == r.evidence), "evidence is a sentence");
    }
    let mut out: Vec<String> = rels
        .iter()
        .map(|r| {
            let (mut h, mut t) =
                (analysis.entity(r.head).name.as_str(), analysis.entity(r.tail).name.as_str());
            // Symmetric relations read in name order, whichever entity came first.
            if r.ty.is_symmetric() && t < h {
                std::mem::swap(&mut h, &mut t);
            }
            format!("{h} {} {t}", r.ty.label())
        })
        .collect();
    out.sort();
    out
}

type Case<'a> = (&'a str, Vec<(&'a str, EntityType)>, Vec<&'a str>);

fn check(cases: Vec<Case>) {
    for (text, marks, want) in cases {
        let mut want: Vec<String> = want.into_iter().map(String::from).collect();
        want.sort();
        assert_eq!(facts(text, &marks), want, "text: {text}");
    }
}

#[test]
fn employment() {
    check(vec![
        (
            "Industry voices, including Matt Stephenson from Pantera Capital, agreed.",
            vec![("Matt Stephenson", Person), ("Pantera Capital", Org)],
            vec!["Matt Stephenson EMPLOYED_BY Pantera Capital"],
        ),
        (
            "“It works,” said Juan Leon, a senior analyst at Bernstein.",
            vec![("Juan Leon", Person), ("Bernstein", Org)],
            vec!["Juan Leon EMPLOYED_BY Bernstein"],
        ),
        (
            "Solvane CEO Wei Tan apologised.",
            vec![("Solvane", Org), ("Wei Tan", Person)],
            vec!["Wei Tan EMPLOYED_BY Solvane"],
        ),
        (
            "Jane Doe, chief executive of Kova Robotics, spoke.",
            vec![("Jane Doe", Person), ("Kova Robotics", Org)],
            vec!["Jane Doe EMPLOYED_BY Kova Robotics"],
        ),
        (
            "At the event, Microsoft’s Yorke Rhodes discussed AI.",
            vec![("Microsoft", Org), ("Yorke Rhodes", Person)],
            vec!["Yorke Rhodes EMPLOYED_BY Microsoft"],
        ),
        (
            "“No,” said Kenneth Liu, TSMC’s head of investor relations.",
            vec![("Kenneth Liu", Person), ("TSMC", Org)],
            vec!["Kenneth Liu EMPLOYED_BY TSMC"],
        ),
        (
            "Meridian’s chief executive, Theo Marchetti, said so.",
            vec![("Meridian", Org), ("Theo Marchetti", Person)],
            vec!["Theo Marchetti EMPLOYED_BY Meridian"],
        ),
        (
            "Park Ji-hoon, who runs Samsung’s mobile business, agreed.",
            vec![("Park Ji-hoon", Person), ("Samsung", Org)],
            vec!["Park Ji-hoon EMPLOYED_BY Samsung"],
        ),
        // A co-founder with a role is both founder and employee.
        (
            "Jean Barrault, Lumière’s co-founder and chief executive, spoke.",
            vec![("Jean Barrault", Person), ("Lumière", Org)],
            vec!["Jean Barrault EMPLOYED_BY Lumière", "Jean Barrault FOUNDED Lumière"],
        ),
        // Negatives: a person and an organization merely in one sentence; in two sentences;
        // a place is no employer.
        (
            "Jane Doe praised Nvidia in a speech.",
            vec![("Jane Doe", Person), ("Nvidia", Org)],
            vec![],
        ),
        (
            "Jane Doe spoke. Nvidia, a chipmaker, listened.",
            vec![("Jane Doe", Person), ("Nvidia", Org)],
            vec![],
        ),
        (
            "Jane Doe, a senior analyst at Paris, spoke.",
            vec![("Jane Doe", Person), ("Paris", Gpe)],
            vec![],
        ),
    ]);
}

#[test]
fn funding_valuation_investment() {
    check(vec![
        ("Mistral AI concluded a round, raising €600 million (approximately $640 million).", vec![("Mistral AI", Org), ("€600 million", Money), ("$640 million", Money)],
            vec!["Mistral AI FUNDING $640 million", "Mistral AI FUNDING €600 million"]),
        ("Mistral AI won support, such as Microsoft’s $16 million investment in February.", vec![("Mistral AI", Org), ("Microsoft", Org), ("$16 million", Money)],
            vec!["Microsoft INVESTED_IN Mistral AI", "Mistral AI FUNDING $16 million"]),
        ("Mistral AI builds models like those of giants like OpenAI, with a valuation exceeding $90 billion.", vec![("Mistral AI", Org), ("OpenAI", Org), ("$90 billion", Money)], vec!["OpenAI VALUATION $90 billion"]),
        ("This funding has elevated Mistral AI’s valuation to $6 billion.", vec![("Mistral AI", Org), ("$6 billion", Money)], vec!["Mistral AI VALUATION $6 billion"]),
        ("Kova raised $120m in a round led by EQT Ventures and is valued at $900 million.", vec![("Kova", Org), ("$120m", Money), ("EQT Ventures", Org), ("$900 million", Money)],
            vec!["EQT Ventures INVESTED_IN Kova", "Kova FUNDING $120m", "Kova VALUATION $900 million"]),
        ("Microsoft, a key investor in OpenAI, watches closely.", vec![("Microsoft", Org), ("OpenAI", Org)], vec!["Microsoft INVESTED_IN OpenAI"]),
        ("Helix AI, the lab backed by SAP and the venture firm Lakestar, shipped a model.", vec![("Helix AI", Org), ("SAP", Org), ("Lakestar", Org)],
            vec!["Lakestar INVESTED_IN Helix AI", "SAP INVESTED_IN Helix AI"]),
        // Negatives: contingent amounts, prices, hedges, revenue.
        ("Novartis could pay up to $2 billion in milestones to Nordlys.", vec![("Novartis", Org), ("$2 billion", Money), ("Nordlys", Org)], vec![]),
        ("Novartis agreed to acquire Nordlys for $6.8 billion in cash.", vec![("Novartis", Org), ("Nordlys", Org), ("$6.8 billion", Money)], vec!["Novartis ACQUIRED Nordlys"]),
        ("Acme may raise $50 million next year.", vec![("Acme", Org), ("$50 million", Money)], vec![]),
        ("Acme reported revenue of $50 million.", vec![("Acme", Org), ("$50 million", Money)], vec![]),
        ("Acme raised money. It was $50 million.", vec![("Acme", Org), ("$50 million", Money)], vec![]),
    ]);
}

#[test]
fn acquisitions_partners_rivals() {
    check(vec![
        ("It is the biggest deal Novartis has struck since it bought AveXis in 2018.", vec![("Novartis", Org), ("AveXis", Org)], vec!["Novartis ACQUIRED AveXis"]),
        ("Elpida was acquired by Micron in 2013.", vec![("Elpida", Org), ("Micron", Org)], vec!["Micron ACQUIRED Elpida"]),
        ("Rio Tinto completed its acquisition of Arcadium Lithium.", vec![("Rio Tinto", Org), ("Arcadium Lithium", Org)], vec!["Rio Tinto ACQUIRED Arcadium Lithium"]),
        ("A successful Apple-OpenAI alliance could follow.", vec![("Apple", Org), ("OpenAI", Org)], vec!["Apple PARTNER_OF OpenAI"]),
        ("These dynamics intensify with OpenAI’s recent partnerships with Apple.", vec![("OpenAI", Org), ("Apple", Org)], vec!["Apple PARTNER_OF OpenAI"]),
        ("Mistral AI’s partnerships with cloud providers like Microsoft Azure matter. Microsoft sells it.", vec![("Mistral AI", Org), ("Microsoft Azure", Product), ("Microsoft", Org)],
            vec!["Microsoft Azure PRODUCT_OF Microsoft", "Microsoft PARTNER_OF Mistral AI"]),
        ("It was built by a joint venture of BESIX and Orascom.", vec![("BESIX", Org), ("Orascom", Org)], vec!["BESIX PARTNER_OF Orascom"]),
        ("Lattix competes with CrowdStrike and SentinelOne.", vec![("Lattix", Org), ("CrowdStrike", Org), ("SentinelOne", Org)],
            vec!["CrowdStrike COMPETITOR_OF Lattix", "Lattix COMPETITOR_OF SentinelOne"]),
        ("MSC, Maersk’s biggest rival, rerouted ships.", vec![("MSC", Org), ("Maersk", Org)], vec!["MSC COMPETITOR_OF Maersk"]),
        // Negatives: denial and hedges; "deal" without "with"; rivalry without a second party.
        ("Apple denied it would acquire Peloton.", vec![("Apple", Org), ("Peloton", Org)], vec![]),
        ("Apple is in talks to buy Peloton.", vec![("Apple", Org), ("Peloton", Org)], vec![]),
        ("Apple may form a partnership with Peloton.", vec![("Apple", Org), ("Peloton", Org)], vec![]),
        ("Apple and Peloton reported results.", vec![("Apple", Org), ("Peloton", Org)], vec![]),
    ]);
}

#[test]
fn founding_location_products_events() {
    check(vec![
        (
            "Nordlys was founded in 2016 by Mette Kjær and Søren Holm, two researchers.",
            vec![("Nordlys", Org), ("2016", Date), ("Mette Kjær", Person), ("Søren Holm", Person)],
            vec!["Mette Kjær FOUNDED Nordlys", "Søren Holm FOUNDED Nordlys"],
        ),
        (
            "Dan, who founded the Save Romania Union in 2016, ran.",
            vec![("Dan", Person), ("Save Romania Union", Org), ("2016", Date)],
            vec!["Dan FOUNDED Save Romania Union"],
        ),
        (
            "Singapore-based crypto exchange Solvane halted withdrawals.",
            vec![("Singapore", Gpe), ("Solvane", Org)],
            vec!["Solvane LOCATED_IN Singapore"],
        ),
        (
            "Elliptic, a London-based competitor, linked the wallets.",
            vec![("Elliptic", Org), ("London", Gpe)],
            vec!["Elliptic LOCATED_IN London"],
        ),
        (
            "Japan’s Rapidus plans mass production.",
            vec![("Japan", Gpe), ("Rapidus", Org)],
            vec!["Rapidus LOCATED_IN Japan"],
        ),
        (
            "It built a second factory in Phoenix, Arizona, last year.",
            vec![("Phoenix", Gpe), ("Arizona", Gpe)],
            vec!["Phoenix LOCATED_IN Arizona"],
        ),
        (
            "The tournament is staged across South Africa, Zimbabwe and Namibia.",
            vec![("South Africa", Gpe), ("Zimbabwe", Gpe), ("Namibia", Gpe)],
            vec![],
        ),
        (
            "He was one of the standouts at Euro 2024 in Germany.",
            vec![("Euro 2024", Event), ("Germany", Gpe)],
            vec!["Euro 2024 LOCATED_IN Germany"],
        ),
        (
            "The chip was made in Hillsboro in Oregon.",
            vec![("Hillsboro", Gpe), ("Oregon", Gpe)],
            vec!["Hillsboro LOCATED_IN Oregon"],
        ),
        (
            "It will use Microsoft’s Copilot assistant.",
            vec![("Microsoft", Org), ("Copilot", Product)],
            vec!["Copilot PRODUCT_OF Microsoft"],
        ),
        (
            "Stablecoins such as USDC, issued by Circle, settle fast.",
            vec![("USDC", Product), ("Circle", Org)],
            vec!["USDC PRODUCT_OF Circle"],
        ),
        (
            "Virtanen dismissed Tesla, whose Optimus humanoid is late.",
            vec![("Virtanen", Person), ("Tesla", Org), ("Optimus", Product)],
            vec!["Optimus PRODUCT_OF Tesla"],
        ),
        (
            "At the recent Cornell Blockchain Conference, Microsoft’s Yorke Rhodes discussed AI.",
            vec![
                ("Cornell Blockchain Conference", Event),
                ("Microsoft", Org),
                ("Yorke Rhodes", Person),
            ],
            vec![
                "Yorke Rhodes EMPLOYED_BY Microsoft",
                "Yorke Rhodes PARTICIPANT_IN Cornell Blockchain Conference",
            ],
        ),
        // Negatives: a product and an unrelated company; an event in another sentence; a
        // person is never located in a place.
        ("Samsung phones run Gemini.", vec![("Samsung", Org), ("Gemini", Product)], vec![]),
        (
            "Jane Doe spoke on Monday. Web Summit opened in May.",
            vec![("Jane Doe", Person), ("Web Summit", Event)],
            vec![],
        ),
        ("Jane Doe in Paris said so.", vec![("Jane Doe", Person), ("Paris", Gpe)], vec![]),
    ]);
}

#[test]
fn odd_input_never_panics() {
    let cases: Vec<(&str, Vec<(&str, EntityType)>)> = vec![
        ("", vec![]),
        ("’s", vec![]),
        ("Acme’", vec![("Acme", Org)]),
        ("- based", vec![]),
        ("Paris-based", vec![("Paris", Gpe)]),
        ("founded by", vec![]),
        ("$5 million", vec![("$5 million", Money)]),
        ("rival Acme", vec![("Acme", Org)]),
        ("Acme Acme’s Acme", vec![("Acme", Org), ("Acme", Org), ("Acme", Org)]),
        ("😀 Acme raised €5 million 😀", vec![("Acme", Org), ("€5 million", Money)]),
    ];
    for (text, marks) in cases {
        let _ = facts(text, &marks);
    }
}

#[test]
fn relations_are_deduplicated_and_sorted() {
    let text = "Apple partnered with OpenAI. OpenAI signed a partnership with Apple.";
    let got = facts(text, &[("Apple", Org), ("OpenAI", Org), ("OpenAI", Org), ("Apple", Org)]);
    assert_eq!(got, vec!["Apple PARTNER_OF OpenAI"]);
}

#[test]
fn locations_chains_and_descriptions() {
    check(vec![
        // A chain of places followed by "and" and no further place is still a chain.
        (
            "Power comes from a plant in Lusby, Maryland, and from other sites.",
            vec![("Lusby", Gpe), ("Maryland", Gpe)],
            vec!["Lusby LOCATED_IN Maryland"],
        ),
        (
            "It is building a fab in Chitose, Hokkaido, and has been promised support.",
            vec![("Chitose", Gpe), ("Hokkaido", Gpe)],
            vec!["Chitose LOCATED_IN Hokkaido"],
        ),
        // "the X-based company" points back to the previous sentence's subject.
        (
            "BYD sold more cars. The Shenzhen-based company has overtaken rivals.",
            vec![("BYD", Org), ("Shenzhen", Gpe)],
            vec!["BYD LOCATED_IN Shenzhen"],
        ),
        // Negatives: a list with "and" before a place; the description never names an
        // organization named in its own sentence.
        (
            "Matches are played in Harare, Windhoek, and Cape Town.",
            vec![("Harare", Gpe), ("Windhoek", Gpe), ("Cape Town", Gpe)],
            vec![],
        ),
        (
            "Tesla sold more cars. The Shenzhen-based company has overtaken Tesla.",
            vec![("Tesla", Org), ("Shenzhen", Gpe), ("Tesla", Org)],
            vec![],
        ),
    ]);
}

#[test]
fn products_appositions_makers_and_verbs() {
    check(vec![
        (
            "Lumière’s flagship model, Lumen-2, was released in March.",
            vec![("Lumière", Org), ("Lumen-2", Product)],
            vec!["Lumen-2 PRODUCT_OF Lumière"],
        ),
        (
            "Food and Hearth & Home, Brightwell’s own-label range of kitchenware, led the gains.",
            vec![("Hearth & Home", Product), ("Brightwell", Org)],
            vec!["Hearth & Home PRODUCT_OF Brightwell"],
        ),
        (
            "QuTech will open the chip through Quantum Inspire, its cloud platform.",
            vec![("QuTech", Org), ("Quantum Inspire", Product)],
            vec!["Quantum Inspire PRODUCT_OF QuTech"],
        ),
        (
            "Shares of ChatGPT maker OpenAI rose.",
            vec![("ChatGPT", Product), ("OpenAI", Org)],
            vec!["ChatGPT PRODUCT_OF OpenAI"],
        ),
        (
            "Black Alder, the Polish studio behind the hit Ashen Crown, cut jobs.",
            vec![("Black Alder", Org), ("Polish", Norp), ("Ashen Crown", Product)],
            vec!["Ashen Crown PRODUCT_OF Black Alder"],
        ),
        (
            "Volkswagen is recalling about 312,000 Atlas and Atlas Cross Sport vehicles.",
            vec![("Volkswagen", Org), ("Atlas", Product), ("Atlas Cross Sport", Product)],
            vec!["Atlas Cross Sport PRODUCT_OF Volkswagen", "Atlas PRODUCT_OF Volkswagen"],
        ),
        (
            "Tandem sells a wheeled, two-armed robot called Porter.",
            vec![("Tandem", Org), ("Porter", Product)],
            vec!["Porter PRODUCT_OF Tandem"],
        ),
        // "Its" opening a sentence is the previous sentence's subject, not the topic.
        (
            "Acme grew. Acme hired. Coinbase has leaned into the idea. Its Base network grew.",
            vec![("Acme", Org), ("Acme", Org), ("Coinbase", Org), ("Base", Product)],
            vec!["Base PRODUCT_OF Coinbase"],
        ),
        (
            "Acme faces pressure as patents on its heart-failure drug Cardiol expire.",
            vec![("Acme", Org), ("Cardiol", Product)],
            vec!["Cardiol PRODUCT_OF Acme"],
        ),
        // Negatives: a role after the possessive is no product phrase; hedged makers; a
        // product and a company in different sentences; a customer is no maker.
        (
            "Copilot, Microsoft’s chief executive said, is popular.",
            vec![("Copilot", Product), ("Microsoft", Org)],
            vec![],
        ),
        (
            "Acme, which could be the studio behind Ashen Crown, declined to comment.",
            vec![("Acme", Org), ("Ashen Crown", Product)],
            vec![],
        ),
        (
            "Acme is a big studio. Ashen Crown sold well.",
            vec![("Acme", Org), ("Ashen Crown", Product)],
            vec![],
        ),
        ("Acme customers use Copilot daily.", vec![("Acme", Org), ("Copilot", Product)], vec![]),
    ]);
}

#[test]
fn partnerships_with_places_dates_and_clauses() {
    check(vec![
        ("Inka signed a five-year agreement with Finland’s Nokia.", vec![("Inka", Org), ("Finland", Gpe), ("Nokia", Org)], vec!["Inka PARTNER_OF Nokia", "Nokia LOCATED_IN Finland"]),
        ("Codelco finalised a partnership last year with SQM.", vec![("Codelco", Org), ("last year", Date), ("SQM", Org)], vec!["Codelco PARTNER_OF SQM"]),
        ("It was built by a joint venture of Belgium’s BESIX and Egypt’s Orascom.", vec![("Belgium", Gpe), ("BESIX", Org), ("Egypt", Gpe), ("Orascom", Org)],
            vec!["BESIX LOCATED_IN Belgium", "BESIX PARTNER_OF Orascom", "Orascom LOCATED_IN Egypt"]),
        ("It is a co-production between Tbilisi-based Gurji Films and the Berlin company Komplizen Film.", vec![("Tbilisi", Gpe), ("Gurji Films", Org), ("Berlin", Gpe), ("Komplizen Film", Org)],
            vec!["Gurji Films PARTNER_OF Komplizen Film", "Komplizen Film LOCATED_IN Berlin", "Gurji Films LOCATED_IN Tbilisi"]),
        ("Inka grew fast. Nokia will supply radios, while the Lima-based operator has also signed a partnership with Amazon.", vec![("Inka", Org), ("Nokia", Org), ("Lima", Gpe), ("Amazon", Org)],
            vec!["Amazon PARTNER_OF Inka", "Inka LOCATED_IN Lima"]),
        // Negatives: hedged and denied deals; a place is no partner; a partnership in
        // another sentence.
        ("Inka could sign an agreement with Finland’s Nokia.", vec![("Inka", Org), ("Finland", Gpe), ("Nokia", Org)], vec!["Nokia LOCATED_IN Finland"]),
        ("Inka denied a deal with Nokia.", vec![("Inka", Org), ("Nokia", Org)], vec![]),
        ("Inka signed a partnership with Finland.", vec![("Inka", Org), ("Finland", Gpe)], vec![]),
        ("Inka signed a partnership. Nokia grew.", vec![("Inka", Org), ("Nokia", Org)], vec![]),
    ]);
}

#[test]
fn rivalries_between_lists_and_topic() {
    check(vec![
        ("The move sharpens the rivalry between Microsoft and Google.", vec![("Microsoft", Org), ("Google", Org)], vec!["Google COMPETITOR_OF Microsoft"]),
        ("Airbus and Boeing compete fiercely for orders.", vec![("Airbus", Org), ("Boeing", Org)], vec!["Airbus COMPETITOR_OF Boeing"]),
        // Rivals with no organization before them are the main organization's.
        ("Kova unveiled a robot. Kova grew. The chief was dismissive of rivals such as Figure and Tesla.", vec![("Kova", Org), ("Kova", Org), ("Figure", Org), ("Tesla", Org)],
            vec!["Figure COMPETITOR_OF Kova", "Kova COMPETITOR_OF Tesla"]),
        // Negatives: hedged rivalry; a list that competes with no one named; rivals in
        // another sentence.
        ("Airbus and Boeing may compete for orders.", vec![("Airbus", Org), ("Boeing", Org)], vec![]),
        ("Airbus, which Boeing once sued, said workers compete for jobs.", vec![("Airbus", Org), ("Boeing", Org)], vec![]),
        ("The rivalry is old. Airbus and Boeing reported results.", vec![("Airbus", Org), ("Boeing", Org)], vec![]),
    ]);
}

#[test]
fn threats_imply_rivalry() {
    check(vec![
        // A modal does not silence a threat: the companies compete either way.
        ("A successful Apple-OpenAI alliance could potentially disrupt Microsoft’s own AI initiatives.", vec![("Apple", Org), ("OpenAI", Org), ("Microsoft", Org)],
            vec!["Apple COMPETITOR_OF Microsoft", "Apple PARTNER_OF OpenAI", "Microsoft COMPETITOR_OF OpenAI"]),
        ("BYD has overtaken Tesla as the biggest seller of electric cars.", vec![("BYD", Org), ("Tesla", Org)], vec!["BYD COMPETITOR_OF Tesla"]),
        ("Cheap models from DeepSeek threaten the dominance of Nvidia.", vec![("DeepSeek", Org), ("Nvidia", Org)], vec![]),
        // An investor is not its investee's rival, whatever threatens whom.
        ("Microsoft, a key investor in OpenAI, watches closely. An OpenAI-Apple deal could disrupt Microsoft’s plans.", vec![("Microsoft", Org), ("OpenAI", Org), ("OpenAI", Org), ("Apple", Org), ("Microsoft", Org)],
            vec!["Apple COMPETITOR_OF Microsoft", "Microsoft INVESTED_IN OpenAI"]),
        // Negatives: a denied threat; a threat to a place; the threatened side named after
        // a preposition; a subject across a clause boundary.
        ("Apple said the deal would not disrupt Microsoft’s plans.", vec![("Apple", Org), ("Microsoft", Org)], vec![]),
        ("Apple’s plans could disrupt France’s market.", vec![("Apple", Org), ("France", Gpe)], vec![]),
        ("Apple, which Google sued, said storms disrupted shipments to Microsoft.", vec![("Apple", Org), ("Google", Org), ("Microsoft", Org)], vec![]),
    ]);
}

#[test]
fn locations_possessives_appositions_and_descriptions() {
    check(vec![
        (
            "LIMA — Inka Móvil, Peru’s third-largest mobile operator, signed.",
            vec![("LIMA", Gpe), ("Inka Móvil", Org), ("Peru", Gpe)],
            vec!["Inka Móvil LOCATED_IN Peru"],
        ),
        (
            "Brazil’s largest media group, Grupo Globo, lobbied hard.",
            vec![("Brazil", Gpe), ("Grupo Globo", Org)],
            vec!["Grupo Globo LOCATED_IN Brazil"],
        ),
        (
            "Circle won a licence from France’s banking supervisor, the ACPR, in July.",
            vec![("Circle", Org), ("France", Gpe), ("ACPR", Org)],
            vec!["ACPR LOCATED_IN France"],
        ),
        (
            "Solvang’s annual Danish Days festival was postponed.",
            vec![("Solvang", Gpe), ("Danish Days", Event)],
            vec!["Danish Days LOCATED_IN Solvang"],
        ),
        (
            "Ships use new berths at Tuas Port in western Singapore.",
            vec![("Tuas Port", Fac), ("Singapore", Gpe)],
            vec!["Tuas Port LOCATED_IN Singapore"],
        ),
        (
            "She works at the Getulio Vargas Foundation (FGV) in Rio de Janeiro.",
            vec![("Getulio Vargas Foundation", Org), ("FGV", Org), ("Rio de Janeiro", Gpe)],
            vec!["Getulio Vargas Foundation LOCATED_IN Rio de Janeiro"],
        ),
        (
            "Paris Start-Up Lumière AI Raises Money",
            vec![("Paris", Gpe), ("Lumière AI", Org)],
            vec!["Lumière AI LOCATED_IN Paris"],
        ),
        (
            "Arsenal signed a midfielder. The London club fended off late interest.",
            vec![("Arsenal", Org), ("London", Gpe)],
            vec!["Arsenal LOCATED_IN London"],
        ),
        // Negatives: a place's possessive before a person; a place that is a possessor of a
        // plain noun; "the London club" when the named club is in the same sentence.
        (
            "France’s president, Emmanuel Macron, spoke.",
            vec![("France", Gpe), ("Emmanuel Macron", Person)],
            vec![],
        ),
        ("Brazil’s economy grew, Acme said.", vec![("Brazil", Gpe), ("Acme", Org)], vec![]),
        (
            "Arsenal grew. The London club beat Arsenal.",
            vec![("Arsenal", Org), ("London", Gpe), ("Arsenal", Org)],
            vec![],
        ),
    ]);
}

#[test]
fn partners_named_by_role() {
    check(vec![
        ("Samsung, one of the IOC’s worldwide sponsors, handed out phones.", vec![("Samsung", Org), ("IOC", Org)], vec!["IOC PARTNER_OF Samsung"]),
        ("Ostrander, Volkswagen’s main supplier of sensors, was named.", vec![("Ostrander", Org), ("Volkswagen", Org)], vec!["Ostrander PARTNER_OF Volkswagen"]),
        ("Kova grew. It relies on cloud tools, and Google remains its most important software partner.", vec![("Kova", Org), ("Google", Org)], vec!["Google PARTNER_OF Kova"]),
        // Negatives: a hedged or former role; a person is no partner; roles in another
        // sentence.
        ("Samsung could become one of the IOC’s sponsors.", vec![("Samsung", Org), ("IOC", Org)], vec![]),
        ("Jane Doe, Volkswagen’s main supplier contact, spoke.", vec![("Jane Doe", Person), ("Volkswagen", Org)], vec![]),
        ("Samsung grew. The IOC’s sponsors met.", vec![("Samsung", Org), ("IOC", Org)], vec![]),
    ]);
}

#[test]
fn place_lists_before_a_conjunction_stay_lists() {
    check(vec![
        (
            "It includes Lviv, Lutsk, Rivne, and other cities.",
            vec![("Lviv", Gpe), ("Lutsk", Gpe), ("Rivne", Gpe)],
            vec![],
        ),
        (
            "The city lies in Edmonton, Alberta, Canada.",
            vec![("Edmonton", Gpe), ("Alberta", Gpe), ("Canada", Gpe)],
            vec!["Alberta LOCATED_IN Canada", "Edmonton LOCATED_IN Alberta"],
        ),
    ]);
}

#[test]
fn locations_through_appositions() {
    check(vec![
        ("Customers wait for re:Invent, the company’s annual conference in Las Vegas, in December.", vec![("re:Invent", Event), ("Las Vegas", Gpe)], vec!["re:Invent LOCATED_IN Las Vegas"]),
        ("It is building the Midwest Center, a 1.2-million-square-foot warehouse in Joliet.", vec![("Midwest Center", Fac), ("Joliet", Gpe)], vec!["Midwest Center LOCATED_IN Joliet"]),
        ("She told delegates at ADIPEC, the energy exhibition that opened in Abu Dhabi on Monday.", vec![("ADIPEC", Event), ("Abu Dhabi", Gpe)], vec!["ADIPEC LOCATED_IN Abu Dhabi"]),
        // Negatives: a person in apposition; a role before "in"; a clause, not a noun phrase.
        ("Hannah Berg, an independent consultant in Stockholm, said so.", vec![("Hannah Berg", Person), ("Stockholm", Gpe)], vec![]),
        ("Acme, a partner in Paris deals, grew.", vec![("Acme", Org), ("Paris", Gpe)], vec![]),
        ("Acme, the firm said in Paris, grew.", vec![("Acme", Org), ("Paris", Gpe)], vec![]),
    ]);
}

#[test]
fn rivals_in_long_appositions() {
    check(vec![
        ("MSC (MSC), the world’s largest container line and Maersk’s biggest rival, rerouted ships.", vec![("MSC", Org), ("MSC", Org), ("Maersk", Org)], vec!["MSC COMPETITOR_OF Maersk"]),
        // Negatives: a clause rather than an apposition before "and"; a hedge.
        ("MSC, which cut prices and Maersk’s biggest rival, grew.", vec![("MSC", Org), ("Maersk", Org)], vec![]),
        ("MSC, the world’s largest line and possibly Maersk’s biggest rival, grew.", vec![("MSC", Org), ("Maersk", Org)], vec![]),
    ]);
}

#[test]
fn joint_deals_and_supply() {
    check(vec![
        (
            "Acme and Globex signed a partnership on Tuesday.",
            vec![("Acme", Org), ("Globex", Org)],
            vec!["Acme PARTNER_OF Globex"],
        ),
        (
            "Acme and Globex have struck a five-year supply deal.",
            vec![("Acme", Org), ("Globex", Org)],
            vec!["Acme PARTNER_OF Globex"],
        ),
        (
            "TSMC will supply Apple with the chips.",
            vec![("TSMC", Org), ("Apple", Org)],
            vec!["Apple PARTNER_OF TSMC"],
        ),
        // Negatives: hedged and denied deals, a deal of one party, supply in another sentence.
        ("Acme and Globex could sign a partnership.", vec![("Acme", Org), ("Globex", Org)], vec![]),
        (
            "Acme and Globex denied they signed a deal.",
            vec![("Acme", Org), ("Globex", Org)],
            vec![],
        ),
        ("Acme signed a partnership, Globex said.", vec![("Acme", Org), ("Globex", Org)], vec![]),
        ("TSMC will supply chips. Apple grew.", vec![("TSMC", Org), ("Apple", Org)], vec![]),
    ]);
}

#[test]
fn products_from_makers() {
    check(vec![
        (
            "Phones will run Gemini from Google next year.",
            vec![("Gemini", Product), ("Google", Org)],
            vec!["Gemini PRODUCT_OF Google"],
        ),
        (
            "It buys H200 chips from Nvidia.",
            vec![("H200", Product), ("Nvidia", Org)],
            vec!["H200 PRODUCT_OF Nvidia"],
        ),
        // Negatives: a move to a product away from a company; a hedge; another sentence.
        ("Acme moved to Azure from Amazon.", vec![("Azure", Product), ("Amazon", Org)], vec![]),
        ("It may buy H200 chips from Nvidia.", vec![("H200", Product), ("Nvidia", Org)], vec![]),
        (
            "It runs Gemini. From Google came news.",
            vec![("Gemini", Product), ("Google", Org)],
            vec![],
        ),
    ]);
}
