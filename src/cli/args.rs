//! The command line, parsed into a typed [`Command`] with `lexopt`: options in any order,
//! `--help` for every command, several inputs, `-` for standard input. A parse error is an
//! [`ArgError`], which the CLI reports with a pointer to the command's help and exit status 2.

use lexopt::prelude::*;
use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Annotate(Annotate),
    Analyze(Analyze),
    Train(Train),
    Bench(Bench),
    Render(Render),
    /// Help on a command, or on the tool (`None`).
    Help(Option<Topic>),
}

/// The commands that have help of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Annotate,
    Analyze,
    Train,
    Bench,
    Render,
}

impl Topic {
    fn parse(name: &str) -> Option<Topic> {
        match name {
            "annotate" => Some(Topic::Annotate),
            "analyze" => Some(Topic::Analyze),
            "train" => Some(Topic::Train),
            "bench" => Some(Topic::Bench),
            "render" => Some(Topic::Render),
            _ => None,
        }
    }
}

/// Where a command reads a text or documents from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    fn parse(arg: OsString) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::File(arg.into())
        }
    }

    /// How messages name the input.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "standard input".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// `sidelight annotate`: the evaluation format (offsets in code points).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Annotate {
    pub inputs: Vec<Input>,
    /// The inputs are JSON Lines of documents (`id`, `text`), not plain text.
    pub jsonl: bool,
    /// Take each document's own `entities` and extract relations only.
    pub gold_entities: bool,
    pub model: Option<PathBuf>,
    pub relations: RelationsFrom,
    /// Analyse the first 8 MiB of a longer text (with a warning) instead of refusing it.
    pub truncate: bool,
}

/// Where relations come from: `--relations FILE` (a relation model), `--relations patterns`
/// (the pattern families alone), or the built-in model.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum RelationsFrom {
    #[default]
    BuiltIn,
    File(PathBuf),
    Patterns,
}

fn relations_from(p: &mut lexopt::Parser, topic: Topic) -> Result<RelationsFrom, ArgError> {
    let v = path(p, topic)?;
    Ok(if v.as_os_str() == "patterns" { RelationsFrom::Patterns } else { RelationsFrom::File(v) })
}

/// How `analyze` counts offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Offsets {
    /// UTF-8 bytes: the engine's own offsets.
    #[default]
    Bytes,
    /// Unicode code points, as the evaluation format and Python strings count.
    CodePoints,
    /// UTF-16 code units, as JavaScript and the DOM count.
    Utf16,
}

/// `sidelight analyze`: the engine's full analysis.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analyze {
    pub inputs: Vec<Input>,
    pub model: Option<PathBuf>,
    pub relations: RelationsFrom,
    pub offsets: Offsets,
    /// Analyse the first 8 MiB of a longer text (with a warning) instead of refusing it.
    pub truncate: bool,
}

/// `sidelight train`: rebuild the name tagger.
#[derive(Clone, Debug, PartialEq)]
pub struct Train {
    /// Where to write the name model (`None`: do not train it).
    pub out: Option<PathBuf>,
    /// Where to write the relation model (`None`: do not train it).
    pub relations_out: Option<PathBuf>,
    pub relation_weights: Option<usize>,
    pub relation_sizes: Vec<usize>,
    pub partial_weight: f32,
    pub min_precision: f32,
    pub articles: Option<PathBuf>,
    pub conll: Option<PathBuf>,
    pub gum: Option<PathBuf>,
    pub redocred: Option<PathBuf>,
    pub redocred_train: usize,
    pub epochs: usize,
    pub bits: u32,
    pub max_weights: Option<usize>,
    pub sizes: Vec<usize>,
    pub article_repeat: usize,
    pub common_min: u32,
    pub seed: u64,
    pub runs: usize,
}

/// `sidelight bench`: engine throughput.
#[derive(Clone, Debug, PartialEq)]
pub struct Bench {
    pub inputs: Vec<PathBuf>,
    pub model: Option<PathBuf>,
    pub mb: f64,
}

/// `sidelight render`: the reader view of one article as static HTML.
#[derive(Clone, Debug, PartialEq)]
pub struct Render {
    pub input: Input,
    /// Only the fragment to paste into a page, not a whole HTML document.
    pub fragment: bool,
    pub model: Option<PathBuf>,
}

/// A command line that does not parse: what is wrong, and which command's help to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArgError {
    pub message: String,
    pub topic: Option<Topic>,
}

