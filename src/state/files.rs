//! Which files the reader opens: plain text, Markdown and web pages, up to a size limit. The checks are plain
//! Rust on the file's name, type and size, so they are tested natively; `app/open.rs` reads the
//! file once they pass.

/// The largest file read, in bytes: what the engine reads (a news article is a few tens of
/// KB).
const MAX_FILE_BYTES: usize = crate::engine::MAX_TEXT_BYTES;

/// Why a file was not read, in the reader's words; `None` if it can be read.
pub fn file_problem(name: &str, mime: &str, size: f64) -> Option<String> {
    let lower = name.to_lowercase();
    let text_like = mime.starts_with("text/plain")
        || mime == "text/markdown"
        || lower.ends_with(".txt")
        || is_markdown(name, mime)
        || lower.ends_with(".text")
        || is_web_page(name, mime);
    if !text_like {
        return Some(format!("Couldn't open “{name}”: Sidelight reads text files, Markdown and web pages (.txt, .md, .html). Copy the article's text and use Paste instead."));
    }
    if size > MAX_FILE_BYTES as f64 {
        return Some(format!(
            "Couldn't open “{name}”: it is {:.1} MB; Sidelight reads files up to {:.0} MB.",
            mb(size as usize),
            mb(MAX_FILE_BYTES)
        ));
    }
    if size == 0.0 {
        return Some(format!("Couldn't open “{name}”: the file is empty."));
    }
    None
}

/// Megabytes (MiB), for messages about sizes.
pub fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1 << 20) as f64
}

/// The text of a file's bytes, and a note for the reader when it was not UTF-8.
#[derive(Debug, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// How the text was read when not as UTF-8 ("… was read as UTF-16."), to be said on the
    /// page (or on standard error by the command line).
    pub note: Option<String>,
}

/// The message for bytes that are not text at all; `what` names them ("“photo.txt”").
fn not_text(what: &str) -> String {
    format!("Couldn't read {what}: it doesn't look like text (a picture or another binary file?). Open a text, Markdown or web page file, or paste the article's text.")
}

/// Windows-1252's characters for the bytes 0x80–0x9F (the WHATWG mapping: the five bytes it
/// leaves undefined read as the C1 controls of the same number). The other bytes are Latin-1:
/// byte `b` is U+00`b`.
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// Reads a file's bytes as text, the way a reader expects whatever program wrote it:
/// - a byte-order mark decides: UTF-8, UTF-16 little- or big-endian (said in the note);
/// - else valid UTF-8 is UTF-8;
/// - else, unless the bytes look binary (control bytes other than tabs and line ends, or
///   NULs, in more than 1 in 100), Windows-1252, the superset of Latin-1 that older Western
///   European files use ("Soci\xe9t\xe9" is "Société"), said in the note.
///
/// `Err` with the reader's words for binary data. What comes out still goes through
/// [`clean_text`] (line ends, stray NULs, empty texts).
pub fn decode(bytes: &[u8], what: &str) -> Result<Decoded, String> {
    let utf16 = |big: bool| {
        let units = bytes[2..].chunks_exact(2).map(|p| {
            if big {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect::<String>()
    };
    let (text, note) = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => (String::from_utf8_lossy(rest).into_owned(), None),
        [0xFF, 0xFE, ..] => (utf16(false), Some("UTF-16")),
        [0xFE, 0xFF, ..] => (utf16(true), Some("UTF-16")),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_string(), None),
            Err(_) => {
                let control = bytes
                    .iter()
                    .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
                    .count();
                if control * 100 > bytes.len().max(1) {
                    return Err(not_text(what));
                }
                let text = bytes
                    .iter()
                    .map(|&b| match b {
                        0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
                        _ => char::from(b),
                    })
                    .collect();
                (text, Some("Windows-1252 (Western European)"))
            }
        },
    };
    let note = note.map(|how| format!("{what} is not in UTF-8: it was read as {how}."));
    Ok(Decoded { text, note })
}

