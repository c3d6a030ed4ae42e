//! The user's corrections to the entity index (`entities.toml` in the config
//! folder): names that are one entity, what it is called and what kind it
//! is, and names that are not entities at all. Rules cannot know every
//! name; a reader who sees a wrong merge or a junk row can fix it for good.
//!
//! ```toml
//! hide = ["News", "Radio"]          # never entities
//!
//! [[entity]]                        # one entity: these spellings, this name
//! name = "Lleyton Hewitt"
//! aliases = ["Hewitt", "L Hewitt"]
//! kind = "person"                   # optional: person, organization, place, other
//!
//! [[entity]]                        # a name alone: kept apart from every other
//! name = "Brown and Williamson"
//! ```
//!
//! A bad entry is reported with its file and line, and the others still apply.

use super::namekey::Key;
use super::types::EntityKind;
use std::collections::BTreeMap;
use toml::{Spanned, Value};

/// One `[[entity]]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Correction {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: Option<EntityKind>,
}

impl Correction {
    /// The name keys of its name and aliases.
    pub fn keys(&self) -> impl Iterator<Item = String> + '_ {
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .map(|n| key_of(n))
    }
}

fn key_of(name: &str) -> String {
    let key = Key::new(name);
    if key.is_empty() {
        name.to_owned()
    } else {
        key.as_str().to_owned()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Corrections {
    entities: Vec<Correction>,
    hidden: Vec<String>,
}

impl Corrections {
    /// Parses `text` (the file `file`, for messages): the corrections that
    /// are valid, and one message per error (`file:line: setting: what`).
    pub fn parse(text: &str, file: &str) -> (Corrections, Vec<String>) {
        let mut out = Corrections::default();
        let mut errors = Vec::new();
        let line = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let table: BTreeMap<Spanned<String>, Spanned<Value>> = match toml::from_str(text) {
            Ok(t) => t,
            Err(e) => {
                let at = e.span().map_or(String::new(), |s| format!(":{}", line(s.start)));
                errors.push(format!("{file}{at}: {}", e.message().trim()));
                return (out, errors);
            }
        };
        // `[[entity]]` tables lose their spans inside the array: the n-th header's line stands in.
        let headers: Vec<usize> = (1..)
            .zip(text.lines())
            .filter(|(_, l)| l.trim().starts_with("[[entity]]"))
            .map(|(n, _)| n)
            .collect();
        for (key, value) in &table {
            let at = line(key.span().start);
            let mut report = |setting: &str, message: &str, at: usize| {
                errors.push(format!("{file}:{at}: {setting}: {message}"))
            };
            match (key.get_ref().as_str(), value.get_ref()) {
                ("hide", Value::Array(names)) => {
                    for name in names {
                        match name.as_str() {
                            Some(n) if !n.trim().is_empty() => out.hidden.push(key_of(n.trim())),
                            _ => report("hide", "expected a list of names", at),
                        }
                    }
                }
                ("hide", _) => report("hide", "expected a list of names", at),
                ("entity", Value::Array(entries)) => {
                    for (i, entry) in entries.iter().enumerate() {
                        match correction(entry) {
                            Ok(c) => out.entities.push(c),
                            Err(m) => report(
                                &format!("entity[{}]", i + 1),
                                &m,
                                headers.get(i).copied().unwrap_or(at),
                            ),
                        }
                    }
                }
                ("entity", _) => report("entity", "expected [[entity]] tables", at),
                (other, _) => report(other, "unknown setting (expected `hide` or `[[entity]]`)", at),
            }
        }
        (out, errors)
    }

    pub fn entities(&self) -> &[Correction] {
        &self.entities
    }

    /// Keys of the names to hide.
    pub fn hidden_keys(&self) -> &[String] {
        &self.hidden
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty() && self.hidden.is_empty()
    }
}

fn correction(entry: &Value) -> Result<Correction, String> {
    let Value::Table(t) = entry else {
        return Err("expected a table".into());
    };
    let mut c = Correction::default();
    for (k, v) in t {
        match (k.as_str(), v) {
            ("name", Value::String(s)) if !s.trim().is_empty() => c.name = s.trim().to_owned(),
            ("name", _) => return Err("name: expected a name".into()),
            ("aliases", Value::Array(a)) => {
                for alias in a {
                    match alias.as_str() {
                        Some(s) if !s.trim().is_empty() => c.aliases.push(s.trim().to_owned()),
                        _ => return Err("aliases: expected a list of names".into()),
                    }
                }
            }
            ("aliases", _) => return Err("aliases: expected a list of names".into()),
            ("kind", Value::String(s)) => {
                c.kind = Some(match s.as_str() {
                    "person" => EntityKind::Person,
                    "organization" | "organisation" => EntityKind::Organization,
                    "place" => EntityKind::Place,
                    "other" => EntityKind::Other,
                    _ => return Err(format!("kind: {s:?} is not person, organization, place or other")),
                })
            }
            ("kind", _) => return Err("kind: expected a string".into()),
            (other, _) => return Err(format!("{other}: unknown field (expected name, aliases, kind)")),
        }
    }
    if c.name.is_empty() {
        return Err("name: missing".into());
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_entries_apply_and_every_bad_one_is_reported_with_its_line() {
        let text = "hide = [\"News\", \"Radio\"]\n\n[[entity]]\nname = \"Lleyton Hewitt\"\naliases = [\"Hewitt\"]\nkind = \"person\"\n\n[[entity]]\nname = \"X\"\nkind = \"planet\"\n\n[[entity]]\naliases = [\"Y\"]\n";
        let (c, errors) = Corrections::parse(text, "entities.toml");
        assert_eq!(c.hidden_keys(), ["news", "radio"]);
        assert_eq!(c.entities().len(), 1);
        assert_eq!(
            c.entities()[0].keys().collect::<Vec<_>>(),
            ["lleyton hewitt", "hewitt"]
        );
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0].starts_with("entities.toml:8: entity[2]: kind:"),
            "{errors:?}"
        );
        assert!(
            errors[1].starts_with("entities.toml:12: entity[3]: name: missing"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_file_that_is_not_toml_says_where() {
        let (c, errors) = Corrections::parse("hide = [\n", "e.toml");
        assert!(c.is_empty());
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("e.toml:"), "{errors:?}");
    }
}
