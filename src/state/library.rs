//! The reader's library, as plain data: the articles a reader opened are kept in the browser
//! (IndexedDB, `app/library.rs`) so that a reload, an offline visit or a link brings them back.
//! A link names the kept article with `doc=<id>` in the URL fragment
//! (`#doc=k3f9x2&entity=dana-lee`); the sample article has no id and is always there.

use serde::{Deserialize, Serialize};

/// One kept article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    /// The library key, also the `doc=` of links.
    pub id: String,
    /// What the library lists it as: the article's first line, shortened.
    pub title: String,
    pub text: String,
    /// When it was first opened, in milliseconds since the Unix epoch.
    pub added: f64,
    /// The kinds of its lines, when it came with its structure (a web page, Markdown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outline: Option<Vec<crate::engine::LineKind>>,
    /// The reader's corrections to its analysis (`state::corrections`), in order.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::sidecar::deserialize_list"
    )]
    pub corrections: Vec<super::corrections::Correction>,
}

/// The longest title the library lists, in characters (the rest becomes "…").
const TITLE_CHARS: usize = 90;

impl Kept {
    /// A new library entry for `text`, opened at `now` (ms), with a key made of the time and
    /// `salt` (a random number in [0, 1)).
    pub fn new(
        text: &str,
        outline: Option<&[crate::engine::LineKind]>,
        now: f64,
        salt: f64,
    ) -> Kept {
        let new = NewKept::new(text, outline, now, salt);
        Kept {
            id: new.id,
            title: new.title,
            text: text.to_string(),
            added: now,
            outline: outline.map(<[_]>::to_vec),
            corrections: Vec::new(),
        }
    }
}

/// A kept article as the Library dialog lists it: what the list shows, without the text,
/// which stays where it is stored until the article is opened (a list of long articles read
/// whole would grow the WebAssembly memory, for good, by all of them).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Listed {
    pub id: String,
    pub title: String,
    pub added: f64,
}

/// A new library entry as it is stored, borrowing its text and outline: stored as a [`Kept`]
/// with no corrections, without a copy of the text (megabytes, for a long article, in memory
/// the reader's WebAssembly never gives back).
#[derive(Debug, Serialize)]
pub struct NewKept<'a> {
    pub id: String,
    pub title: String,
    pub text: &'a str,
    pub added: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outline: Option<&'a [crate::engine::LineKind]>,
}

impl<'a> NewKept<'a> {
    /// The entry for `text`, as [`Kept::new`] makes it.
    pub fn new(
        text: &'a str,
        outline: Option<&'a [crate::engine::LineKind]>,
        now: f64,
        salt: f64,
    ) -> NewKept<'a> {
        NewKept { id: new_id(now, salt), title: title_of(text), text, added: now, outline }
    }
}

