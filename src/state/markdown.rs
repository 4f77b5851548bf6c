//! A Markdown file's article: its blocks as the reader's lines with an outline (the first
//! level-1 heading is the title, other headings are headings), its inline syntax reduced to
//! the text a reader sees. Emphasis, links, inline code and escapes become their text; images,
//! raw HTML, footnote markers, front matter and rules are dropped; a table row is a line with
//! its cells joined by " · ", a code block one line.
//!
//! This reads the CommonMark blocks news posts are written with, not all of CommonMark: a full
//! parser (pulldown-cmark, which `sidelight render` uses natively) costs about 60 KB gzip in the
//! reader's WASM, a fifth of its first-load budget, for corners a post rarely has.

use super::outline::{assemble, Outlined};
use crate::engine::LineKind;

/// The article in `markdown`, or `None` when it has no text.
pub fn article(markdown: &str) -> Option<Outlined> {
    let mut blocks: Vec<(LineKind, String)> = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut title: Option<usize> = None;
    let flush = |para: &mut Vec<&str>, blocks: &mut Vec<(LineKind, String)>| {
        if !para.is_empty() {
            blocks.push((LineKind::Body, inline(&para.join(" "))));
            para.clear();
        }
    };
    let mut lines = markdown.lines().peekable();
    // Front matter (YAML `---` or TOML `+++`) is the file's settings, not its text.
    if let Some(fence) = lines.peek().map(|l| l.trim_end()).filter(|l| *l == "---" || *l == "+++") {
        let fence = fence.to_string();
        lines.next();
        for line in lines.by_ref() {
            if line.trim_end() == fence {
                break;
            }
        }
    }
    let mut code: Option<(String, Vec<String>)> = None;
    while let Some(raw) = lines.next() {
        let line = raw.trim();
        if let Some((fence, body)) = &mut code {
            if line.starts_with(fence.as_str()) {
                blocks.push((LineKind::Body, body.join(" ")));
                code = None;
            } else {
                body.push(line.to_string());
            }
            continue;
        }
        if line.starts_with("```") || line.starts_with("~~~") {
            flush(&mut para, &mut blocks);
            code = Some((line[..3].to_string(), Vec::new()));
            continue;
        }
        if line.is_empty() {
            flush(&mut para, &mut blocks);
            continue;
        }
        // A setext heading: a line of text underlined with === or ---.
        let under = lines.peek().map(|l| l.trim()).unwrap_or("");
        if para.is_empty() && !under.is_empty() && !is_rule(line) {
            let level = if under.bytes().all(|b| b == b'=') {
                Some(1)
            } else if under.bytes().all(|b| b == b'-') && under.len() >= 2 {
                Some(2)
            } else {
                None
            };
            if let Some(level) = level {
                lines.next();
                heading(level, line, &mut blocks, &mut title);
                continue;
            }
        }
        if let Some((level, text)) = atx(line) {
            flush(&mut para, &mut blocks);
            heading(level, text, &mut blocks, &mut title);
        } else if is_rule(line) {
            flush(&mut para, &mut blocks);
        } else if line.starts_with('<') {
            // Raw HTML is markup, not prose.
            flush(&mut para, &mut blocks);
        } else if line.starts_with('|') {
            flush(&mut para, &mut blocks);
            let cells: Vec<String> = line
                .trim_matches('|')
                .split('|')
                .map(|c| inline(c.trim()))
                .filter(|c| !c.is_empty())
                .collect();
            let separator = line.bytes().all(|b| matches!(b, b'|' | b'-' | b':' | b' '));
            if !separator && !cells.is_empty() {
                blocks.push((LineKind::Body, cells.join(" · ")));
            }
        } else if let Some(rest) = item(line).or_else(|| quote(line)) {
            flush(&mut para, &mut blocks);
            para.push(rest);
        } else if let Some(rest) = footnote(line) {
            flush(&mut para, &mut blocks);
            para.push(rest);
        } else {
            para.push(line);
        }
    }
    if let Some((_, body)) = code {
        blocks.push((LineKind::Body, body.join(" ")));
    }
    flush(&mut para, &mut blocks);
    // The title leads, as a headline does, even when something came before it.
    if let Some(t) = title.filter(|&t| t > 0) {
        let block = blocks.remove(t);
        blocks.insert(0, block);
    }
    assemble(blocks)
}