/// Characters from U+0300 up that Unicode's composed form (NFC) leaves as they are wherever
/// they stand: an NFC quick check of "yes" and combining class 0 (so they neither compose with
/// what comes before nor reorder), in the blocks news text uses: Greek, Cyrillic, punctuation,
/// currency, letterlike symbols, arrows, maths, box drawing, shapes, dingbats, CJK, kana,
/// Hangul syllables, full-width forms and emoji (where Unicode assigns neither marks nor
/// canonical decompositions, so its unassigned points are counted in). Generated from
/// Unicode's tables; a test checks every character against them.
const COMPOSED: [(char, char); 41] = [
    ('\u{0370}', '\u{0373}'),
    ('\u{0375}', '\u{0377}'),
    ('\u{037A}', '\u{037D}'),
    ('\u{037F}', '\u{037F}'),
    ('\u{0384}', '\u{0386}'),
    ('\u{0388}', '\u{038A}'),
    ('\u{038C}', '\u{038C}'),
    ('\u{038E}', '\u{03A1}'),
    ('\u{03A3}', '\u{03FF}'),
    ('\u{0400}', '\u{0482}'),
    ('\u{0488}', '\u{052F}'),
    ('\u{2002}', '\u{2064}'),
    ('\u{2066}', '\u{2071}'),
    ('\u{2074}', '\u{208E}'),
    ('\u{2090}', '\u{209C}'),
    ('\u{20A0}', '\u{20C0}'),
    ('\u{2100}', '\u{2125}'),
    ('\u{2127}', '\u{2129}'),
    ('\u{212C}', '\u{218B}'),
    ('\u{2190}', '\u{2328}'),
    ('\u{232B}', '\u{2426}'),
    ('\u{2440}', '\u{244A}'),
    ('\u{2460}', '\u{2ADB}'),
    ('\u{2ADD}', '\u{2B73}'),
    ('\u{2B76}', '\u{2B95}'),
    ('\u{2B97}', '\u{2BFF}'),
    ('\u{3000}', '\u{3029}'),
    ('\u{3030}', '\u{303F}'),
    ('\u{3041}', '\u{3096}'),
    ('\u{309B}', '\u{30FF}'),
    ('\u{4E00}', '\u{9FFF}'),
    ('\u{AC00}', '\u{D7A3}'),
    ('\u{FE30}', '\u{FE4F}'),
    ('\u{FF01}', '\u{FFBE}'),
    ('\u{FFC2}', '\u{FFC7}'),
    ('\u{FFCA}', '\u{FFCF}'),
    ('\u{FFD2}', '\u{FFD7}'),
    ('\u{FFDA}', '\u{FFDC}'),
    ('\u{FFE0}', '\u{FFE6}'),
    ('\u{FFE8}', '\u{FFEE}'),
    ('\u{1F000}', '\u{1FAFF}'),
];

/// Is `text` already in NFC, by a check that may answer "no" for a text that is (then the
/// caller normalizes, which changes nothing)? Every character below U+0300 passes (Unicode's
/// quick check is "yes" for all of them), and so does every character of [`COMPOSED`]: an
/// article with curly quotes, dashes, a euro sign or emoji needs no normalizing, and megabytes
/// are checked in milliseconds.
pub fn is_composed(text: &str) -> bool {
    // Only characters from U+0300 up (UTF-8 lead bytes 0xCC and up) need a look.
    let mut rest = text;
    while let Some(at) = rest.bytes().position(|b| b >= 0xCC) {
        let Some(c) = rest[at..].chars().next() else { return true };
        // The ranges are sorted and apart: the first ending at or after `c` is the only one
        // that can hold it.
        let k = COMPOSED.partition_point(|&(_, hi)| hi < c);
        if COMPOSED.get(k).is_none_or(|&(lo, _)| lo > c) {
            return false;
        }
        rest = &rest[at + c.len_utf8()..];
    }
    true
}

