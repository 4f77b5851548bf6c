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
