//! Names as a trie over their lower-cased words, to find every name that a run of words
//! starts with by walking the words once: the work per position is the length of the longest
//! name there, not the number of names that share its first word, so a text of many names
//! stays linear.

use super::hash::FastMap;
use super::text::lower_into;

pub(crate) struct Trie<T> {
    /// Each node's children by the next lower-cased word; node 0 is the root.
    children: Vec<FastMap<String, u32>>,
    /// The values of the names ending at each node, in the order they were added.
    ends: Vec<Vec<T>>,
}

impl<T> Trie<T> {
    pub fn new() -> Trie<T> {
        Trie { children: vec![FastMap::default()], ends: vec![Vec::new()] }
    }

    /// Adds the name of lower-cased `words` with `value`.
    pub fn insert(&mut self, words: &[String], value: T) {
        let mut node = 0;
        for w in words {
            node = match self.children[node].get(w) {
                Some(&next) => next as usize,
                None => {
                    let next = self.ends.len();
                    self.children[node].insert(w.clone(), next as u32);
                    self.children.push(FastMap::default());
                    self.ends.push(Vec::new());
                    next
                }
            };
        }
        self.ends[node].push(value);
    }

    pub fn is_empty(&self) -> bool {
        self.children[0].is_empty()
    }

    /// The names `words` starts with (each word lower-cased into `buf` as it is read),
    /// shortest first: how many words each has, and the values added with it.
    pub fn prefixes<'w>(
        &self,
        words: impl Iterator<Item = &'w str>,
        buf: &mut String,
    ) -> Vec<(usize, &[T])> {
        let mut found = Vec::new();
        let mut node = 0;
        for (n, w) in words.enumerate() {
            let Some(&next) = self.children[node].get(lower_into(w, buf)) else { break };
            node = next as usize;
            if !self.ends[node].is_empty() {
                found.push((n + 1, self.ends[node].as_slice()));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_name_a_run_of_words_starts_with() {
        let mut t = Trie::new();
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        t.insert(&words("apple"), 1);
        t.insert(&words("apple music"), 2);
        t.insert(&words("apple music"), 3);
        t.insert(&words("banana"), 4);
        let got: Vec<(usize, Vec<i32>)> = t
            .prefixes("Apple Music Live".split(' '), &mut String::new())
            .into_iter()
            .map(|(n, v)| (n, v.to_vec()))
            .collect();
        assert_eq!(got, [(1, vec![1]), (2, vec![2, 3])]);
        assert!(t.prefixes("Pear Apple".split(' '), &mut String::new()).is_empty());
        assert!(!t.is_empty() && Trie::<()>::new().is_empty());
    }
}
