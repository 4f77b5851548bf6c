//! Markdown → the engine's plain-text line format (the title on the first line, one block per
//! line), so that `sidelight render` reads the posts static sites are written in.
//!
//! The engine decides what each line is by its shape (`engine::structure`); this only has to
//! give it the right lines, with the text a reader sees and none of the Markdown syntax:
//! - the first level-1 heading is the title, moved to the first line if something came
//!   before it; without one, the first line is the title, as for plain text;
//! - every other heading, paragraph, list item, block quote paragraph, table row and
//!   footnote is a line of its own (a table's cells joined by " · ", a code block's lines by
//!   spaces);
//! - emphasis, links, strikethrough and inline code are reduced to their text; images, raw
//!   HTML, footnote references, task-list boxes and front matter (YAML `---` or TOML `+++`)
//!   are dropped, since none of them is prose.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// What separates a table's cells on their row's line.
const CELL_SEPARATOR: &str = " · ";

/// The article in `markdown` as lines of plain text, each ending in a newline.
///
/// # Example
/// ```
/// let md = "# Mistral AI raises *€600 million*\n\nThe [Paris](https://example.com) start-up\nraised it in June.\n";
/// assert_eq!(
///     sidelight::render::markdown::to_lines(md),
///     "Mistral AI raises €600 million\nThe Paris start-up raised it in June.\n"
/// );
/// ```
pub fn to_lines(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut lines = Lines::default();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(tag) => lines.start(tag),
            Event::End(tag) => lines.end(tag),
            Event::Text(t) | Event::Code(t) => lines.push(&t),
            Event::SoftBreak | Event::HardBreak => lines.push(" "),
            Event::Rule => lines.flush(),
            // Raw HTML, footnote markers, task boxes and anything newer are not prose.
            _ => {}
        }
    }
    lines.flush();
    lines.finish()
}

/// The lines collected so far and the one being built.
#[derive(Default)]
struct Lines {
    done: Vec<String>,
    current: String,
    /// The index in `done` of the first level-1 heading: the title.
    title: Option<usize>,
    /// Inside the first level-1 heading, whose line becomes the title.
    in_title: bool,
    /// Inside an image (its alt text) or front matter: text that is not the article's.
    hidden: usize,
}

