//! The gazetteer: known names (countries, organisations, places) with their
//! aliases, matched token by token and case-sensitively so `US` is never `us`.

use std::sync::OnceLock;

use serde::Deserialize;

use super::hash::{FxSet, WordFilter};
use super::tokens::{self, Token};
use super::trie::{Trie, TrieBuilder};
use super::types::EntityKind;

/// Why a gazetteer file was rejected, with the 1-based line it happened on.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum GazetteerError {
    #[error("line {line}: {message}")]
    Syntax { line: usize, message: String },
    #[error("line {line}: entry {name:?}: {message}")]
    Invalid {
        line: usize,
        name: String,
        message: String,
    },
}

/// One known entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerEntry {
    pub name: String,
    pub kind: EntityKind,
    /// Other surface forms, matched exactly (case-sensitively).
    pub aliases: Vec<String>,
    /// Adjectives (`Russian`): recognised so they are not taken for names,
    /// but not mentions of the entity.
    pub demonyms: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entries: Vec<GazetteerEntry>,
    /// The names and aliases, token by token.
    trie: Trie,
    demonyms: FxSet<Box<str>>,
    /// The demonyms and their plurals: most capitalised words are neither,
    /// and skip the set's lookups.
    demonym_filter: WordFilter,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    entity: Vec<toml::Spanned<RawEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    name: String,
    kind: EntityKind,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

