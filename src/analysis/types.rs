//! The analysis's output: what the store, search index and reader consume.

use serde::{Deserialize, Serialize};

/// What kind of thing a name refers to; `Other` where the rules are unsure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

/// A byte range (`start..end`, UTF-8 byte offsets, always on char boundaries)
/// inside one body paragraph of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// One entity as it appears in a single article: its name, the fullest
/// form the article (or the gazetteer) gives, and its aliases, every
/// distinct surface form seen in the article (without honorifics or `'s`).
/// The strings are in one allocation: a `String` each and a vector cost
/// `analyze` three or four allocations per entity, a tenth of its time.
#[derive(Clone, PartialEq, Eq)]
pub struct LocalEntity {
    pub kind: EntityKind,
    /// The name, then each alias, each after its length in bytes (see
    /// `push_length`).
    forms: String,
}

/// A length as ASCII chars, six bits each, low bits first, 0x40 on every
/// char but the last: one byte below 64, two below 4096, any length at all
/// (a file may hold a "name" of megabytes).
fn push_length(text: &mut String, mut len: usize) {
    while len >= 0x40 {
        text.push(char::from(0x40 | (len & 0x3F) as u8));
        len >>= 6;
    }
    text.push(char::from(len as u8));
}

/// The length at the start of `text` (as `push_length` wrote it) and the
/// text after it.
fn read_length(text: &str) -> Option<(usize, &str)> {
    let (mut len, mut shift) = (0, 0);
    for (i, b) in text.bytes().enumerate() {
        len |= usize::from(b & 0x3F) << shift;
        if b & 0x40 == 0 {
            return Some((len, &text[i + 1..]));
        }
        shift += 6;
    }
    None
}

impl LocalEntity {
    pub fn new(name: &str, kind: EntityKind, aliases: &[&str]) -> LocalEntity {
        // Room for every form and its length (at most 4 bytes below 16 MB),
        // worked out in one pass: the few bytes over cost less than a
        // second pass over the forms.
        let room = aliases.iter().fold(name.len() + 4, |n, a| n + a.len() + 4);
        let mut text = String::with_capacity(room);
        for f in std::iter::once(name).chain(aliases.iter().copied()) {
            push_length(&mut text, f.len());
            text.push_str(f);
        }
        LocalEntity { kind, forms: text }
    }

    /// The name, then each alias.
    pub fn forms(&self) -> impl Iterator<Item = &str> + Clone {
        let mut rest = &*self.forms;
        std::iter::from_fn(move || {
            let (len, after) = read_length(rest)?;
            let (form, tail) = after.split_at(len);
            rest = tail;
            Some(form)
        })
    }

    pub fn name(&self) -> &str {
        self.forms().next().unwrap_or_default()
    }

    pub fn aliases(&self) -> impl Iterator<Item = &str> + Clone {
        self.forms().skip(1)
    }
}

/// As the struct of a `name`, a `kind` and a vector of `aliases` was.
impl std::fmt::Debug for LocalEntity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalEntity")
            .field("name", &self.name())
            .field("kind", &self.kind)
            .field("aliases", &self.aliases().collect::<Vec<_>>())
            .finish()
    }
}

impl Serialize for LocalEntity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("LocalEntity", 3)?;
        st.serialize_field("name", self.name())?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("aliases", &self.aliases().collect::<Vec<_>>())?;
        st.end()
    }
}

/// One occurrence of an entity; `entity` indexes `ArticleAnalysis::entities`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub span: Span,
    pub entity: usize,
}

/// One quoted span and who said it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quote's text without its quotation marks.
    pub span: Span,
    pub text: String,
    /// Index into `ArticleAnalysis::entities`; `None` when the text names nobody.
    pub speaker: Option<usize>,
    /// A role given instead of a name (`a Kremlin spokesman`).
    pub role: Option<String>,
    /// The speech verb as written (`said`, `told`, `according to`).
    pub cue: Option<String>,
}

/// What a quoted span is (see `analysis::analyze_with_kinds`); scare quotes
/// and titles have no speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Reported speech standing as its own sentence or clause.
    Speech,
    /// A fragment of speech woven into the writer's sentence.
    Partial,
    /// Words set off by the writer, said by nobody in particular.
    Scare,
    /// The title of a work.
    Title,
}

/// Everything the analysis knows about one article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ArticleAnalysis {
    pub entities: Vec<LocalEntity>,
    /// Sorted by position.
    pub mentions: Vec<Mention>,
    /// Sorted by position.
    pub quotes: Vec<Quote>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every form comes back as given, empty, long (one, two, three and
    /// four length chars, past what one char can count) and with any
    /// character in it, the length chars included.
    #[test]
    fn an_entity_keeps_its_forms() {
        let long = "é".repeat(0xD800);
        let longer = "N".repeat(0x11_0000 + 3);
        let odd = "A\u{1}\u{7f}\u{10}B";
        let (x63, y64) = ("x".repeat(63), "y".repeat(64));
        let aliases = ["Ann Lee", "", odd, &long, "Lee", &x63, &y64, &longer, "z"];
        let e = LocalEntity::new("Dr Ann Lee", EntityKind::Person, &aliases);
        assert_eq!(e.name(), "Dr Ann Lee");
        assert!(e.aliases().eq(aliases));
        assert_eq!(e.forms().count(), 10);
        let shown = format!("{e:?}");
        assert!(
            shown.starts_with(
                "LocalEntity { name: \"Dr Ann Lee\", kind: Person, aliases: [\"Ann Lee\", \"\","
            )
        );
        let none = LocalEntity::new("", EntityKind::Other, &[]);
        assert_eq!((none.name(), none.aliases().count()), ("", 0));
    }
}