fn heading(
    level: usize,
    text: &str,
    blocks: &mut Vec<(LineKind, String)>,
    title: &mut Option<usize>,
) {
    let kind = if level == 1 && title.is_none() {
        *title = Some(blocks.len());
        LineKind::Title
    } else {
        LineKind::Heading
    };
    blocks.push((kind, inline(text)));
}

/// An ATX heading (`## Text ##`): its level and text.
fn atx(line: &str) -> Option<(usize, &str)> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[level..];
    ((1..=6).contains(&level) && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| (level, rest.trim().trim_end_matches('#').trim_end()))
}

/// A thematic break: three or more `-`, `*` or `_`, alone (spaces allowed).
fn is_rule(line: &str) -> bool {
    let marks: Vec<u8> = line.bytes().filter(|b| *b != b' ').collect();
    marks.len() >= 3
        && marks.iter().all(|&b| b == marks[0])
        && matches!(marks[0], b'-' | b'*' | b'_')
}

/// A list item's text (`- x`, `* x`, `+ x`, `1. x`, `1) x`, a task box dropped).
fn item(line: &str) -> Option<&str> {
    let rest = if let Some(r) = line.strip_prefix(['-', '*', '+']) {
        r
    } else {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let r = line[digits..].strip_prefix(['.', ')']).filter(|_| (1..=9).contains(&digits))?;
        r
    };
    let rest = rest.strip_prefix(' ')?.trim_start();
    let rest = ["[ ] ", "[x] ", "[X] "].iter().find_map(|b| rest.strip_prefix(b)).unwrap_or(rest);
    Some(rest)
}

/// A block quote's text (`> x`, nested `> > x`).
fn quote(line: &str) -> Option<&str> {
    line.starts_with('>').then(|| line.trim_start_matches(['>', ' ']))
}

/// A footnote definition's text (`[^1]: x`).
fn footnote(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("[^")?;
    let end = rest.find("]:")?;
    Some(rest[end + 2..].trim_start())
}