impl fmt::Display for ArgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ArgError {}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, ArgError> {
    let mut p = lexopt::Parser::from_args(args);
    let command = match p.next().map_err(|e| error(e, None))? {
        None => return Ok(Command::Help(None)),
        Some(Long("help") | Short('h')) => return Ok(Command::Help(None)),
        Some(Value(v)) => v.string().map_err(|e| error(e, None))?,
        Some(other) => return Err(error(other.unexpected(), None)),
    };
    match command.as_str() {
        "annotate" => annotate(&mut p),
        "analyze" => analyze(&mut p),
        "train" => train(&mut p),
        "bench" => bench(&mut p),
        "render" => render(&mut p),
        "help" => {
            let topic = match p.next().map_err(|e| error(e, None))? {
                Some(Value(v)) => {
                    let name = v.string().map_err(|e| error(e, None))?;
                    Some(Topic::parse(&name).ok_or_else(|| ArgError {
                        message: format!("no help on \"{name}\": there is no such command"),
                        topic: None,
                    })?)
                }
                Some(other) => return Err(error(other.unexpected(), None)),
                None => None,
            };
            Ok(Command::Help(topic))
        }
        other => Err(ArgError { message: format!("unknown command \"{other}\""), topic: None }),
    }
}

fn error(e: lexopt::Error, topic: Option<Topic>) -> ArgError {
    ArgError { message: e.to_string(), topic }
}

/// A value that must be a number, with the option's name in the error.
fn number<T: std::str::FromStr>(p: &mut lexopt::Parser, topic: Topic) -> Result<T, ArgError> {
    let v = p.value().map_err(|e| error(e, Some(topic)))?;
    let s = v.string().map_err(|e| error(e, Some(topic)))?;
    s.parse()
        .map_err(|_| ArgError { message: format!("not a number: \"{s}\""), topic: Some(topic) })
}

fn path(p: &mut lexopt::Parser, topic: Topic) -> Result<PathBuf, ArgError> {
    p.value().map(PathBuf::from).map_err(|e| error(e, Some(topic)))
}

fn annotate(p: &mut lexopt::Parser) -> Result<Command, ArgError> {
    let topic = Topic::Annotate;
    let mut a = Annotate::default();
    while let Some(arg) = p.next().map_err(|e| error(e, Some(topic)))? {
        match arg {
            Long("help") | Short('h') => return Ok(Command::Help(Some(topic))),
            Long("jsonl") => a.jsonl = true,
            Long("gold-entities") => a.gold_entities = true,
            Long("truncate") => a.truncate = true,
            Long("model") => a.model = Some(path(p, topic)?),
            Long("relations") => a.relations = relations_from(p, topic)?,
            Value(v) => a.inputs.push(Input::parse(v)),
            other => return Err(error(other.unexpected(), Some(topic))),
        }
    }
    if a.inputs.is_empty() {
        return Err(ArgError {
            message: "annotate needs an input: a file, or - for standard input".into(),
            topic: Some(topic),
        });
    }
    if a.gold_entities && !a.jsonl {
        return Err(ArgError {
            message: "--gold-entities reads each document's own entities: it needs --jsonl".into(),
            topic: Some(topic),
        });
    }
    if a.gold_entities && a.model.is_some() {
        return Err(ArgError {
            message: "--gold-entities does not recognize entities, so it takes no --model".into(),
            topic: Some(topic),
        });
    }
    Ok(Command::Annotate(a))
}

fn analyze(p: &mut lexopt::Parser) -> Result<Command, ArgError> {
    let topic = Topic::Analyze;
    let mut a = Analyze::default();
    while let Some(arg) = p.next().map_err(|e| error(e, Some(topic)))? {
        match arg {
            Long("help") | Short('h') => return Ok(Command::Help(Some(topic))),
            Long("model") => a.model = Some(path(p, topic)?),
            Long("relations") => a.relations = relations_from(p, topic)?,
            Long("truncate") => a.truncate = true,
            Long("offsets") => {
                let v = p.value().map_err(|e| error(e, Some(topic)))?;
                a.offsets = match v.string().map_err(|e| error(e, Some(topic)))?.as_str() {
                    "bytes" => Offsets::Bytes,
                    "codepoints" => Offsets::CodePoints,
                    "utf16" => Offsets::Utf16,
                    other => {
                        return Err(ArgError {
                            message: format!(
                                "--offsets takes bytes, codepoints or utf16, not \"{other}\""
                            ),
                            topic: Some(topic),
                        })
                    }
                };
            }
            Value(v) => a.inputs.push(Input::parse(v)),
            other => return Err(error(other.unexpected(), Some(topic))),
        }
    }
    if a.inputs.is_empty() {
        return Err(ArgError {
            message: "analyze needs an input: a file, or - for standard input".into(),
            topic: Some(topic),
        });
    }
    Ok(Command::Analyze(a))
}