impl Lines {
    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush();
                self.in_title = level == HeadingLevel::H1 && self.title.is_none();
            }
            Tag::TableCell if !self.current.trim().is_empty() => self.push(CELL_SEPARATOR),
            Tag::Image { .. } | Tag::MetadataBlock(_) => self.hidden += 1,
            Tag::Paragraph
            | Tag::Item
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::List(_)
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::FootnoteDefinition(_)
            | Tag::HtmlBlock => self.flush(),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                self.flush();
                self.in_title = false;
            }
            TagEnd::Image | TagEnd::MetadataBlock(_) => self.hidden = self.hidden.saturating_sub(1),
            TagEnd::Paragraph
            | TagEnd::Item
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::List(_)
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::FootnoteDefinition
            | TagEnd::HtmlBlock => self.flush(),
            _ => {}
        }
    }

    fn push(&mut self, text: &str) {
        if self.hidden == 0 {
            self.current.push_str(text);
        }
    }

    /// Ends the line being built: its runs of spaces, tabs and line breaks become one space
    /// (a line of the line format holds no line break), and an empty line is dropped.
    fn flush(&mut self) {
        let line = self.current.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
        self.current.clear();
        if line.is_empty() {
            return;
        }
        if self.in_title && self.title.is_none() {
            self.title = Some(self.done.len());
        }
        self.done.push(line);
    }

    /// The title first, then every other line in order.
    fn finish(mut self) -> String {
        if let Some(t) = self.title {
            let title = self.done.remove(t);
            self.done.insert(0, title);
        }
        self.done.iter().map(|l| format!("{l}\n")).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn markdown_becomes_lines_of_plain_text() {
        // (Markdown, the lines it gives)
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("# Title\n\nSome *emphasis*, __strong__ and a [link](https://x.org \"t\") and `code`.\n",
             "Title\nSome emphasis, strong and a link and code.\n"),
            ("# Title\n\n## A Section\n\nBody.\n\n### Deeper ###\n\nMore.", "Title\nA Section\nBody.\nDeeper\nMore.\n"),
            ("Title\n=====\n\nSection\n-------\n\nBody.", "Title\nSection\nBody.\n"),
            // The first level-1 heading is the title wherever it is; later ones are headings.
            ("An intro line.\n\n# The Title\n\nBody.\n\n# Another One", "The Title\nAn intro line.\nBody.\nAnother One\n"),
            ("## Only a Section\n\nBody.", "Only a Section\nBody.\n"),
            ("# T\n\n- one\n- *two*\n  - nested\n\n1. first\n2) second", "T\none\ntwo\nnested\nfirst\nsecond\n"),
            ("# T\n\n* loose\n\n  with a paragraph\n\n* item", "T\nloose\nwith a paragraph\nitem\n"),
            ("# T\n\n> quoted *text*\n> goes on\n>\n> > nested", "T\nquoted text goes on\nnested\n"),
            ("# T\n\nline one  \nline two\\\nline three\nline four", "T\nline one line two line three line four\n"),
            ("# T\n\n![a chart](chart.png) The caption.\n\n![only an image](x.png)", "T\nThe caption.\n"),
            ("# T\n\n<div class=\"x\">\nraw block\n</div>\n\nText with <b>bold</b> <!-- note --> words.", "T\nText with bold words.\n"),
            ("---\ntitle: Front Matter\ntags: [a]\n---\n# T\n\nBody.", "T\nBody.\n"),
            ("+++\ntitle = \"toml\"\n+++\n\n# T\n\nBody.", "T\nBody.\n"),
            ("# T\n\n| Company | Raised |\n|---|--:|\n| Mistral AI | €600 million |\n| | empty first |", "T\nCompany · Raised\nMistral AI · €600 million\nempty first\n"),
            ("# T\n\n```rust\nlet x = 1;\n\nlet y = 2;\n```\n\n    indented code", "T\nlet x = 1; let y = 2;\nindented code\n"),
            ("# AT&amp;T &copy; \\*stars\\*\n\nA &lt;tag&gt; stays text.", "AT&T © *stars*\nA <tag> stays text.\n"),
            ("# T\n\n~~old~~ new, a note[^1].\n\n[^1]: The note.", "T\nold new, a note.\nThe note.\n"),
            ("# T\n\n- [x] done\n- [ ] to do", "T\ndone\nto do\n"),
            ("# T\n\n***\n\nAfter a rule.\n\n<https://example.org> autolink", "T\nAfter a rule.\nhttps://example.org autolink\n"),
            ("#\n\nFirst line.\n\n# Real Title", "Real Title\nFirst line.\n"),
            ("# Zoë in 東京 😀\r\n\r\nCRLF\r\nlines.", "Zoë in 東京 😀\nCRLF lines.\n"),
        ];
        for &(markdown, want) in cases {
            assert_eq!(to_lines(markdown), want, "{markdown:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// Any input gives lines that are neither empty nor padded, each ending in a newline.
        #[test]
        fn any_input_gives_clean_lines(
            parts in prop::collection::vec(prop_oneof![
                prop::sample::select(&["# ", "## ", "\n", "\n\n", "- ", "> ", "*", "_", "`", "```\n", "[", "](u)", "![", "|", "---\n", "<b>", "&amp;", "\\", "  \n", "\t", "😀", "é"][..]).prop_map(str::to_string),
                any::<String>(),
            ], 0..40)
        ) {
            let out = to_lines(&parts.concat());
            prop_assert!(out.is_empty() || out.ends_with('\n'));
            for line in out.lines() {
                prop_assert!(!line.is_empty() && line.trim_matches([' ', '\t']) == line, "{:?}", line);
            }
        }
    }
}