/// The text of a line of inline Markdown: emphasis, code spans and escapes reduced to their
/// text, links to their text, images, footnote markers and inline HTML tags dropped.
fn inline(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '`' => {
                let run = chars[i..].iter().take_while(|&&x| x == '`').count();
                let close = (i + run..chars.len())
                    .find(|&j| chars[j..].iter().take_while(|&&x| x == '`').count() == run);
                match close {
                    Some(j) => {
                        out.extend(&chars[i + run..j]);
                        i = j + run;
                    }
                    None => {
                        out.extend(&chars[i..i + run]);
                        i += run;
                    }
                }
            }
            '!' if chars.get(i + 1) == Some(&'[') => match link_end(&chars, i + 1) {
                Some((_, end)) => i = end,
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '[' if chars.get(i + 1) == Some(&'^') => {
                match chars[i..].iter().position(|&x| x == ']') {
                    Some(p) => i += p + 1,
                    None => {
                        out.push(c);
                        i += 1;
                    }
                }
            }
            '[' => match link_end(&chars, i) {
                Some((text_end, end)) => {
                    out.push_str(&inline(&chars[i + 1..text_end].iter().collect::<String>()));
                    i = end;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '<' => {
                // An autolink keeps its address; an inline tag goes; "3 < 4" stays.
                let inner = chars[i + 1..]
                    .iter()
                    .position(|&x| x == '>')
                    .map(|p| chars[i + 1..i + 1 + p].iter().collect::<String>())
                    .filter(|t| t.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/'));
                match inner {
                    Some(t) => {
                        if !t.contains(' ') && (t.contains("://") || t.contains('@')) {
                            out.push_str(&t);
                        }
                        i += t.chars().count() + 2;
                    }
                    None => {
                        out.push(c);
                        i += 1;
                    }
                }
            }
            '*' | '_' | '~' => {
                let run = chars[i..].iter().take_while(|&&x| x == c).count();
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + run).copied();
                // Inside a word an underscore is a letter ("snake_case"); a lone "~" is text.
                let in_word = before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric);
                let keep = (c == '_' && in_word)
                    || (c == '~' && run == 1)
                    || (before.is_none_or(char::is_whitespace)
                        && after.is_none_or(char::is_whitespace));
                if keep {
                    out.extend(&chars[i..i + run]);
                }
                i += run;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// The end of the link text starting at `open` (`[`) and the index after the whole link
/// (`[text](url "title")`, `[text][ref]`, `[text][]`); `None` when it is not a link.
fn link_end(chars: &[char], open: usize) -> Option<(usize, usize)> {
    let mut depth = 0;
    let mut close = None;
    for (j, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(j);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    let (opener, closer) = match chars.get(close + 1) {
        Some('(') => ('(', ')'),
        Some('[') => ('[', ']'),
        _ => return None,
    };
    let mut depth = 0;
    for (j, &c) in chars.iter().enumerate().skip(close + 1) {
        if c == opener {
            depth += 1;
        } else if c == closer {
            depth -= 1;
            if depth == 0 {
                return Some((close, j + 1));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use LineKind::*;

    #[test]
    fn a_post_becomes_an_outlined_article() {
        let md = "---\ntitle: ignored\n---\nIntro line before the title.\n\n# Kestrel Grid buys *Solvane*\n\nKestrel Grid, the [Halifax](https://example.com)-based company,\nsaid on **Tuesday** it would buy `Solvane`.\n\nWhat happens next?\n------------------\n\n- Solvane's 300 workers keep their jobs.\n2. The plant doubles its output.\n> \"Storage is where the grid is going,\" said Varga.\n\n| Year | Output |\n|---|---|\n| 2028 | 2 GWh |\n\n![A plant](plant.jpg)\n<div class=\"ad\">Buy now</div>\n\n***\n\nSee snake_case and a footnote.[^1]\n\n[^1]: Figures from the company.\n";
        let got = article(md).unwrap();
        let lines: Vec<&str> = got.text.split("\n\n").collect();
        assert_eq!(
            lines,
            [
                "Kestrel Grid buys Solvane",
                "Intro line before the title.",
                "Kestrel Grid, the Halifax-based company, said on Tuesday it would buy Solvane.",
                "What happens next?",
                "Solvane's 300 workers keep their jobs.",
                "The plant doubles its output.",
                "\"Storage is where the grid is going,\" said Varga.",
                "Year · Output",
                "2028 · 2 GWh",
                "See snake_case and a footnote.",
                "Figures from the company.",
            ]
        );
        assert_eq!(
            got.outline,
            [Title, Body, Body, Heading, Body, Body, Body, Body, Body, Body, Body]
        );
    }

    #[test]
    fn inline_syntax_becomes_text() {
        let cases = [
            ("**bold** and _it_ and ~~gone~~", "bold and it and gone"),
            ("a [link [with] brackets](http://x.y/(z)) here", "a link [with] brackets here"),
            ("a [ref link][1] and [plain] text", "a ref link and [plain] text"),
            ("\\*not emphasis\\* and 2 * 3 * 4", "*not emphasis* and 2 * 3 * 4"),
            ("``code with ` tick`` end", "code with ` tick end"),
            (
                "mail <jane@example.com> or <https://example.com>",
                "mail jane@example.com or https://example.com",
            ),
            ("a <span>tag</span> and 3 < 4 > 2", "a tag and 3 < 4 > 2"),
            ("an ![image](x.png) gone", "an  gone"),
            ("unclosed [bracket and `tick", "unclosed [bracket and `tick"),
        ];
        for (md, want) in cases {
            assert_eq!(inline(md), want, "{md:?}");
        }
    }

    #[test]
    fn no_title_without_a_level_one_heading() {
        let got = article("## Section\n\nText of the post.").unwrap();
        assert_eq!(got.outline, [Heading, Body]);
        assert_eq!(article("\n\n---\n\n"), None);
    }
}