fn train(p: &mut lexopt::Parser) -> Result<Command, ArgError> {
    let topic = Topic::Train;
    let mut t = Train {
        out: None,
        relations_out: None,
        relation_weights: Some(12_000),
        relation_sizes: Vec::new(),
        partial_weight: 0.3,
        min_precision: 0.85,
        articles: None,
        conll: None,
        gum: None,
        redocred: None,
        redocred_train: 250,
        epochs: 8,
        bits: 20,
        max_weights: None,
        sizes: Vec::new(),
        article_repeat: 3,
        common_min: 0,
        seed: 7,
        runs: 1,
    };
    while let Some(arg) = p.next().map_err(|e| error(e, Some(topic)))? {
        match arg {
            Long("help") | Short('h') => return Ok(Command::Help(Some(topic))),
            Long("out") => t.out = Some(path(p, topic)?),
            Long("relations-out") => t.relations_out = Some(path(p, topic)?),
            Long("relation-weights") => t.relation_weights = Some(number(p, topic)?),
            Long("relation-sizes") => t.relation_sizes = numbers(p, topic, "--relation-sizes")?,
            Long("partial-weight") => t.partial_weight = number(p, topic)?,
            Long("min-precision") => t.min_precision = number(p, topic)?,
            Long("articles") => t.articles = Some(path(p, topic)?),
            Long("conll") => t.conll = Some(path(p, topic)?),
            Long("gum") => t.gum = Some(path(p, topic)?),
            Long("redocred") => t.redocred = Some(path(p, topic)?),
            Long("redocred-train") => t.redocred_train = number(p, topic)?,
            Long("epochs") => t.epochs = number(p, topic)?,
            Long("bits") => t.bits = number::<u32>(p, topic)?.clamp(10, 24),
            Long("max-weights") => t.max_weights = Some(number(p, topic)?),
            Long("sizes") => t.sizes = numbers(p, topic, "--sizes")?,
            Long("article-repeat") => t.article_repeat = number(p, topic)?,
            Long("common-min") => t.common_min = number(p, topic)?,
            Long("seed") => t.seed = number(p, topic)?,
            Long("runs") => t.runs = number(p, topic)?,
            other => return Err(error(other.unexpected(), Some(topic))),
        }
    }
    if t.out.is_none() && t.relations_out.is_none() {
        return Err(ArgError {
            message: "train needs --out FILE (the name model) or --relations-out FILE (the \
                      relation model), or both"
                .into(),
            topic: Some(topic),
        });
    }
    if t.articles.is_none() && t.conll.is_none() && t.gum.is_none() && t.redocred.is_none() {
        return Err(ArgError {
            message: "train needs at least one of --articles, --conll, --gum, --redocred".into(),
            topic: Some(topic),
        });
    }
    Ok(Command::Train(t))
}

/// A comma-separated list of numbers (`option` names it in the error).
fn numbers(p: &mut lexopt::Parser, topic: Topic, option: &str) -> Result<Vec<usize>, ArgError> {
    let v = p.value().map_err(|e| error(e, Some(topic)))?;
    let list = v.string().map_err(|e| error(e, Some(topic)))?;
    list.split(',')
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse().map_err(|_| ArgError {
                message: format!("{option}: not a number: \"{s}\""),
                topic: Some(topic),
            })
        })
        .collect()
}

fn bench(p: &mut lexopt::Parser) -> Result<Command, ArgError> {
    let topic = Topic::Bench;
    let mut b = Bench { inputs: Vec::new(), model: None, mb: 1.0 };
    while let Some(arg) = p.next().map_err(|e| error(e, Some(topic)))? {
        match arg {
            Long("help") | Short('h') => return Ok(Command::Help(Some(topic))),
            Long("model") => b.model = Some(path(p, topic)?),
            Long("mb") => b.mb = number(p, topic)?,
            Value(v) => b.inputs.push(v.into()),
            other => return Err(error(other.unexpected(), Some(topic))),
        }
    }
    if b.inputs.is_empty() {
        return Err(ArgError { message: "bench needs input files".into(), topic: Some(topic) });
    }
    if !(b.mb > 0.0 && b.mb.is_finite()) {
        return Err(ArgError {
            message: "--mb must be a positive number".into(),
            topic: Some(topic),
        });
    }
    Ok(Command::Bench(b))
}

