//! Which files the reader opens: plain text, Markdown and web pages, up to a size limit. The checks are plain
//! Rust on the file's name, type and size, so they are tested natively; `app/open.rs` reads the
//! file once they pass.

/// The largest file read, in bytes (the engine itself stops at 8 MB; a news article is a few
/// tens of KB).
const MAX_FILE_BYTES: f64 = 8.0 * 1024.0 * 1024.0;

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
    if size > MAX_FILE_BYTES {
        return Some(format!(
            "Couldn't open “{name}”: it is {:.1} MB; Sidelight reads files up to 8 MB.",
            size / 1024.0 / 1024.0
        ));
    }
    if size == 0.0 {
        return Some(format!("Couldn't open “{name}”: the file is empty."));
    }
    None
}

/// A text as the reader keeps it: line ends made one kind ("\r\n", a lone "\r", and the
/// Unicode line and paragraph separators become "\n", so a file from an old Mac keeps its
/// paragraphs) and NUL characters removed. `Err` with the reader's words when what came in is
/// not text at all: a binary file read as text (many replacement characters or NULs), or
/// nothing readable. `what` names it in the message ("“photo.txt”", "the pasted text").
pub fn clean_text(text: &str, what: &str) -> Result<String, String> {
    let chars = text.chars().count().max(1);
    let replaced = text.chars().filter(|&c| c == '\u{FFFD}').count();
    let nul = text.chars().filter(|&c| c == '\0').count();
    if replaced * 100 > chars || nul * 100 > chars {
        return Err(format!("Couldn't read {what}: it doesn't look like text (a picture or another binary file?). Open a text, Markdown or web page file, or paste the article's text."));
    }
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
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
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
    fn a_long_text_is_cut_at_a_paragraph() {
        assert_eq!(first_part("short", 10), "short");
        assert_eq!(first_part("One para.\n\nTwo para.\n\nThree", 25), "One para.\n\nTwo para.");
        assert_eq!(first_part("word word word word", 12), "word word");
        // Never inside a character: "é" is two bytes.
        assert_eq!(first_part("ééééé", 5), "éé");
    }

    #[test]
    fn texts_are_cleaned_or_refused() {
        let ok = |t: &str| clean_text(t, "it").unwrap();
        assert_eq!(
            ok("Title\r\rFirst.\r\nSecond.\u{2028}Third."),
            "Title\n\nFirst.\nSecond.\nThird."
        );
        // A stray NUL in an article goes; the text stays.
        let long = format!("Soci\u{e9}t\u{e9} G\0en\u{e9}rale{}", " said so.".repeat(20));
        assert_eq!(ok(&long), long.replace('\0', ""));
        // A binary file decoded as text is mostly replacement characters and NULs.
        let png = format!("\u{FFFD}PNG\r\n\u{1a}\n{}", "\0\u{FFFD}\u{FFFD}x".repeat(200));
        assert!(clean_text(&png, "“photo.txt”").unwrap_err().contains("doesn't look like text"));
        assert!(clean_text("\0\0\0", "the pasted text").unwrap_err().contains("text"));
        assert!(clean_text(" \r\n ", "it").unwrap_err().contains("no text"));
        // A stray replacement character in a long article is not a binary file.
        let article = format!("{}\u{FFFD}", "A long article. ".repeat(20));
        assert!(clean_text(&article, "it").is_ok());
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
