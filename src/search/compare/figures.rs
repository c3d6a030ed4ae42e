//! Figures: a number with what it counts (`89 people` in a sentence about
//! killing is `people killed`), so the versions of a story can be lined up
//! on what each says the number was.

use super::Place;
use super::text::{Sentence, words};
use crate::store::month_of;

/// One number as an article gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// What it counts: `people killed`, `children`, `$`.
    pub about: String,
    /// As written, with its qualifier: `at least 89`, `over 80`.
    pub value: String,
    pub number: f64,
    pub place: Place,
    /// The sentence it is in.
    pub text: String,
}

#[cfg(test)]
impl Figure {
    /// A figure with only what grouping and marking read: for tests.
    pub(crate) fn stub(about: &str, article: u32, number: f64) -> Figure {
        Figure {
            about: about.to_owned(),
            value: number.to_string(),
            number,
            place: Place {
                article,
                paragraph: 0,
                start: 0,
                end: 0,
            },
            text: String::new(),
        }
    }
}

/// Words before a number that say how exact it is.
const QUALIFIERS: [&str; 10] = [
    "at", "least", "over", "more", "than", "about", "nearly", "almost", "around", "some",
];
/// Nouns that count people; `children` stays apart (a subset, not a rival figure).
const PEOPLE: [&str; 6] = [
    "people",
    "persons",
    "civilians",
    "individuals",
    "residents",
    "victims",
];
/// What happened to what was counted, by the word that says so.
const EVENTS: [(&str, &[&str]); 4] = [
    (
        "killed",
        &[
            "killed", "dead", "died", "deaths", "death", "toll", "killing", "lives",
        ],
    ),
    ("injured", &["injured", "wounded", "hurt", "injuries"]),
    ("arrested", &["arrested", "detained", "held"]),
    ("votes", &["votes", "voted", "vote"]),
];

/// The figures about one thing, from two or more articles.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureGroup {
    pub about: String,
    /// In the story's article order.
    pub values: Vec<Figure>,
}

impl FigureGroup {
    /// The articles do not all give the same numbers. An article giving
    /// two (a 29% holding and a 28.1% stake) disagrees with no one that
    /// gives the same two.
    pub fn differs(&self) -> bool {
        let numbers = |article: u32| {
            let mut n: Vec<u64> = (self.values.iter())
                .filter(|v| v.place.article == article)
                .map(|v| v.number.to_bits())
                .collect();
            n.sort_unstable();
            n.dedup();
            n
        };
        let first = numbers(self.values[0].place.article);
        self.values.iter().any(|v| numbers(v.place.article) != first)
    }
}

/// Numbers counting the same thing this far apart are about different
/// events (a toll of 89 and a war's 400,000 are both `people killed`).
const MAX_RATIO: f64 = 1.25;

/// Groups a story's figures (in its order) by what they count and by
/// value, keeping the groups two or more articles give: those that differ
/// first, then by what they count.
pub(super) fn group(all: Vec<Figure>) -> Vec<FigureGroup> {
    let mut by_about: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (i, f) in all.iter().enumerate() {
        by_about.entry(f.about.as_str()).or_default().push(i);
    }
    let mut groups = Vec::new();
    for (about, mut members) in by_about {
        members.sort_by(|&a, &b| all[a].number.total_cmp(&all[b].number).then(a.cmp(&b)));
        let mut chains: Vec<Vec<usize>> = Vec::new();
        for m in members {
            match chains.last_mut() {
                Some(c) if all[m].number <= all[*c.last().expect("not empty")].number * MAX_RATIO => {
                    c.push(m)
                }
                _ => chains.push(vec![m]),
            }
        }
        for mut chain in chains {
            chain.sort_unstable();
            let first = all[chain[0]].place.article;
            if chain.iter().any(|&m| all[m].place.article != first) {
                groups.push(FigureGroup {
                    about: about.to_owned(),
                    values: chain.iter().map(|&m| all[m].clone()).collect(),
                });
            }
        }
    }
    groups.sort_by(|a, b| b.differs().cmp(&a.differs()).then_with(|| a.about.cmp(&b.about)));
    groups
}

