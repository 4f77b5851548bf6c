//! "Save a copy": one self-contained HTML file with the article, its analysis (corrections
//! applied) and the whole reader, that opens from disk on any machine with no network.
//!
//! The file is `render::document`'s page (the highlighted article and its facts, styled by
//! `web/render.css`: what a browser with JavaScript off shows), with the reader added:
//! the app's stylesheet in a `<style>` that applies nothing until the reader starts
//! (`media="not all"`), its JavaScript and WebAssembly as `data:` addresses inside inert
//! `<script type="text/plain">` elements, and a small module script that loads them. Started
//! that way, the app finds the page's own article (`script.sidelight-data`), takes it in
//! place of the pre-rendered markup (`app/saved.rs`) and reads it without analysing again.

/// The id of the `<style>` that holds the app's stylesheet until the reader starts.
pub const STYLE_ID: &str = "sidelight-app-style";

/// The loader: the app's JavaScript imported from its `data:` address, its WebAssembly
/// started from its own, and then the app's stylesheet switched on.
const LOADER: &str = r#"const data = (id) => document.getElementById(id).textContent.trim();
const { default: init } = await import(data('sidelight-js'));
await init({ module_or_path: fetch(data('sidelight-wasm')) });
document.getElementById('sidelight-app-style').media = 'all';"#;

/// What a saved copy is made of.
pub struct Parts<'a> {
    /// `render::document` of the article and its (corrected) analysis.
    pub page: &'a str,
    /// The app's stylesheet.
    pub css: &'a str,
    /// The app's JavaScript (wasm-bindgen's module) and WebAssembly.
    pub js: &'a [u8],
    pub wasm: &'a [u8],
}

/// The saved copy's HTML.
pub fn assemble(parts: &Parts) -> String {
    let Parts { page, css, js, wasm } = parts;
    let mut out =
        String::with_capacity(page.len() + css.len() + (js.len() + wasm.len()) * 4 / 3 + 1024);
    let (head, body) = page.split_once("</head>").unwrap_or(("", page));
    out.push_str(head);
    // `</` cannot occur in CSS outside strings and comments; the app's own sheet has none.
    out.push_str(&format!("<style id=\"{STYLE_ID}\" media=\"not all\">\n"));
    out.push_str(&css.replace("</", "<\\/"));
    out.push_str("</style>\n</head>");
    let body = body.trim_end().trim_end_matches("</html>").trim_end();
    let body = body.trim_end_matches("</body>");
    out.push_str(body);
    out.push_str("<div id=\"app\"></div>\n");
    for (id, mime, bytes) in
        [("sidelight-js", "text/javascript", js), ("sidelight-wasm", "application/wasm", wasm)]
    {
        // Base64 has no `<`: nothing can end the element early.
        out.push_str(&format!("<script type=\"text/plain\" id=\"{id}\">data:{mime};base64,"));
        base64(&mut out, bytes);
        out.push_str("</script>\n");
    }
    out.push_str("<script type=\"module\">\n");
    out.push_str(LOADER);
    out.push_str("\n</script>\n</body>\n</html>\n");
    out
}

/// Appends `bytes` in standard Base64 (RFC 4648, with padding).
fn base64(out: &mut String, bytes: &[u8]) {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    out.reserve(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(bytes: &[u8]) -> String {
        let mut s = String::new();
        base64(&mut s, bytes);
        s
    }

    #[test]
    fn base64_is_rfc_4648() {
        // RFC 4648, section 10.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(b64(plain.as_bytes()), coded);
        }
        assert_eq!(b64(&[0xfb, 0xff, 0xfe]), "+//+");
    }

    #[test]
    fn the_copy_is_the_rendered_page_with_the_reader_inert_until_it_starts() {
        let text =
            "Orbix hires Dana Lee\nOrbix, the Oslo maker of drones, hired Dana Lee on Monday.";
        let page = crate::render::document(text, &crate::engine::analyze(text)).unwrap();
        let copy = assemble(&Parts {
            page: &page,
            css: "body { margin: 0 }",
            js: b"export default async function init() {}",
            wasm: b"\0asm\x01\0\0\0",
        });
        // The pre-rendered article is all there, as `render` wrote it.
        let (head, _) = page.split_once("</head>").unwrap();
        assert!(copy.starts_with(head));
        let article = &page[page.find("<body").unwrap()..page.find("</body>").unwrap()];
        assert!(copy.contains(article));
        // The app's stylesheet applies to nothing until the reader switches it on.
        assert!(copy.contains("<style id=\"sidelight-app-style\" media=\"not all\">\nbody { margin: 0 }</style>\n</head>"));
        assert!(copy.contains("data:application/wasm;base64,AGFzbQEAAAA=</script>"));
        assert!(copy.contains(&format!(
            "data:text/javascript;base64,{}</script>",
            b64(b"export default async function init() {}")
        )));
        // One page: the reader's root, then the loader last.
        assert_eq!(copy.matches("<html").count(), 1);
        assert_eq!(copy.matches("</body>").count(), 1);
        assert!(copy.trim_end().ends_with("</script>\n</body>\n</html>"));
        assert!(copy.find("<div id=\"app\"></div>").unwrap() > copy.find(article).unwrap());
    }
}
