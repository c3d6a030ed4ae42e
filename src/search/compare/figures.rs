//! Figures: a number with what it counts (`89 people` in a sentence about
//! killing is `people killed`), so the versions of a story can be lined up
//! on what each says the number was.

use super::Place;
use super::figure_sets;
use super::noun;
use super::subject;
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
    /// Where the value starts in `text` (a view shows the words before it).
    pub at: usize,
    /// The words near it in its clause: what a bare `%` or `$` is about.
    pub subject: Vec<String>,
    /// Which part of its sentence it is in: the two ends of a range or a
    /// change (`between 3% and 3.5%`, `from 11.2% to 9.6%`) share one, and
    /// a group holds one part of a sentence at most (`figure_sets`).
    pub part: usize,
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
            at: 0,
            subject: Vec::new(),
            part: 0,
        }
    }
}

/// Words before a number that say how exact it is.
const QUALIFIERS: [&str; 10] = [
    "at", "least", "over", "more", "than", "about", "nearly", "almost", "around", "some",
];
/// Words between a number and what it counts.
const ADJECTIVES: [&str; 6] = ["new", "more", "extra", "additional", "other", "further"];
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
/// first, then by what they count. A unit alone (`%`, `$`) says too little:
/// such figures are one group only when they share a word near them too,
/// which then names the group (`% rates`).
pub(super) fn group(all: Vec<Figure>) -> Vec<FigureGroup> {
    let mut by_about: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (i, f) in all.iter().enumerate() {
        by_about.entry(f.about.as_str()).or_default().push(i);
    }
    let mut groups = Vec::new();
    for (about, members) in by_about {
        let unit = is_unit(about);
        let near = |a: usize, b: usize| {
            let (x, y) = (all[a].number.min(all[b].number), all[a].number.max(all[b].number));
            // A unit with no word near it says nothing of what it is
            // about, even when a copy repeats its sentence: it is in no group.
            let about_one = !unit || subject::share(&all[a].subject, &all[b].subject);
            y <= x * MAX_RATIO && about_one
        };
        for chain in figure_sets::components(&all, &members, near) {
            let first = all[chain[0]].place.article;
            if chain.iter().any(|&m| all[m].place.article != first) {
                let values: Vec<Figure> = chain.iter().map(|&m| all[m].clone()).collect();
                let about = match unit {
                    true => format!("{about} {}", shared_word(&values)).trim_end().to_owned(),
                    false => about.to_owned(),
                };
                groups.push(FigureGroup { about, values });
            }
        }
    }
    groups.sort_by(|a, b| b.differs().cmp(&a.differs()).then_with(|| a.about.cmp(&b.about)));
    groups
}

fn is_unit(about: &str) -> bool {
    matches!(about, "%" | "$" | "£" | "€")
}

