//! The quotes view (`Q`): every quote of the listed articles by speaker, the
//! versions of one quote across a story grouped (with who each gives it to
//! and the words that changed), narrowed by typing a speaker's name.

use super::compare;
use super::input::LineEdit;
use super::pick_term::replace_term;
use super::picker::{plural, starts_a_word, thousands};
use super::places::{PlaceLine, PlaceLines};
use crate::search::{Comparison, Corpus, QuoteGroup, Stories, join_across};
use std::collections::{BTreeMap, HashSet};

/// Articles read for the view at most: each body is read again from disk.
pub(super) const MAX_ARTICLES: usize = 500;

/// What was typed, and the lines under each speaker.
#[derive(Clone, Debug)]
pub struct QuotesView {
    input: LineEdit,
    /// Most quoted first, named speakers before roles.
    speakers: Vec<Speaker>,
    /// How many articles the quotes are from …
    articles: usize,
    /// … of how many listed (more when only the first `MAX_ARTICLES` are read).
    listed: usize,
    view: PlaceLines,
}

/// A heading of the view: a speaker, a role or the unattributed.
#[derive(Clone, Debug)]
struct Speaker {
    said: Said,
    name: String,
    /// Copies given to them, once per article (as the speaker picker counts).
    quotes: usize,
    heading: String,
    lines: Vec<PlaceLine>,
}

impl QuotesView {
    /// The quotes of `shown` (the first `MAX_ARTICLES` of the `listed`
    /// articles), a story's listed articles compared together.
    /// `typed` starts the speaker line (the list filter's `@` terms).
    pub(super) fn new(
        corpus: &Corpus,
        stories: Option<&Stories>,
        (shown, listed): (&[u32], usize),
        typed: String,
    ) -> QuotesView {
        let read: HashSet<u32> = shown.iter().copied().collect();
        let mut done = HashSet::new();
        // Per speaker: how many quotes the articles carry, how many of
        // them differ (a story's copies of one quote count once), and their lines.
        let mut by_speaker: BTreeMap<(Said, String), (usize, usize, Vec<PlaceLine>)> = BTreeMap::new();
        let mut groups = Vec::new();
        for &a in shown {
            if !done.insert(a) {
                continue;
            }
            let story = stories.and_then(|s| s.of(a));
            let members: Vec<u32> = story.map_or(vec![a], |s| {
                s.articles.iter().copied().filter(|m| read.contains(m)).collect()
            });
            done.extend(&members);
            groups.extend(Comparison::of(corpus, &members).quotes);
        }
        // A long quote an article outside the story carries too is one
        // quote with the story's versions of it.
        for group in join_across(groups) {
            let lines = group_lines(corpus, &group);
            // Under each speaker a version names (the speaker picker
            // counts each their own copies), else its first role.
            for speaker in speakers_of(&group) {
                let entry = by_speaker.entry(speaker.clone()).or_default();
                // The copies given to this speaker, as the speaker picker
                // counts (not a version a story gives to someone else, or
                // to no one).
                entry.0 += (group.variants.iter())
                    .filter(|v| compare::who(v) == speaker.1)
                    .count();
                entry.1 += 1;
                entry.2.extend(lines.iter().cloned());
            }
        }
        let mut speakers: Vec<_> = by_speaker.into_iter().collect();
        // Named speakers first, then roles (`a spokesman`), then the
        // unattributed; the most quoted first within each.
        speakers.sort_by_key(|((said, _), (quotes, _, _))| (*said, std::cmp::Reverse(*quotes)));
        let speakers = (speakers.into_iter())
            .map(|((said, name), (quotes, different, lines))| Speaker {
                heading: heading(&name, quotes, different),
                said,
                name,
                quotes,
                lines,
            })
            .collect();
        let mut input = LineEdit::default();
        input.set(typed);
        let mut view = QuotesView {
            input,
            speakers,
            articles: done.len(),
            listed,
            view: PlaceLines::new(String::new(), Vec::new()),
        };
        view.refresh();
        view
    }

    /// Whether the articles hold no quote at all (narrowing aside).
    pub(super) fn is_empty(&self) -> bool {
        self.speakers.is_empty()
    }

