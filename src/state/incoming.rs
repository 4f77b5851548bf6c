//! Articles that arrive from elsewhere rather than from the reader's own hands: a page's
//! address in the reader's link (`?src=URL`, fetched when the browser may read it) and the
//! bookmarklet, which opens the reader from an article's page and posts it that page.
//!
//! The rules here are plain functions (tested natively); the fetching and the messages are
//! the app's (`app/incoming.rs`).

/// What the reader's address asks it to read on opening.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// `?src=URL`: fetch this address (already checked by [`source_url`]).
    Src(String),
    /// `?src=` with an address the reader does not fetch, and why.
    BadSrc(String),
    /// `?from=bookmarklet`: the page that opened this window will post its article.
    Bookmarklet,
}

/// The largest page the reader fetches or accepts from the bookmarklet, in bytes: a web
/// page's HTML is several times its article's text.
pub const MAX_PAGE_BYTES: usize = 16 << 20;

/// The message type the bookmarklet posts, and the word the reader answers with when it is
/// ready to receive it.
pub const ARTICLE_MESSAGE: &str = "sidelight:article";
pub const READY_MESSAGE: &str = "sidelight:ready";

/// What a page's query string (`location.search`) asks for, if anything.
pub fn from_query(search: &str) -> Option<Incoming> {
    let mut found = None;
    for pair in search.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "src" => {
                found = Some(match source_url(&percent_decode(value)) {
                    Ok(url) => Incoming::Src(url),
                    Err(why) => Incoming::BadSrc(why),
                })
            }
            "from" if value == "bookmarklet" => found = Some(Incoming::Bookmarklet),
            _ => {}
        }
    }
    found
}

/// `%XX` escapes and `+` (a space in a query) decoded; invalid escapes are kept as written
/// and invalid UTF-8 becomes replacement characters.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' => {
                match (b.get(i + 1).copied().and_then(hex), b.get(i + 2).copied().and_then(hex)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The address `?src=` names, if the reader fetches it: an `http:` or `https:` address, or a
/// path on the reader's own site (`/articles/story.html`). Anything else (`javascript:`,
/// `data:`, `file:`, an address with no scheme) is refused with the reader's words.
pub fn source_url(raw: &str) -> Result<String, String> {
    let url = raw.trim();
    let lower = url.to_ascii_lowercase();
    if url.is_empty() {
        return Err("The link asks to read an article from an address, but gives none.".into());
    }
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    let own = url.starts_with('/') && !url.starts_with("//");
    if (web && url.len() > "https://".len()) || own {
        Ok(url.to_string())
    } else {
        Err(format!(
            "Sidelight reads articles only from web addresses (http or https), not “{}”.",
            url.chars().take(80).collect::<String>()
        ))
    }
}

/// The bookmarklet for a reader at `app_url` (its address, without a query or fragment): a
/// `javascript:` link that, clicked on an article's page, opens the reader in a new tab with
/// `?from=bookmarklet`, waits for its ready word (from the reader's origin only), and posts it
/// the page's HTML, address and title (to the reader's origin only). The reader extracts the
/// article itself, with the same reader view as a pasted page; nothing goes anywhere else.
pub fn bookmarklet(app_url: &str) -> String {
    // The address as a JavaScript string literal.
    let mut url = String::from('"');
    for c in app_url.chars() {
        match c {
            '"' | '\\' => {
                url.push('\\');
                url.push(c);
            }
            c if (c as u32) < 0x20 || matches!(c, '\u{2028}' | '\u{2029}') => {
                url.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => url.push(c),
        }
    }
    url.push('"');
    let script = format!(
        "(()=>{{const u={url},o=new URL(u,location.href).origin,\
w=window.open(u+(u.includes('?')?'&':'?')+'from=bookmarklet','_blank');\
if(!w){{alert('Sidelight: allow pop-ups for this site, then use the bookmark again.');return}}\
const m={{type:'{ARTICLE_MESSAGE}',html:document.documentElement.outerHTML.slice(0,{MAX_PAGE_BYTES}),\
url:location.href,title:document.title}};\
const f=e=>{{if(e.source===w&&e.origin===o&&e.data==='{READY_MESSAGE}'){{\
removeEventListener('message',f);w.postMessage(m,o)}}}};addEventListener('message',f)}})()"
    );
    format!("javascript:{}", script.replace('%', "%25").replace(' ', "%20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_names_an_address_to_fetch_or_the_bookmarklet() {
        assert_eq!(from_query(""), None);
        assert_eq!(from_query("?embed=1"), None);
        assert_eq!(
            from_query("?src=https%3A%2F%2Fnews.example%2Fa%3Fid%3D7"),
            Some(Incoming::Src("https://news.example/a?id=7".into()))
        );
        assert_eq!(
            from_query("?src=/articles/story.html"),
            Some(Incoming::Src("/articles/story.html".into()))
        );
        assert_eq!(from_query("?from=bookmarklet"), Some(Incoming::Bookmarklet));
        for bad in [
            "javascript:alert(1)", "JavaScript%3Aalert(1)", "data:text/html,hi",
            "file:///etc/passwd", "//evil.example/x", "news.example/a", "https://",
        ] {
            match from_query(&format!("?src={bad}")) {
                Some(Incoming::BadSrc(why)) => assert!(why.contains("http"), "{bad}: {why}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
        assert!(matches!(from_query("?src="), Some(Incoming::BadSrc(_))));
    }

    #[test]
    fn percent_escapes_are_decoded_and_broken_ones_kept() {
        assert_eq!(percent_decode("a%20b+c%C3%A9"), "a b cé");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }

    #[test]
    fn the_bookmarklet_posts_only_to_the_readers_origin() {
        let b = bookmarklet("https://reader.example/app/index.html");
        assert!(
            b.starts_with("javascript:(()=>{const%20u=\"https://reader.example/app/index.html\"")
        );
        assert!(
            b.contains("w.postMessage(m,o)")
                && b.contains("e.origin===o")
                && b.contains("e.source===w")
        );
        // A quote in the address cannot end the string.
        let odd = bookmarklet("https://reader.example/a\"b");
        assert!(odd.contains(r#""https://reader.example/a\"b""#));
    }
}