/// The word near the most of `values`, of those the one most like a noun
/// (`economy` before `Singapore` before `predicted`), then the longest
/// (`interest` before `hold`): what a unit's group is about. A noun or a
/// name near fewer values comes before a word that names nothing near all
/// of them (`This compares with 4%`): the group may share only its verb.
fn shared_word<'a>(values: &'a [Figure]) -> String {
    let carried = |w: &String| {
        (values.iter())
            .filter(|v| subject::share(std::slice::from_ref(w), &v.subject))
            .count()
    };
    let words = || values.iter().flat_map(|v| v.subject.iter());
    // A sentence's first word is in lower case: a name there is known by
    // its spelling elsewhere.
    let spelt = |w: &'a String| -> &'a String {
        words()
            .find(|x| x.starts_with(char::is_uppercase) && subject::stem(x) == subject::stem(w))
            .unwrap_or(w)
    };
    words()
        .map(spelt)
        .max_by_key(|w| {
            let names = subject::names_it(w);
            (names > 0, carried(w), names, w.chars().count())
        })
        .cloned()
        .unwrap_or_default()
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
    // The first and last tokens of the figure before, and its part of the sentence.
    let mut previous: Option<(usize, usize)> = None;
    let mut part = 0;
    for (n, raw) in tokens.iter().enumerate() {
        let token = raw.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')' | '"' | '\''));
        let Some((mut unit, mut number)) = parse_number(token) else {
            continue;
        };
        let word = |i: usize| tokens.get(i).map(|w| clean(w)).unwrap_or_default();
        // The figure's last token: `£5 million`, `4 per cent` are one.
        let mut last = n;
        if let Some(scale) = scale_of(&word(n + 1)) {
            (number, last) = (number * scale, n + 1);
        } else if word(n + 1) == "per" && word(n + 2) == "cent" && unit.is_empty() {
            (unit, last) = ("%", n + 2);
        }
        let next = word(last + 1);
        let before = n.checked_sub(1).map(|i| clean(tokens[i])).unwrap_or_default();
        if month_of(&next).is_some() || month_of(&before).is_some() || is_year(token, number) {
            continue;
        }
        // `44% of Britons`, `300 of the workers`: a share or count of
        // something is about the noun after `of`, not the clause's subject.
        let of = (next == "of" && matches!(unit, "" | "%")).then(|| noun::counted_of(&tokens, n, last + 1));
        // A number ending its clause (`has risen to 14, officials said`)
        // counts the people named before it, if any.
        let counted = if let Some(noun) = of.flatten() {
            format!("{unit} {noun}").trim_start().to_owned()
        } else if !unit.is_empty() {
            unit.to_owned()
        } else if tokens[last].ends_with([',', '.', ';', ':']) {
            let mut earlier = tokens[..n].iter().rev().map(|w| clean(w));
            earlier
                .find(|w| PEOPLE.contains(&w.as_str()) || w == "children")
                .unwrap_or_default()
        } else {
            // `190,000 new jobs` counts jobs.
            let from = last + 1 + usize::from(ADJECTIVES.contains(&next.as_str()));
            noun::counted(&tokens, n, from).unwrap_or_default()
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
            .chain(tokens[n + 1..=last].iter().map(|w| clean(w)))
            .collect::<Vec<_>>()
            .join(" ");
        // Tokens are slices of the sentence: their bytes in it mark the value.
        let at = |t: &str| sentence.start + (t.as_ptr() as usize - sentence.text.as_ptr() as usize);
        let end = match last {
            l if l == n => at(raw) + raw.find(token).unwrap_or(0) + token.len(),
            l => at(tokens[l]) + tokens[l].trim_end_matches(|c: char| !c.is_alphanumeric()).len(),
        };
        // A range is one part: `(from) X to Y`, `between X and Y`, `X - Y`;
        // `X and Y`, `X or Y` are two values a sentence lists.
        let range = previous.is_some_and(|(first, p)| {
            let between = tokens.get(p + 1..start).unwrap_or_default();
            let opened = || first > 0 && clean(tokens[first - 1]) == "between";
            match between {
                [t] if clean(t) == "to" => true,
                [t] if clean(t) == "and" => opened(),
                _ => !between.is_empty() && between.iter().all(|t| matches!(*t, "-" | "–" | "—")),
            }
        });
        if previous.is_some() && !range {
            part += 1;
        }
        previous = Some((start, last));
        out.push(Figure {
            subject: subject::near(&tokens, n, last),
            about,
            value,
            number,
            place: Place {
                article,
                paragraph: sentence.paragraph,
                start: at(tokens[start]),
                end,
            },
            text: sentence.text.to_owned(),
            at: at(tokens[start]) - sentence.start,
            part,
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

/// What a word after a number multiplies it by (`5 million`).
fn scale_of(word: &str) -> Option<f64> {
    match word {
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
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
        let figure = |article, number: f64| Figure {
            subject: vec!["stake".to_owned()],
            text: format!("A stake of {number}%."),
            ..Figure::stub("%", article, number)
        };
        let both = vec![figure(0, 29.0), figure(0, 28.1), figure(1, 28.1), figure(1, 29.0)];
        let groups = group(both);
        assert_eq!(groups.len(), 1);
        assert!(!groups[0].differs());
        assert!(group(vec![figure(0, 29.0), figure(1, 28.1)])[0].differs());
    }

    #[test]
    fn a_unit_with_no_word_near_it_is_in_no_group() {
        let copy = |article| Figure {
            text: "That was 26% more.".to_owned(),
            ..Figure::stub("%", article, 26.0)
        };
        assert_eq!(group(vec![copy(0), copy(1)]), [], "a bare `%` says nothing");
    }

    #[test]
    fn a_share_or_count_of_something_is_about_that_thing() {
        assert_eq!(
            about_values("In a poll, 44% of Britons said the economy would shrink."),
            [("% britons".to_owned(), "44%".to_owned())]
        );
        assert_eq!(
            about_values("The firm laid off 300 of the workers at the plant."),
            [("workers".to_owned(), "300".to_owned())]
        );
        assert_eq!(
            about_values("In all, 40 of the residents were killed."),
            [("people killed".to_owned(), "40".to_owned())]
        );
        assert_eq!(
            about_values("It spent 60% of its annual budget."),
            [("% budget".to_owned(), "60%".to_owned())]
        );
        // No noun, or a pronoun, after `of`: as without it.
        assert_eq!(
            about_values("Almost 50% of those questioned agreed."),
            [("%".to_owned(), "almost 50%".to_owned())]
        );
        assert_eq!(
            about_values("Firms sold 900 radios, 300 of which were exported."),
            [("radios".to_owned(), "900".to_owned())]
        );
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