    pub fn input(&self) -> &LineEdit {
        &self.input
    }

    pub fn lines(&self) -> &PlaceLines {
        &self.view
    }

    pub(super) fn lines_mut(&mut self) -> &mut PlaceLines {
        &mut self.view
    }

    /// Changes the typed text and narrows the speakers again.
    pub(super) fn edit(&mut self, change: impl FnOnce(&mut LineEdit)) {
        let before = self.input.text().to_owned();
        change(&mut self.input);
        if self.input.text() != before {
            self.refresh();
        }
    }

    /// Narrows to the speaker the picker chose (`@sergei_lavrov`), in place
    /// of the `@` terms typed.
    pub(super) fn pick_speaker(&mut self, term: &str) {
        let text = replace_term(self.input.text(), '@', term);
        self.edit(|line| line.set(text));
    }

    /// Shows the speakers whose name has a word starting with the typed
    /// text or, typed the filter's way (`@lavrov @sergei_lavrov`, as the
    /// speaker picker writes them), with any of the `@` terms.
    fn refresh(&mut self) {
        let typed = self.input.text().to_lowercase();
        let terms: Vec<String> = if typed.trim_start().starts_with('@') {
            (typed.split_whitespace())
                .map(|t| t.trim_start_matches('@').replace('_', " "))
                .filter(|t| !t.is_empty())
                .collect()
        } else {
            vec![typed]
        };
        let mut lines = Vec::new();
        let mut shown = Vec::new();
        for speaker in &self.speakers {
            if !terms.is_empty() && !terms.iter().any(|t| starts_a_word(&speaker.name, t)) {
                continue;
            }
            shown.push(speaker.said);
            lines.push(PlaceLine::heading(speaker.heading.clone()));
            lines.extend(speaker.lines.iter().cloned());
        }
        if lines.is_empty() {
            // Not a blank box: what was typed matched no one.
            let typed = self.input.text().trim();
            lines.push(PlaceLine::heading(format!("No speaker here matches “{typed}”")));
        }
        let title = self.title(&shown, !terms.iter().all(String::is_empty));
        self.view = PlaceLines::new(title, lines);
    }

    /// The named speakers with their number of quotes, most first: what
    /// the speaker picker lists over the view.
    pub(super) fn named(&self) -> impl Iterator<Item = (&str, usize)> {
        (self.speakers.iter())
            .filter(|s| s.said == Said::Named)
            .map(|s| (s.name.as_str(), s.quotes))
    }

    /// ` Quotes in 5 articles · 12 speakers · 3 unnamed sources · 3 quotes
    /// unattributed ` (`in the first 500 of 2,225 articles`): speakers as the speaker picker counts them (named
    /// people and organisations), then roles given for a name, then the
    /// quotes given to no one; narrowed, `1 of 12 speakers`.
    fn title(&self, shown: &[Said], narrowed: bool) -> String {
        let count = |said: Said, of: &[Said]| of.iter().filter(|&&s| s == said).count();
        let all: Vec<Said> = self.speakers.iter().map(|s| s.said).collect();
        let articles = if self.listed > self.articles {
            format!(
                "the first {} of {} articles",
                self.articles,
                thousands(self.listed)
            )
        } else {
            plural(self.articles, "article")
        };
        let mut parts = vec![format!(" Quotes in {articles}")];
        for (said, noun) in [(Said::Named, "speaker"), (Said::Role, "unnamed source")] {
            let (n, total) = (count(said, shown), count(said, &all));
            // Narrowed, the speakers' count says of how many (the
            // picker's); roles only when some show.
            if narrowed && (n > 0 || (said == Said::Named && total > 0)) {
                parts.push(format!("{n} of {}", plural(total, noun)));
            } else if n > 0 {
                parts.push(plural(n, noun));
            }
        }
        let unattributed = (self.speakers.iter())
            .find(|s| s.said == Said::Unattributed && shown.contains(&s.said))
            .map_or(0, |s| s.quotes);
        if unattributed > 0 {
            parts.push(format!("{} unattributed", plural(unattributed, "quote")));
        }
        format!("{} ", parts.join(" · "))
    }
}