/// The title the library shows for `text`: its first non-blank line, shortened to
/// [`TITLE_CHARS`] characters at a word boundary where it can be.
pub fn title_of(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("Untitled");
    if line.chars().count() <= TITLE_CHARS {
        return line.to_string();
    }
    let cut: String = line.chars().take(TITLE_CHARS).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > TITLE_CHARS / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

/// The name a reader typed for a kept article, tidied (spaces collapsed, at most 200
/// characters); `None` for a blank one, which keeps the old name.
pub fn rename_title(typed: &str) -> Option<String> {
    let name: String = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then(|| name.chars().take(200).collect())
}

/// A short key: the time and a random part in base 36 ("mbx3k2f-4h2k9"), unique enough for
/// one browser's library and safe in a URL fragment.
pub fn new_id(now: f64, salt: f64) -> String {
    let time = now.max(0.0) as u64;
    let rand = (salt.clamp(0.0, 1.0) * 36f64.powi(5)) as u64;
    format!("{}-{}", base36(time), base36(rand))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The kept article a URL fragment names (`#doc=<id>&…`), if any. Only keys made of letters,
/// digits and `-` count, so nothing else in a link reaches the storage.
pub fn fragment_doc(fragment: &str) -> Option<&str> {
    fragment.trim_start_matches('#').split('&').find_map(|part| part.strip_prefix("doc=")).filter(
        |id| {
            !id.is_empty()
                && id.len() <= 40
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        },
    )
}

/// `fragment` with its `doc=` part set to `id` (first, before the selection), or removed.
pub fn fragment_with_doc(fragment: &str, id: Option<&str>) -> String {
    let mut parts: Vec<&str> = fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("doc="))
        .collect();
    let doc = id.map(|id| format!("doc={id}"));
    if let Some(doc) = &doc {
        parts.insert(0, doc);
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("#{}", parts.join("&"))
    }
}

/// The library newest first.
pub fn newest_first(mut kept: Vec<Listed>) -> Vec<Listed> {
    crate::engine::sort::by(&mut kept, |a, b| {
        b.added.total_cmp(&a.added).then_with(|| a.id.cmp(&b.id))
    });
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_first_lines_shortened_at_a_word() {
        let cases: &[(&str, &str)] = &[
            ("Floods cut off towns\n\nBody.", "Floods cut off towns"),
            ("\n\n  Leading blank lines  \nBody", "Leading blank lines"),
            ("", "Untitled"),
            ("   \n  ", "Untitled"),
        ];
        for &(text, want) in cases {
            assert_eq!(title_of(text), want, "{text:?}");
        }
        let long = "word ".repeat(40);
        let t = title_of(&long);
        assert!(t.ends_with("word…"), "{t}");
        assert!(t.chars().count() <= TITLE_CHARS + 1);
        // One long word: cut inside it, on a character boundary.
        let t = title_of(&"é".repeat(200));
        assert_eq!(t.chars().count(), TITLE_CHARS + 1);
    }

    #[test]
    fn a_new_entry_is_stored_as_a_kept_article_reads_it_back() {
        use crate::engine::LineKind;
        let outline = [LineKind::Title, LineKind::Body];
        for outline in [None, Some(&outline[..])] {
            let text = "Orbix hires Dana Lee\n\nBody “quoted”.";
            let new = serde_json::to_string(&NewKept::new(text, outline, 5.0, 0.5)).unwrap();
            let kept = Kept::new(text, outline, 5.0, 0.5);
            assert_eq!(new, serde_json::to_string(&kept).unwrap());
            assert_eq!(serde_json::from_str::<Kept>(&new).unwrap(), kept);
        }
    }

    #[test]
    fn ids_are_short_and_url_safe() {
        let id = new_id(1_765_000_000_000.0, 0.5);
        assert!(fragment_doc(&format!("#doc={id}")) == Some(id.as_str()), "{id}");
        assert_ne!(new_id(1.0, 0.1), new_id(1.0, 0.2));
        assert_eq!(new_id(0.0, 0.0), "0-0");
        assert_eq!(new_id(-5.0, 7.0), "0-100000"); // clamped to 0 and 1
    }

    #[test]
    fn fragments_carry_the_kept_article() {
        let reads: &[(&str, Option<&str>)] = &[
            ("", None),
            ("#doc=abc-12", Some("abc-12")),
            ("#entity=x&doc=abc", Some("abc")),
            ("#doc=", None),
            ("#doc=a%3Cb", None),
            ("#doc=<script>", None),
            ("#doc=a/b", None),
        ];
        for &(fragment, id) in reads {
            assert_eq!(fragment_doc(fragment), id, "{fragment:?}");
        }
        let writes: &[(&str, Option<&str>, &str)] = &[
            ("", Some("k1"), "#doc=k1"),
            ("#entity=dana-lee&view=facts", Some("k1"), "#doc=k1&entity=dana-lee&view=facts"),
            ("#doc=old&entity=x", Some("new"), "#doc=new&entity=x"),
            ("#doc=old&entity=x", None, "#entity=x"),
            ("#doc=old", None, ""),
            ("", None, ""),
        ];
        for &(fragment, id, want) in writes {
            assert_eq!(fragment_with_doc(fragment, id), want, "{fragment:?} {id:?}");
        }
    }

    #[test]
    fn renames_are_tidied_and_never_blank() {
        assert_eq!(rename_title("  Floods   in\nValoria "), Some("Floods in Valoria".into()));
        assert_eq!(rename_title(" \t "), None);
        assert_eq!(rename_title(&"x".repeat(300)).map(|t| t.len()), Some(200));
    }

    #[test]
    fn the_library_lists_newest_first() {
        let k = |id: &str, added: f64| Listed { id: id.into(), title: id.into(), added };
        let got: Vec<String> = newest_first(vec![k("a", 1.0), k("c", 3.0), k("b", 3.0)])
            .into_iter()
            .map(|k| k.id)
            .collect();
        assert_eq!(got, ["b", "c", "a"]);
    }

    #[test]
    fn a_kept_article_comes_back_with_its_corrections() {
        use crate::engine::EntityType;
        use crate::state::corrections::Correction;
        let kept = Kept {
            corrections: vec![
                Correction::Retype {
                    name: "Orbix".into(),
                    from: EntityType::Person,
                    to: EntityType::Org,
                },
                Correction::RemoveMention { quote: "Velt".into(), at: 140 },
            ],
            ..Kept::new("Orbix hires Dana Lee\n\nBody.", None, 5.0, 0.5)
        };
        let json = serde_json::to_string(&kept).unwrap();
        assert_eq!(serde_json::from_str::<Kept>(&json).unwrap(), kept);
        // One correction that no longer reads is left out; the article and the others stay.
        let damaged = json.replace(r#""to":"ORG""#, r#""to":"ORGX""#);
        let back: Kept = serde_json::from_str(&damaged).unwrap();
        assert_eq!(back.text, kept.text);
        assert_eq!(back.corrections, kept.corrections[1..]);
        // Kept before corrections existed.
        let old = json.split(r#","corrections""#).next().unwrap().to_string() + "}";
        assert_eq!(serde_json::from_str::<Kept>(&old).unwrap().corrections, []);
    }
}