/// The figures of one sentence of an article.
pub(super) fn figures(article: u32, sentence: &Sentence<'_>) -> Vec<Figure> {
    let tokens: Vec<&str> = sentence.text.split_whitespace().collect();
    let lower = words(sentence.text);
    let event = EVENTS
        .iter()
        .find(|(_, cues)| lower.iter().any(|w| cues.contains(&w.as_str())))
        .map(|(name, _)| *name);
    let mut out = Vec::new();
    for (n, raw) in tokens.iter().enumerate() {
        let token = raw.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')' | '"' | '\''));
        let Some((unit, number)) = parse_number(token) else {
            continue;
        };
        let next = tokens.get(n + 1).map(|w| clean(w)).unwrap_or_default();
        let before = n.checked_sub(1).map(|i| clean(tokens[i])).unwrap_or_default();
        if month_of(&next).is_some() || month_of(&before).is_some() || is_year(token, number) {
            continue;
        }
        // A number ending its clause (`has risen to 14, officials said`)
        // counts the people named before it, if any.
        let counted = if !unit.is_empty() {
            unit.to_owned()
        } else if raw.ends_with([',', '.', ';', ':']) {
            let mut earlier = tokens[..n].iter().rev().map(|w| clean(w));
            earlier
                .find(|w| PEOPLE.contains(&w.as_str()) || w == "children")
                .unwrap_or_default()
        } else {
            next.clone()
        };
        if counted.is_empty() || !counted.chars().any(char::is_alphabetic) && unit.is_empty() {
            continue;
        }
        let noun = if PEOPLE.contains(&counted.as_str()) {
            "people"
        } else {
            counted.as_str()
        };
        let about = match event {
            Some(e) if noun == "people" || noun == "children" => format!("{noun} {e}"),
            _ => noun.to_owned(),
        };
        let mut start = n;
        while start > 0 && QUALIFIERS.contains(&clean(tokens[start - 1]).as_str()) && n - start < 2 {
            start -= 1;
        }
        let value = (tokens[start..n].iter().map(|w| clean(w)))
            .chain(std::iter::once(token.to_owned()))
            .collect::<Vec<_>>()
            .join(" ");
        // Tokens are slices of the sentence: their bytes in it mark the value.
        let at = |t: &str| sentence.start + (t.as_ptr() as usize - sentence.text.as_ptr() as usize);
        let token_start = raw.find(token).unwrap_or(0);
        out.push(Figure {
            about,
            value,
            number,
            place: Place {
                article,
                paragraph: sentence.paragraph,
                start: at(tokens[start]),
                end: at(raw) + token_start + token.len(),
            },
            text: sentence.text.to_owned(),
        });
    }
    out
}

fn clean(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// A number with its unit when the token carries one (`$28bn`: `$`,
/// `4.75%`: `%`): digits with `,` and `.` inside.
fn parse_number(token: &str) -> Option<(&'static str, f64)> {
    let (unit, rest) = match token.chars().next()? {
        '$' => ("$", &token[1..]),
        '£' => ("£", &token['£'.len_utf8()..]),
        '€' => ("€", &token['€'.len_utf8()..]),
        _ => ("", token),
    };
    let digits_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(rest.len());
    let (digits, suffix) = rest.split_at(digits_end);
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let scale = match suffix {
        "" => 1.0,
        "m" => 1e6,
        "bn" => 1e9,
        "%" => return Some(("%", digits.replace(',', "").parse().ok()?)),
        _ => return None,
    };
    let number: f64 = digits.trim_end_matches('.').replace(',', "").parse().ok()?;
    Some((unit, number * scale))
}

fn is_year(token: &str, number: f64) -> bool {
    token.len() == 4 && (1900.0..=2100.0).contains(&number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn about_values(text: &str) -> Vec<(String, String)> {
        let s = Sentence {
            paragraph: 0,
            start: 0,
            text,
        };
        figures(0, &s).into_iter().map(|f| (f.about, f.value)).collect()
    }

    #[test]
    fn a_toll_is_people_killed_with_its_qualifier() {
        assert_eq!(
            about_values("The attack left at least 89 people dead in April 2017."),
            [("people killed".to_owned(), "at least 89".to_owned())]
        );
        assert_eq!(
            about_values("It killed 87 civilians, including 31 children."),
            [
                ("people killed".to_owned(), "87".to_owned()),
                ("children killed".to_owned(), "31".to_owned())
            ]
        );
    }

    #[test]
    fn a_number_ending_its_clause_counts_the_people_before_it() {
        assert_eq!(
            about_values("The number of people killed has risen to 14, officials said."),
            [("people killed".to_owned(), "14".to_owned())]
        );
    }

    #[test]
    fn two_articles_giving_the_same_two_numbers_agree() {
        let figure = |article, number| Figure::stub("%", article, number);
        let both = vec![figure(0, 29.0), figure(0, 28.1), figure(1, 28.1), figure(1, 29.0)];
        let groups = group(both);
        assert_eq!(groups.len(), 1);
        assert!(!groups[0].differs());
        assert!(group(vec![figure(0, 29.0), figure(1, 28.1)])[0].differs());
    }

    #[test]
    fn money_and_shares_keep_their_unit() {
        assert_eq!(
            about_values("Yukos sued for $28bn, up 4.5% on 3 May."),
            [
                ("$".to_owned(), "$28bn".to_owned()),
                ("%".to_owned(), "4.5%".to_owned())
            ]
        );
    }
}
