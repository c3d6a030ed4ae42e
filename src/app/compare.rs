//! The compare view's lines (`C`): what the versions of a story disagree on,
//! from `search::compare`, each article named by its number in the story
//! (`[2]`), listed first with its title.

use super::places::{PlaceLine, PlaceLines};
use crate::search::{Comparison, Corpus, FigureGroup, Place, QuoteGroup, Variant};
use unicode_width::UnicodeWidthStr;

/// The view of `comparison` (of a story's articles, in its order).
pub(super) fn view(corpus: &Corpus, comparison: &Comparison) -> PlaceLines {
    let n = comparison.articles.len();
    let number = |a: u32| {
        comparison
            .articles
            .iter()
            .position(|&x| x == a)
            .map_or(0, |i| i + 1)
    };
    let mut lines = vec![PlaceLine::heading(format!("The {n} versions"))];
    // `undated` as wide as a date beside dated versions: the titles align.
    let dated = (comparison.articles.iter()).any(|&a| corpus.article(a).date.is_some());
    let date_cols = if dated { "2017-04-15".len() } else { 0 };
    for (i, &a) in comparison.articles.iter().enumerate() {
        let article = corpus.article(a);
        let date = article
            .date
            .map_or_else(|| format!("{:date_cols$}", "undated"), |d| d.to_string());
        let top = Place {
            article: a,
            paragraph: 0,
            start: 0,
            end: 0,
        };
        // The id too, kept when the title is cut (copies often share their
        // title); narrower, only the start that tells it from the others.
        let line = PlaceLine::item(format!("  [{}] {date}  {}", i + 1, article.title), top, false);
        let ids = comparison.articles.iter().map(|&b| corpus.article(b).id.as_str());
        let short = match distinct_start(&article.id, ids) {
            start if start.len() < article.id.len() => format!(" · {start}…"),
            _ => format!(" · {}", article.id),
        };
        lines.push(
            line.with_tail(&format!(" · {}", article.id))
                .with_short_tail(short),
        );
    }
    let lead = (comparison.articles.first()).map_or("", |&a| corpus.article(a).title.as_str());
    let title = format!(" Compare: {lead} ");
    let same_quotes =
        |g: &QuoteGroup| g.articles().len() == n && !g.speakers_differ() && !g.wording_differs();
    if !comparison.figures.iter().any(FigureGroup::differs)
        && comparison.quotes.iter().all(same_quotes)
        && comparison.unique.is_empty()
    {
        lines.push(PlaceLine::heading(""));
        // Two short lines, so a narrow screen (60 columns) shows all of it.
        lines.push(PlaceLine::heading("The versions say the same:"));
        lines.push(PlaceLine::heading("no figure, quote or passage differs."));
        return PlaceLines::new(title, lines);
    }
    let differing: Vec<_> = comparison.figures.iter().filter(|g| g.differs()).collect();
    let mut figures = Vec::new();
    for group in &differing {
        figures.push(PlaceLine::group(format!("  {}", group.about), true));
        let usual = usual_number(group);
        // The values in a column, so the sentences line up after them.
        let cols = (group.values.iter()).map(|v| v.value.width()).max().unwrap_or(0);
        for v in &group.values {
            let differs = usual != Some(v.number);
            let mark = if differs { '≠' } else { ' ' };
            let pad = " ".repeat(cols - v.value.width());
            let text = format!(
                "   {mark} [{}] {}{pad} · {}",
                number(v.place.article),
                v.value,
                around_value(&v.text, v.at)
            );
            figures.push(PlaceLine::item(text, v.place, differs));
        }
    }
    let disputed = |g: &&QuoteGroup| g.articles().len() > 1 && (g.speakers_differ() || g.wording_differs());
    let (disputed, rest): (Vec<&QuoteGroup>, Vec<&QuoteGroup>) = comparison.quotes.iter().partition(disputed);
    let mut reworded = Vec::new();
    for group in &disputed {
        let quote = &group.variants[0].text;
        let flags = format!(" ({})", differences(group));
        reworded.push(PlaceLine::group(format!("  “{quote}”"), true).with_tail(&flags));
        let cols = (group.variants.iter()).map(|v| who(v).width()).max().unwrap_or(0);
        for v in &group.variants {
            let who = who(v);
            let mut text = format!("    [{}] {who}", number(v.place.article));
            let words = changed_words(group, v);
            if !words.is_empty() {
                text += &format!("{} · {words}", " ".repeat(cols - who.width()));
            }
            reworded.push(PlaceLine::item(text, v.place, variant_differs(group, v)));
        }
    }
    let some: Vec<_> = rest.into_iter().filter(|g| g.articles().len() < n).collect();
    let mut partial = Vec::new();
    for group in &some {
        let numbers: Vec<String> = group.articles().iter().map(|&a| number(a).to_string()).collect();
        let v = &group.variants[0];
        let text = format!("  [{}] “{}”", numbers.join(" "), v.text);
        let line = PlaceLine::item(text, v.place, false);
        partial.push(line.with_tail(&format!(" — {}", who(v))));
    }
    let mut unique = Vec::new();
    for p in &comparison.unique {
        let text = format!("  [{}] {}", number(p.place.article), p.text);
        unique.push(PlaceLine::item(text, p.place, false));
    }
    let sections = [
        (
            format!("Figures that disagree ({})", differing.len()),
            figures,
            "no figure disagrees",
        ),
        (
            format!("Quotes attributed or worded differently ({})", disputed.len()),
            reworded,
            "no quote is given to different speakers or worded differently",
        ),
        (
            format!("Quotes only some versions carry ({})", some.len()),
            partial,
            "every quote is in every version",
        ),
        (
            format!("Passages only one version has ({})", comparison.unique.len()),
            unique,
            "no passage is only in one version",
        ),
    ];
    // A section with nothing under it is no heading, but said in a line
    // of its own after the versions: what the versions agree on.
    let empty: Vec<&str> = (sections.iter())
        .filter(|s| s.1.is_empty())
        .map(|s| s.2)
        .collect();
    if !empty.is_empty() {
        lines.push(PlaceLine::heading(""));
        lines.push(PlaceLine::heading(sentence(&empty)));
    }
    for (heading, under, _) in sections {
        if !under.is_empty() {
            lines.push(PlaceLine::heading(""));
            lines.push(PlaceLine::heading(heading));
            lines.extend(under);
        }
    }
    PlaceLines::new(title, lines)
}