/// A text as the reader keeps it: line ends made one kind ("\r\n", a lone "\r", and the
/// Unicode line and paragraph separators become "\n", so a file from an old Mac keeps its
/// paragraphs) and NUL characters removed. `Err` with the reader's words when what came in is
/// not text at all: a binary file read as text (many replacement characters or NULs), or
/// nothing readable. `what` names it in the message ("“photo.txt”", "the pasted text").
pub fn clean_text(text: String, what: &str) -> Result<String, String> {
    // Whole-text scans that the standard library vectorizes: megabytes take milliseconds.
    let chars = text.chars().count().max(1);
    let replaced = text.matches('\u{FFFD}').count();
    let nul = text.bytes().filter(|&b| b == 0).count();
    if replaced * 100 > chars || nul * 100 > chars {
        return Err(not_text(what));
    }
    let odd_ends =
        text.bytes().any(|b| b == b'\r') || text.contains('\u{2028}') || text.contains('\u{2029}');
    // Nothing to clean (most texts): the text itself, not a copy of megabytes.
    let out = if nul == 0 && !odd_ends {
        text
    } else {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push('\n');
                }
                '\u{2028}' | '\u{2029}' => out.push('\n'),
                '\0' => {}
                c => out.push(c),
            }
        }
        out
    };
    if out.trim().is_empty() {
        return Err(format!("Couldn't read {what}: it has no text."));
    }
    Ok(out)
}

/// The beginning of a text too long to read whole: at most `max` bytes, ending at the last
/// paragraph break before that (else the last line break, else the last space), never inside a
/// character.
pub fn first_part(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let end = text.floor_char_boundary(max);
    let head = &text[..end];
    let cut = ["\n\n", "\n", " "].iter().find_map(|sep| head.rfind(sep)).filter(|&at| at > max / 2);
    head[..cut.unwrap_or(end)].trim_end()
}

/// Whether a file is Markdown, read for its structure (`state::markdown`).
pub fn is_markdown(name: &str, mime: &str) -> bool {
    let lower = name.to_lowercase();
    mime == "text/markdown" || lower.ends_with(".md") || lower.ends_with(".markdown")
}