fn render(p: &mut lexopt::Parser) -> Result<Command, ArgError> {
    let topic = Topic::Render;
    let (mut inputs, mut fragment, mut model) = (Vec::new(), false, None);
    while let Some(arg) = p.next().map_err(|e| error(e, Some(topic)))? {
        match arg {
            Long("help") | Short('h') => return Ok(Command::Help(Some(topic))),
            Long("fragment") => fragment = true,
            Long("model") => model = Some(path(p, topic)?),
            Value(v) => inputs.push(Input::parse(v)),
            other => return Err(error(other.unexpected(), Some(topic))),
        }
    }
    // One article makes one page: several would need one output file each.
    let input = match inputs.len() {
        1 => inputs.remove(0),
        0 => {
            return Err(ArgError {
                message: "render needs an input: a file, or - for standard input".into(),
                topic: Some(topic),
            })
        }
        n => {
            return Err(ArgError {
                message: format!("render takes one input, not {n}: it writes one page"),
                topic: Some(topic),
            })
        }
    };
    Ok(Command::Render(Render { input, fragment, model }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(line: &str) -> Result<Command, ArgError> {
        parse(line.split_whitespace().map(OsString::from))
    }

    fn file(p: &str) -> Input {
        Input::File(p.into())
    }

    #[test]
    fn annotate_takes_options_in_any_order_and_several_inputs() {
        let model = Some(PathBuf::from("model/ner.bin"));
        let jsonl = |inputs: Vec<Input>, model: Option<PathBuf>| {
            Command::Annotate(Annotate { inputs, jsonl: true, model, ..Annotate::default() })
        };
        let plain =
            |inputs: Vec<Input>| Command::Annotate(Annotate { inputs, ..Annotate::default() });
        let cases: Vec<(&str, Command)> = vec![
            (
                "annotate --model model/ner.bin --jsonl in.jsonl",
                jsonl(vec![file("in.jsonl")], model.clone()),
            ),
            (
                "annotate --jsonl in.jsonl --model model/ner.bin",
                jsonl(vec![file("in.jsonl")], model.clone()),
            ),
            ("annotate in.jsonl --jsonl", jsonl(vec![file("in.jsonl")], None)),
            ("annotate a.txt b.txt", plain(vec![file("a.txt"), file("b.txt")])),
            ("annotate -", plain(vec![Input::Stdin])),
            (
                "annotate --model=model/ner.bin a.txt",
                Command::Annotate(Annotate {
                    inputs: vec![file("a.txt")],
                    model: model.clone(),
                    ..Annotate::default()
                }),
            ),
            (
                "annotate --gold-entities --jsonl dev.jsonl",
                Command::Annotate(Annotate {
                    inputs: vec![file("dev.jsonl")],
                    jsonl: true,
                    gold_entities: true,
                    ..Annotate::default()
                }),
            ),
            (
                "annotate --relations patterns a.txt",
                Command::Annotate(Annotate {
                    inputs: vec![file("a.txt")],
                    relations: RelationsFrom::Patterns,
                    ..Annotate::default()
                }),
            ),
            (
                "annotate a.txt --relations r.bin",
                Command::Annotate(Annotate {
                    inputs: vec![file("a.txt")],
                    relations: RelationsFrom::File("r.bin".into()),
                    ..Annotate::default()
                }),
            ),
            ("annotate --help", Command::Help(Some(Topic::Annotate))),
            ("annotate a.txt -h", Command::Help(Some(Topic::Annotate))),
        ];
        for (line, want) in cases {
            assert_eq!(parse_str(line), Ok(want), "{line}");
        }
    }

    #[test]
    fn every_command_has_help() {
        let cases: &[(&str, Option<Topic>)] = &[
            ("", None),
            ("--help", None),
            ("-h", None),
            ("help", None),
            ("help annotate", Some(Topic::Annotate)),
            ("help train", Some(Topic::Train)),
            ("analyze --help", Some(Topic::Analyze)),
            ("train --help", Some(Topic::Train)),
            ("bench --help", Some(Topic::Bench)),
            ("render --help", Some(Topic::Render)),
            ("render a.md -h", Some(Topic::Render)),
            ("help render", Some(Topic::Render)),
        ];
        for &(line, topic) in cases {
            assert_eq!(parse_str(line), Ok(Command::Help(topic)), "{line:?}");
        }
    }

    #[test]
    fn analyze_reads_its_offsets_and_model() {
        let got = parse_str("analyze --offsets utf16 a.txt --model m.bin --truncate -").unwrap();
        assert_eq!(
            got,
            Command::Analyze(Analyze {
                inputs: vec![file("a.txt"), Input::Stdin],
                model: Some("m.bin".into()),
                offsets: Offsets::Utf16,
                relations: RelationsFrom::BuiltIn,
                truncate: true,
            })
        );
        let default = parse_str("analyze a.txt").unwrap();
        assert!(matches!(default, Command::Analyze(Analyze { offsets: Offsets::Bytes, .. })));
        let cp = parse_str("analyze --offsets codepoints a.txt").unwrap();
        assert!(matches!(cp, Command::Analyze(Analyze { offsets: Offsets::CodePoints, .. })));
    }

    #[test]
    fn render_takes_one_input_and_its_options_in_any_order() {
        let render = |input: Input, fragment: bool, model: Option<&str>| {
            Command::Render(Render { input, fragment, model: model.map(PathBuf::from) })
        };
        let cases: Vec<(&str, Command)> = vec![
            ("render post.md", render(file("post.md"), false, None)),
            ("render -", render(Input::Stdin, false, None)),
            ("render --fragment post.md", render(file("post.md"), true, None)),
            ("render post.txt --fragment", render(file("post.txt"), true, None)),
            ("render --model m.bin - --fragment", render(Input::Stdin, true, Some("m.bin"))),
            ("render --model=m.bin a.txt", render(file("a.txt"), false, Some("m.bin"))),
        ];
        for (line, want) in cases {
            assert_eq!(parse_str(line), Ok(want), "{line}");
        }
    }

    #[test]
    fn train_reads_every_option() {
        let line = "train --runs 3 --out model/ner.bin --articles arts --conll c.jsonl --gum g.jsonl \
                    --redocred r.jsonl --redocred-train 100 --epochs 5 --bits 30 --max-weights 58000 \
                    --sizes 100,200 --article-repeat 2 --common-min 4 --seed 9";
        let Command::Train(t) = parse_str(line).unwrap() else { panic!("not train") };
        assert_eq!(t.out, Some(PathBuf::from("model/ner.bin")));
        assert_eq!((t.runs, t.redocred_train, t.epochs, t.bits), (3, 100, 5, 24));
        assert_eq!((t.max_weights, t.sizes.clone()), (Some(58000), vec![100, 200]));
        assert_eq!((t.article_repeat, t.common_min, t.seed), (2, 4, 9));
        assert!(
            t.articles.is_some() && t.conll.is_some() && t.gum.is_some() && t.redocred.is_some()
        );
    }

    #[test]
    fn bad_command_lines_say_what_is_wrong() {
        // (command line, a part of the message, the help it points to)
        let cases: &[(&str, &str, Option<Topic>)] = &[
            ("frobnicate", "unknown command", None),
            ("annotate", "needs an input", Some(Topic::Annotate)),
            ("annotate --frob a.txt", "--frob", Some(Topic::Annotate)),
            ("annotate --model", "--model", Some(Topic::Annotate)),
            ("annotate --gold-entities a.txt", "needs --jsonl", Some(Topic::Annotate)),
            ("analyze --offsets chars a.txt", "bytes, codepoints or utf16", Some(Topic::Analyze)),
            ("analyze", "needs an input", Some(Topic::Analyze)),
            ("train --articles arts", "--out", Some(Topic::Train)),
            ("train --out m.bin", "at least one of", Some(Topic::Train)),
            ("train --out m.bin --conll c --epochs many", "not a number", Some(Topic::Train)),
            ("train --out m.bin --conll c --sizes 1,x", "--sizes", Some(Topic::Train)),
            ("bench", "needs input files", Some(Topic::Bench)),
            ("bench --mb 0 a.txt", "positive", Some(Topic::Bench)),
            ("render", "needs an input", Some(Topic::Render)),
            ("render --fragment", "needs an input", Some(Topic::Render)),
            ("render a.md b.md", "one input, not 2", Some(Topic::Render)),
            ("render --model", "--model", Some(Topic::Render)),
            ("render --jsonl a.txt", "--jsonl", Some(Topic::Render)),
            ("help frobnicate", "no such command", None),
        ];
        for &(line, part, topic) in cases {
            let err = parse_str(line).expect_err(line);
            assert!(err.message.contains(part), "{line}: {}", err.message);
            assert_eq!(err.topic, topic, "{line}");
        }
    }
}