/// Clauses as one sentence: `No figure disagrees; every quote is in
/// every version.`
fn sentence(clauses: &[&str]) -> String {
    let text = clauses.join("; ");
    let mut letters = text.chars();
    let first = letters
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default();
    format!("{first}{}.", letters.as_str())
}

/// The shortest start of `id` that no other of `ids` begins with (as
/// `byline show` takes it), ending at a character's end.
fn distinct_start<'a>(id: &'a str, ids: impl Iterator<Item = &'a str> + Clone) -> &'a str {
    let ends = id.char_indices().map(|(i, c)| i + c.len_utf8());
    ends.map(|end| &id[..end])
        .find(|start| ids.clone().filter(|other| other.starts_with(start)).count() == 1)
        .unwrap_or(id)
}

/// The number more articles give than any other, if one does: the others
/// are marked as differing from it. An article counts once however often
/// it repeats its number, and where no number leads (every version gives
/// its own) every value is marked.
fn usual_number(group: &FigureGroup) -> Option<f64> {
    let mut articles: Vec<(f64, Vec<u32>)> = Vec::new();
    for v in &group.values {
        match articles.iter_mut().find(|(n, _)| *n == v.number) {
            Some((_, a)) if a.contains(&v.place.article) => {}
            Some((_, a)) => a.push(v.place.article),
            None => articles.push((v.number, vec![v.place.article])),
        }
    }
    let most = articles.iter().map(|(_, a)| a.len()).max()?;
    let mut leading = articles.iter().filter(|(_, a)| a.len() == most);
    let (usual, _) = leading.next()?;
    leading.next().is_none().then_some(*usual)
}

/// Who a version gives the quote to: a name, a role, or no one.
pub(super) fn who(v: &Variant) -> &str {
    (v.speaker.as_deref().or(v.role.as_deref())).unwrap_or("(unattributed)")
}