/// A speaker's heading: `Donald Trump · 13 quotes (11 different)`. Quotes
/// count as the speaker picker counts them, once per article that carries
/// them; `different` counts a story's versions of one quote once.
fn heading(name: &str, quotes: usize, different: usize) -> String {
    let mut heading = format!("{name} · {}", plural(quotes, "quote"));
    if different < quotes {
        heading += &format!(" ({different} different)");
    }
    heading
}

/// Who a quote is given to, in the order the view lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Said {
    Named,
    Role,
    Unattributed,
}

/// Whom the view lists a quote under: every speaker its versions name,
/// else the first role given, else the unattributed.
fn speakers_of(group: &QuoteGroup) -> Vec<(Said, String)> {
    let mut named: Vec<(Said, String)> = Vec::new();
    for name in group.variants.iter().filter_map(|v| v.speaker.clone()) {
        if !named.iter().any(|(_, n)| *n == name) {
            named.push((Said::Named, name));
        }
    }
    if named.is_empty() {
        let role = group.variants.iter().find_map(|v| v.role.clone());
        named.push(role.map_or_else(
            || (Said::Unattributed, "(unattributed)".to_owned()),
            |role| (Said::Role, role),
        ));
    }
    named
}

/// A quote's lines: one for a quote one article carries, else the quote
/// and a line per version.
fn group_lines(corpus: &Corpus, group: &QuoteGroup) -> Vec<PlaceLine> {
    let first = &group.variants[0];
    let title = |a: u32| corpus.article(a).title.as_str();
    let n = group.articles().len();
    if n < 2 {
        let text = format!("  “{}” · {}", first.text, title(first.place.article));
        return vec![PlaceLine::item(text, first.place, false)];
    }
    let differences = compare::differences(group);
    // The count and flags, and a version's changed words, stay whole when
    // the line is cut: the quote or title gives way.
    let mut flags = format!(" · {n} articles");
    if !differences.is_empty() {
        flags += &format!(" · {differences}");
    }
    let head = PlaceLine::group(format!("  “{}”", first.text), !differences.is_empty());
    let mut lines = vec![head.with_tail(&flags)];
    for v in &group.variants {
        // Copies often share their title: then the id tells them apart.
        let article = v.place.article;
        let twin = (group.variants.iter())
            .any(|w| w.place.article != article && title(w.place.article) == title(article));
        let id = if twin {
            format!(" ({})", corpus.article(article).id)
        } else {
            String::new()
        };
        let text = format!("    {} · {}{id}", compare::who(v), title(article));
        let words = compare::changed_words(group, v);
        let words = if words.is_empty() {
            words
        } else {
            format!(" · {words}")
        };
        let line = PlaceLine::item(text, v.place, compare::variant_differs(group, v));
        lines.push(line.with_tail(&words));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Place, Variant};

    fn said(article: u32, speaker: Option<&str>, role: Option<&str>) -> Variant {
        Variant {
            place: Place {
                article,
                paragraph: 0,
                start: 0,
                end: 0,
            },
            text: "We will rebuild the bridge by spring".into(),
            speaker: speaker.map(Into::into),
            role: role.map(Into::into),
            cue: None,
            added: Vec::new(),
            missing: Vec::new(),
        }
    }

    /// One outlet gives the words to the mayor, another to her deputy: the
    /// quote is under both, as each is counted in the speaker picker.
    #[test]
    fn a_quote_given_to_two_speakers_is_listed_under_each() {
        let group = QuoteGroup {
            variants: vec![
                said(0, Some("Ann Mayor"), None),
                said(1, Some("Bob Deputy"), None),
                said(2, None, Some("a council spokesman")),
            ],
        };
        let names: Vec<_> = speakers_of(&group).into_iter().map(|(_, n)| n).collect();
        assert_eq!(names, ["Ann Mayor", "Bob Deputy"]);
        let unnamed = QuoteGroup {
            variants: vec![said(0, None, None), said(1, None, Some("a council spokesman"))],
        };
        assert_eq!(
            speakers_of(&unnamed),
            [(Said::Role, "a council spokesman".to_owned())]
        );
    }
}
