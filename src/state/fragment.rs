//! The URL fragment that makes a selection a link: `#entity=mistral-ai&view=facts`. It is
//! read on load and on `hashchange`, and rewritten as the selection and the sidebar's view
//! change; other `key=value` parts and a bare heading anchor are kept where they can be.

use super::View;

/// The entity slug in a URL fragment such as `#entity=mistral-ai&view=facts`, if any.
pub fn fragment_entity(fragment: &str) -> Option<&str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix("entity="))
        .filter(|slug| !slug.is_empty())
}

/// The sidebar view in a URL fragment such as `#entity=mistral-ai&view=facts`, if any.
pub fn fragment_view(fragment: &str) -> Option<View> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix("view="))
        .and_then(View::from_key)
}

/// The fragment to show when the selection is `slug`, keeping the fragment's other `key=value`
/// parts (such as `view=facts`). Selecting replaces a bare heading anchor, since the selection
/// now says where the reader is; clearing the selection keeps the rest of the fragment as it is.
pub fn fragment_with_entity(fragment: &str, slug: Option<&str>) -> String {
    fragment_for(fragment, slug, fragment_view(fragment).unwrap_or(View::Entities))
}

/// The fragment for a selection and a sidebar view: `#entity=slug&view=facts`. The default view
/// (Entities) is left out, so a plain selection stays a short link; other `key=value` parts
/// are kept, and a bare heading anchor survives only when there is nothing else to say.
pub fn fragment_for(fragment: &str, slug: Option<&str>, view: View) -> String {
    let parts = fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("entity=") && !p.starts_with("view="));
    let mut out: Vec<String> = Vec::new();
    if let Some(slug) = slug {
        out.push(format!("entity={slug}"));
    }
    if view != View::Entities {
        out.push(format!("view={}", view.key()));
    }
    if out.is_empty() {
        out.extend(parts.map(str::to_string));
    } else {
        out.extend(parts.filter(|p| p.contains('=')).map(str::to_string));
    }
    if out.is_empty() {
        String::new()
    } else {
        format!("#{}", out.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_carry_the_selection() {
        // (fragment, slug read from it)
        let reads: &[(&str, Option<&str>)] = &[
            ("", None),
            ("#", None),
            ("#entity=mistral-ai", Some("mistral-ai")),
            ("entity=mistral-ai", Some("mistral-ai")),
            ("#view=facts&entity=apple", Some("apple")),
            ("#entity=", None),
            ("#the-path-forward", None),
        ];
        for &(fragment, slug) in reads {
            assert_eq!(fragment_entity(fragment), slug, "{fragment:?}");
        }
        // (current fragment, selection, fragment to show)
        let writes: &[(&str, Option<&str>, &str)] = &[
            ("", Some("apple"), "#entity=apple"),
            ("#entity=apple", Some("openai"), "#entity=openai"),
            ("#entity=apple", None, ""),
            ("#entity=apple&view=facts", None, "#view=facts"),
            ("#view=facts", Some("apple"), "#entity=apple&view=facts"),
            ("#the-path-forward", Some("apple"), "#entity=apple"),
            ("#the-path-forward", None, "#the-path-forward"),
            ("", None, ""),
        ];
        for &(fragment, slug, expected) in writes {
            assert_eq!(fragment_with_entity(fragment, slug), expected, "{fragment:?} {slug:?}");
        }
    }

    #[test]
    fn fragments_carry_the_view() {
        // (fragment, view read from it)
        let reads: &[(&str, Option<View>)] = &[
            ("", None),
            ("#view=facts", Some(View::Facts)),
            ("#entity=mistral-ai&view=map", Some(View::Map)),
            ("#view=entities", Some(View::Entities)),
            ("#view=nonsense", None),
            ("#the-path-forward", None),
        ];
        for &(fragment, view) in reads {
            assert_eq!(fragment_view(fragment), view, "{fragment:?}");
        }
        // (current fragment, selection, view, fragment to show)
        let writes: &[(&str, Option<&str>, View, &str)] = &[
            ("", Some("apple"), View::Facts, "#entity=apple&view=facts"),
            ("", None, View::Map, "#view=map"),
            ("", None, View::Entities, ""),
            ("#entity=apple&view=facts", Some("apple"), View::Entities, "#entity=apple"),
            ("#view=facts", None, View::Map, "#view=map"),
            ("#the-path-forward", None, View::Facts, "#view=facts"),
            ("#the-path-forward", None, View::Entities, "#the-path-forward"),
            ("#x=1", Some("apple"), View::Map, "#entity=apple&view=map&x=1"),
        ];
        for &(fragment, slug, view, expected) in writes {
            assert_eq!(
                fragment_for(fragment, slug, view),
                expected,
                "{fragment:?} {slug:?} {view:?}"
            );
        }
    }
}
