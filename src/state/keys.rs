//! The reader's keyboard shortcuts as one table: the page-wide key handler looks a key up in
//! it and the help dialog lists it, so the keys that work and the keys the help names cannot
//! drift apart. Plain data, tested natively; the handler itself (which keys count as typing,
//! moving focus) lives in the app.

use super::Action;

/// What a shortcut does.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Hand this action to the reducer.
    Dispatch(Action),
    /// Move focus to the entity search box, showing the Entities tab (and on a phone the
    /// sheet) first if needed. Focus is the browser's, so the app does this itself.
    FocusSearch,
}

/// One shortcut: the keys that trigger it, what the help says it does, and its command.
#[derive(Clone, Debug, PartialEq)]
pub struct Shortcut {
    /// `KeyboardEvent.key` values, in the order the help lists them.
    pub keys: &'static [&'static str],
    pub description: &'static str,
    pub command: Command,
}

/// The shortcuts, in the order the help lists them.
pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        keys: &["j", "n"],
        description: "Next mention of the selected entity",
        command: Command::Dispatch(Action::Next),
    },
    Shortcut {
        keys: &["k", "p"],
        description: "Previous mention",
        command: Command::Dispatch(Action::Prev),
    },
    Shortcut { keys: &["/"], description: "Search entities", command: Command::FocusSearch },
    Shortcut {
        keys: &["Escape"],
        description: "Close this help, the sheet, or the selection",
        command: Command::Dispatch(Action::Escape),
    },
    Shortcut {
        keys: &["?"],
        description: "Show or hide these keys",
        command: Command::Dispatch(Action::ToggleHelp),
    },
];

/// The command of a `KeyboardEvent.key` value; `None` for keys that are not shortcuts.
pub fn command_for(key: &str) -> Option<Command> {
    SHORTCUTS.iter().find(|s| s.keys.contains(&key)).map(|s| s.command.clone())
}

/// How the help writes a key: as printed on the keyboard (`Esc` for `Escape`).
pub fn key_label(key: &str) -> &str {
    match key {
        "Escape" => "Esc",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_in_the_table_resolves_to_its_command() {
        for shortcut in SHORTCUTS {
            for &key in shortcut.keys {
                assert_eq!(command_for(key), Some(shortcut.command.clone()), "{key:?}");
            }
        }
    }

    #[test]
    fn the_keys_do_what_the_reader_was_told() {
        // (key, command)
        let cases: &[(&str, Command)] = &[
            ("j", Command::Dispatch(Action::Next)),
            ("n", Command::Dispatch(Action::Next)),
            ("k", Command::Dispatch(Action::Prev)),
            ("p", Command::Dispatch(Action::Prev)),
            ("/", Command::FocusSearch),
            ("Escape", Command::Dispatch(Action::Escape)),
            ("?", Command::Dispatch(Action::ToggleHelp)),
        ];
        for (key, command) in cases {
            assert_eq!(command_for(key).as_ref(), Some(command), "{key:?}");
        }
        let listed: usize = SHORTCUTS.iter().map(|s| s.keys.len()).sum();
        assert_eq!(listed, cases.len(), "the table has keys the cases do not check");
    }

    #[test]
    fn no_key_is_listed_twice() {
        let mut keys: Vec<&str> = SHORTCUTS.iter().flat_map(|s| s.keys.iter().copied()).collect();
        let listed = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), listed, "{keys:?}");
    }

    #[test]
    fn unknown_keys_do_nothing() {
        // Shifted letters, the help's label for a key, other keys and no key at all.
        for key in ["J", "N", "Esc", "Enter", "Tab", "x", " ", ""] {
            assert_eq!(command_for(key), None, "{key:?}");
        }
    }

    #[test]
    fn the_help_writes_keys_as_printed() {
        let labels: Vec<&str> =
            SHORTCUTS.iter().flat_map(|s| s.keys.iter().map(|k| key_label(k))).collect();
        assert_eq!(labels, ["j", "n", "k", "p", "/", "Esc", "?"]);
    }
}