/// Whether a file is a web page, read for its article (`app/html.rs`) rather than as text.
pub fn is_web_page(name: &str, mime: &str) -> bool {
    let lower = name.to_lowercase();
    mime.starts_with("text/html")
        || mime.starts_with("application/xhtml")
        || lower.ends_with(".html")
        || lower.ends_with(".htm")
        || lower.ends_with(".xhtml")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_texts_are_told_from_those_to_normalize() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
        // Every character the check lets through, alone or after any letter, is left as it is
        // by NFC: a quick-check "yes" and no combining class. Below U+0300 too.
        let through = (0..0x110000u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_composed(c.encode_utf8(&mut [0; 4])));
        let mut n = 0;
        for c in through {
            n += 1;
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            let after = format!("e{c}");
            assert_eq!(after.nfc().collect::<String>(), after, "{c:?}");
        }
        // Everything below U+0300 and the table's ranges (CJK and Hangul most of them).
        assert!(n > 39_000, "{n}");
        // News text passes; a decomposed accent, a combining mark, a singleton do not.
        assert!(is_composed("“Müller’s” €5 — 東京 😀 Ελλάδα Москва ™"));
        assert!(!is_composed("Jose\u{301} Mu\u{308}ller"));
        assert!(!is_composed("1\u{212B}")); // ANGSTROM SIGN, whose NFC is Å
        assert!(!is_composed("\u{1100}\u{1161}")); // Hangul jamo that compose
        assert!(is_composed(""));
    }

    #[test]
    fn a_long_text_is_cut_at_a_paragraph() {
        assert_eq!(first_part("short", 10), "short");
        assert_eq!(first_part("One para.\n\nTwo para.\n\nThree", 25), "One para.\n\nTwo para.");
        assert_eq!(first_part("word word word word", 12), "word word");
        // Never inside a character: "é" is two bytes.
        assert_eq!(first_part("ééééé", 5), "éé");
    }

    #[test]
    fn texts_are_cleaned_or_refused() {
        let ok = |t: &str| clean_text(t.to_string(), "it").unwrap();
        assert_eq!(
            ok("Title\r\rFirst.\r\nSecond.\u{2028}Third."),
            "Title\n\nFirst.\nSecond.\nThird."
        );
        // A stray NUL in an article goes; the text stays.
        let long = format!("Soci\u{e9}t\u{e9} G\0en\u{e9}rale{}", " said so.".repeat(20));
        assert_eq!(ok(&long), long.replace('\0', ""));
        // A binary file decoded as text is mostly replacement characters and NULs.
        let png = format!("\u{FFFD}PNG\r\n\u{1a}\n{}", "\0\u{FFFD}\u{FFFD}x".repeat(200));
        assert!(clean_text(png.clone(), "“photo.txt”")
            .unwrap_err()
            .contains("doesn't look like text"));
        assert!(clean_text("\0\0\0".into(), "the pasted text").unwrap_err().contains("text"));
        assert!(clean_text(" \r\n ".into(), "it").unwrap_err().contains("no text"));
        // A stray replacement character in a long article is not a binary file.
        let article = format!("{}\u{FFFD}", "A long article. ".repeat(20));
        assert!(clean_text(article.clone(), "it").is_ok());
    }

    #[test]
    fn files_are_decoded_by_their_marks_else_as_utf8_else_as_windows_1252() {
        let read = |b: &[u8]| decode(b, "“a.txt”").unwrap();
        let plain = read("Société Générale".as_bytes());
        assert_eq!((plain.text.as_str(), plain.note), ("Société Générale", None));
        // A UTF-8 byte-order mark is dropped.
        assert_eq!(read(b"\xEF\xBB\xBFHello").text, "Hello");
        // UTF-16 in either byte order, with its mark, is said.
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Müller & Co.".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Müller & Co.".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        for bytes in [le, be] {
            let d = read(&bytes);
            assert_eq!(d.text, "Müller & Co.");
            assert!(d.note.unwrap().contains("UTF-16"));
        }
        // Latin-1 and Windows-1252 (its quotes and euro sign), said.
        let latin = read(b"Soci\xe9t\xe9 G\xe9n\xe9rale said \x93yes\x94 to \x805m.");
        assert_eq!(latin.text, "Société Générale said “yes” to €5m.");
        assert_eq!(
            latin.note.as_deref(),
            Some("“a.txt” is not in UTF-8: it was read as Windows-1252 (Western European).")
        );
        // Bytes full of controls are no text in any encoding.
        let png: Vec<u8> = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0"
            .iter()
            .copied()
            .chain((0..2000u32).map(|i| (i * 37 % 251) as u8))
            .collect();
        assert!(decode(&png, "“photo.txt”").unwrap_err().contains("doesn't look like text"));
    }

    #[test]
    fn which_files_are_read() {
        assert_eq!(file_problem("story.txt", "text/plain", 2000.0), None);
        assert_eq!(file_problem("notes.md", "", 2000.0), None);
        assert_eq!(file_problem("README", "text/plain; charset=utf-8", 10.0), None);
        assert!(file_problem("photo.jpg", "image/jpeg", 2000.0).unwrap().contains("text files"));
        assert!(file_problem("scan.pdf", "application/pdf", 2000.0).unwrap().contains("Paste"));
        assert_eq!(file_problem("page.html", "text/html", 2000.0), None);
        assert_eq!(file_problem("PAGE.HTM", "", 2000.0), None);
        assert!(is_web_page("story.htm", "") && !is_web_page("story.txt", "text/plain"));
        assert_eq!(file_problem("post.markdown", "", 10.0), None);
        assert!(is_markdown("post.MD", "") && !is_markdown("post.txt", "text/plain"));
        assert!(file_problem("huge.txt", "text/plain", 9e6).unwrap().contains("8 MB"));
        assert!(file_problem("empty.txt", "text/plain", 0.0).unwrap().contains("empty"));
    }
}