impl Gazetteer {
    /// The built-in gazetteer (`assets/entities.toml`), parsed once.
    pub fn builtin() -> &'static Gazetteer {
        static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Gazetteer::from_toml(include_str!("../../assets/entities.toml"))
                .expect("assets/entities.toml is valid (checked by tests)")
        })
    }

    /// Parses a gazetteer file: `[[entity]]` tables with `name`, `kind`
    /// (`person`/`organization`/`place`/`other`), optional `aliases`, `demonyms`.
    pub fn from_toml(text: &str) -> Result<Gazetteer, GazetteerError> {
        let file: File = toml::from_str(text).map_err(|e| GazetteerError::Syntax {
            line: e.span().map_or(1, |s| line_of(text, s.start)),
            message: e.message().trim().to_string(),
        })?;
        let mut g = Gazetteer::default();
        for spanned in file.entity {
            // The line is counted only for an error: counting it for every
            // entry scanned the file once per entry (most of the cost of a
            // first use).
            let start = spanned.span().start;
            let raw = spanned.into_inner();
            let invalid = |message: &str| GazetteerError::Invalid {
                line: line_of(text, start),
                name: raw.name.clone(),
                message: message.to_string(),
            };
            if raw.name.trim().is_empty() {
                return Err(invalid("name is empty"));
            }
            if raw
                .aliases
                .iter()
                .chain(&raw.demonyms)
                .any(|a| a.trim().is_empty())
            {
                return Err(invalid("empty alias or demonym"));
            }
            g.entries.push(GazetteerEntry {
                name: raw.name,
                kind: raw.kind,
                aliases: raw.aliases,
                demonyms: raw.demonyms,
            });
        }
        g.rebuild();
        Ok(g)
    }

    /// Adds `other`'s entries; an entry with the same name (ignoring case)
    /// replaces the existing one, and its aliases take precedence.
    pub fn extend(&mut self, other: Gazetteer) {
        for entry in other.entries {
            match self
                .entries
                .iter_mut()
                .find(|e| e.name.eq_ignore_ascii_case(&entry.name))
            {
                Some(existing) => *existing = entry,
                None => self.entries.push(entry),
            }
        }
        self.rebuild();
    }

    pub fn entries(&self) -> &[GazetteerEntry] {
        &self.entries
    }

    pub fn entry(&self, id: u32) -> &GazetteerEntry {
        &self.entries[id as usize]
    }

    /// Whether `name`, as written, is the name or an alias of an entry.
    pub fn knows(&self, name: &str) -> bool {
        let mut toks = Vec::new();
        tokens::tokenize(name, &mut toks);
        let mut node = Trie::ROOT;
        for t in &toks {
            match self.trie.child(node, t.bytes(name)) {
                Some(n) => node = n,
                None => return false,
            }
        }
        !toks.is_empty() && self.trie.entry(node).is_some()
    }

    /// Whether `word` is a demonym (`Russian`, `Syrian`).
    /// `Russian`, and its plural `Russians` (a people, not a name).
    #[inline]
    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonym_filter.may_hold(word)
            && (self.demonyms.contains(word)
                || word.strip_suffix('s').is_some_and(|w| self.demonyms.contains(w)))
    }

    fn rebuild(&mut self) {
        let mut trie = TrieBuilder::default();
        self.demonyms.clear();
        self.demonym_filter = WordFilter::default();
        let mut toks = Vec::new();
        for (id, e) in self.entries.iter().enumerate() {
            for form in std::iter::once(&e.name).chain(&e.aliases) {
                tokens::tokenize(form, &mut toks);
                // Later entries (a user's file) win over earlier ones.
                trie.insert(toks.iter().map(|t| t.bytes(form)), id as u32);
            }
            // A one-word place's people are named with `-er` (`Dubliner`,
            // `Londoners`): demonyms too, not a person's name.
            let place_er = (e.kind == EntityKind::Place)
                .then(|| std::iter::once(&e.name).chain(&e.aliases))
                .into_iter()
                .flatten()
                .filter(|f| f.chars().all(char::is_alphabetic))
                .map(|f| format!("{f}er"));
            for d in e.demonyms.iter().cloned().chain(place_er) {
                self.demonym_filter.insert(&d);
                self.demonym_filter.insert(&format!("{d}s"));
                self.demonyms.insert(d.into());
            }
        }
        self.trie = trie.finish();
    }

    /// The longest gazetteer name starting at token `at`: (entry id, end token).
    /// Tokens must be adjacent as in the name (no stray punctuation between).
    /// Asked at every capitalised word, most of which start no name: the
    /// trie's filter of first words, inline, turns those away, and only the
    /// rest walk the trie.
    #[inline(always)]
    pub fn longest_match(&self, para: &str, toks: &[Token], at: usize) -> Option<(u32, usize)> {
        if !self.trie.may_start(toks.get(at)?.bytes(para)) {
            return None;
        }
        self.walk(para, toks, at)
    }

    /// `longest_match` past the filter.
    fn walk(&self, para: &str, toks: &[Token], at: usize) -> Option<(u32, usize)> {
        let mut node = Trie::ROOT;
        let mut best = None;
        let mut k = at;
        while k < toks.len() {
            let Some(next) = self.trie.child(node, toks[k].bytes(para)) else {
                break;
            };
            node = next;
            k += 1;
            if let Some(e) = self.trie.entry(node) {
                best = Some((e, k));
            }
            if toks[k - 1].is(tokens::POSSESSIVE) {
                break;
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_the_line_of_a_syntax_error() {
        let err = Gazetteer::from_toml("[[entity]]\nname = \"X\"\nkind = place\n").unwrap_err();
        assert!(matches!(err, GazetteerError::Syntax { line: 3, .. }), "{err}");
    }

    #[test]
    fn reports_the_line_of_an_invalid_entry() {
        let text =
            "[[entity]]\nname = \"A\"\nkind = \"place\"\n\n[[entity]]\nname = \" \"\nkind = \"place\"\n";
        let err = Gazetteer::from_toml(text).unwrap_err();
        assert!(matches!(err, GazetteerError::Invalid { line: 5, .. }), "{err}");
    }

    #[test]
    fn extend_overrides_by_name_and_adds_new() {
        let mut g = Gazetteer::from_toml("[[entity]]\nname = \"Acme\"\nkind = \"other\"\n").unwrap();
        let user = "[[entity]]\nname = \"acme\"\nkind = \"organization\"\naliases = [\"ACME Corp\"]\n\
                    [[entity]]\nname = \"Zed\"\nkind = \"person\"\n";
        g.extend(Gazetteer::from_toml(user).unwrap());
        assert_eq!(g.entries().len(), 2);
        assert_eq!(g.entries()[0].kind, EntityKind::Organization);
        let para = "ACME Corp said";
        let mut toks = Vec::new();
        tokens::tokenize(para, &mut toks);
        assert_eq!(g.longest_match(para, &toks, 0), Some((0, 2)));
    }

    #[test]
    fn demonyms_and_their_plurals_only() {
        let g =
            Gazetteer::from_toml("[[entity]]\nname = \"Syria\"\nkind = \"place\"\ndemonyms = [\"Syrian\"]\n")
                .unwrap();
        assert!(g.is_demonym("Syrian") && g.is_demonym("Syrians"));
        assert!(!g.is_demonym("Syria") && !g.is_demonym("syrian") && !g.is_demonym("Syrianss"));
    }

    #[test]
    fn a_one_word_place_with_er_is_its_people() {
        let toml = "[[entity]]\nname = \"Glenby\"\nkind = \"place\"\n\
                    [[entity]]\nname = \"Acme\"\nkind = \"organization\"\n";
        let g = Gazetteer::from_toml(toml).unwrap();
        assert!(g.is_demonym("Glenbyer") && g.is_demonym("Glenbyers"));
        assert!(!g.is_demonym("Acmeer"));
    }

    #[test]
    fn builtin_parses_and_is_case_sensitive() {
        let g = Gazetteer::builtin();
        assert!(g.entries().len() > 200);
        let para = "the us and the US and U.S. and United States";
        let mut toks = Vec::new();
        tokens::tokenize(para, &mut toks);
        let hits: Vec<usize> = (0..toks.len())
            .filter(|&k| g.longest_match(para, &toks, k).is_some())
            .collect();
        assert_eq!(hits.len(), 3);
    }
}