/// The words a version has that the first has not (`+arab`), then those
/// it lacks (`−including`); a version that quotes only part of the first
/// (or the first only part of it) has no such words, and shows its own
/// text (`“low point”`); empty when the wording is the same.
pub(super) fn changed_words(group: &QuoteGroup, v: &Variant) -> String {
    let added = v.added.iter().map(|w| format!("+{w}"));
    let missing = v.missing.iter().map(|w| format!("−{w}"));
    let words = added.chain(missing).collect::<Vec<_>>().join(" ");
    if words.is_empty() && v.text != group.variants[0].text {
        return format!("“{}”", v.text);
    }
    words
}

/// `speakers differ, wording differs`, or what of it is true.
pub(super) fn differences(group: &QuoteGroup) -> String {
    let flags = [
        (group.speakers_differ(), "speakers differ"),
        (group.wording_differs(), "wording differs"),
    ];
    let flags: Vec<&str> = flags.iter().filter(|f| f.0).map(|f| f.1).collect();
    flags.join(", ")
}

/// A version is marked when its words changed or it names another speaker
/// than the first version.
pub(super) fn variant_differs(group: &QuoteGroup, v: &Variant) -> bool {
    let first = group.variants[0].speaker.as_deref();
    !v.added.is_empty() || !v.missing.is_empty() || (v.speaker.is_some() && v.speaker.as_deref() != first)
}

/// Words of a figure's sentence kept before its value on its line.
const BEFORE_VALUE: usize = 3;

/// A figure's sentence from a few words before its value (at byte `at`),
/// `…` for what is left out: from its start, a value late in a long
/// sentence fell past the pane's edge (`Tillerson said the us has
/// conclusive evidence that…`).
fn around_value(sentence: &str, at: usize) -> String {
    let head = sentence.get(..at).unwrap_or_default();
    let starts: Vec<usize> = head
        .split_whitespace()
        .map(|w| w.as_ptr() as usize - head.as_ptr() as usize)
        .collect();
    match starts.len().checked_sub(BEFORE_VALUE) {
        Some(first) if first > 0 => format!("…{}", &sentence[starts[first]..]),
        _ => sentence.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Figure;

    #[test]
    fn a_late_value_shows_with_the_words_before_it() {
        let s = "The mayor told reporters on the steps of the old town hall that the fire killed at least 12 people.";
        let at = s.find("at least 12").unwrap();
        assert_eq!(around_value(s, at), "…the fire killed at least 12 people.");
        // Early in its sentence: the sentence whole.
        let s = "At least 12 people died in the fire.";
        assert_eq!(around_value(s, 0), s);
        // The value's own place, not the first time its digits appear.
        let s = "In 2012 the 12 firms of the region said 12 of them would close.";
        let at = s.rfind("12 of").unwrap();
        assert_eq!(around_value(s, at), "…the region said 12 of them would close.");
    }

    fn group(values: &[(u32, f64)]) -> FigureGroup {
        let values = (values.iter())
            .map(|&(article, number)| Figure::stub("people killed", article, number))
            .collect();
        FigureGroup {
            about: "people killed".into(),
            values,
        }
    }

    #[test]
    fn the_usual_number_is_the_one_most_articles_give() {
        assert_eq!(
            usual_number(&group(&[(0, 86.0), (1, 89.0), (2, 89.0)])),
            Some(89.0)
        );
    }

    #[test]
    fn an_article_repeating_its_number_does_not_make_it_the_usual_one() {
        // The seeds: four versions, four tolls; the last gives 87 twice.
        let seeds = group(&[(1, 86.0), (2, 89.0), (3, 80.0), (4, 87.0), (4, 87.0)]);
        assert_eq!(usual_number(&seeds), None);
        assert_eq!(usual_number(&group(&[(0, 10.0), (1, 12.0)])), None);
    }

    #[test]
    fn an_id_shortens_to_the_start_that_names_it_alone() {
        let ids = ["politics/069.txt", "politics/311.txt", "politics/312.txt"];
        let start = |id| distinct_start(id, ids.iter().copied());
        assert_eq!(start("politics/069.txt"), "politics/0");
        assert_eq!(start("politics/312.txt"), "politics/312");
        let nested = ["a.txt", "a.txt#1"];
        assert_eq!(distinct_start("a.txt", nested.iter().copied()), "a.txt");
    }
}
