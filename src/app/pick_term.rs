//! Writing a popup's pick into the filter text: the `@` (or `#`) term takes
//! the place of the terms of its kind, leaving every other term, and every
//! `|` group that mixes kinds, as typed (escaped spaces included).

/// `text` with `term` in place of its positive `sigil` terms: the first
/// group made only of them becomes `term`, later ones go; with none,
/// `term` is added at the end.
pub(super) fn replace_term(text: &str, sigil: char, term: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut placed = false;
    for group in groups(text) {
        if group.iter().all(|t| t.starts_with(sigil)) {
            if !placed {
                out.push(term.to_owned());
                placed = true;
            }
        } else {
            out.push(group.join(" | "));
        }
    }
    if !placed {
        out.push(term.to_owned());
    }
    out.join(" ")
}

/// The tokens of `text` (split at spaces a backslash does not keep, kept as
/// typed) in groups joined by `|`.
fn groups(text: &str) -> Vec<Vec<&str>> {
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut join = false;
    for token in tokens(text) {
        if token == "|" {
            join = !groups.is_empty();
        } else {
            match groups.last_mut() {
                Some(group) if join => group.push(token),
                _ => groups.push(vec![token]),
            }
            join = false;
        }
    }
    groups
}

/// Splits at whitespace, except a space after a backslash (`'prime\ minister`).
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut escaped = false;
    let mut cuts = Vec::new();
    for (i, c) in text.char_indices() {
        if c.is_whitespace() && !escaped {
            cuts.push(&text[start..i]);
            start = i + c.len_utf8();
        }
        escaped = c == '\\' && !escaped;
    }
    cuts.push(&text[start..]);
    cuts.into_iter().filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::replace_term;

    #[test]
    fn a_pick_replaces_only_groups_of_its_own_kind() {
        let r = |text, term| replace_term(text, '@', term);
        assert_eq!(r("", "@a"), "@a");
        assert_eq!(r("x  @b y", "@a"), "x @a y");
        assert_eq!(r(r"'p\ m @b | @c ^R", "@a"), r"'p\ m @a ^R");
        assert_eq!(r("@b | 'v @c", "@a"), "@b | 'v @a");
        assert_eq!(r("!@b #c | #d", "@a"), "!@b #c | #d @a");
        assert_eq!(r("| x |", "@a"), "x @a");
    }
}
