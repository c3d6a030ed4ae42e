//! The candidates for a quote the rules left without a speaker, and what the
//! ranker knows about each: where the entity is mentioned around the quote,
//! whether a speech verb stands next to it, whether it spoke the quotes
//! around. Computed from the analysis output (mentions, quotes, rule
//! attributions), so training reads exactly what the reader runs on.

use super::text::{Shape, according_to, ahead, behind, sentence, speech_next_to};
use crate::analysis::types::{ArticleAnalysis, EntityKind, QuoteKind};

/// Feature names, in the order of `Features`; the model file lists one
/// weight per name.
pub const FEATURES: [&str; 42] = [
    "bias",
    "person",
    "organization",
    "other_kind",
    "before_in_para",
    "after_in_para",
    "inside_quote",
    "prev_para",
    "earlier_para",
    "next_para",
    "said_in_para",
    "said_prev_para",
    "said_next_para",
    "prev_speaker",
    "prev_speaker_near",
    "next_speaker",
    "latest_mention",
    "salience",
    "most_mentioned",
    "opens_para_latest",
    "whole_para_prev_speaker",
    "cue_latest_in_para",
    "according_to",
    "first_para",
    "partial",
    "scare",
    "short_quote",
    "long_quote",
    "sentence_subject",
    "sentence_opener",
    "in_sentence_before",
    "in_sentence_after",
    "possessive",
    "prev_sentence_subject",
    "title_case",
    "ends_punct",
    "after_colon_comma",
    "first_person",
    "starts_capital",
    "opens_para",
    "speaks_elsewhere",
    "only_speaker",
];

pub type Features = [f32; FEATURES.len()];

/// Paragraphs before the quote's own that are searched for candidates.
const BACK: usize = 3;
/// The most mentions read before and after a quote.
const MENTIONS_BEFORE: usize = 64;
const MENTIONS_AFTER: usize = 24;

/// One quote the ranker may name, and its candidates.
#[derive(Clone, Debug)]
pub struct Slate {
    /// Index into `ArticleAnalysis::quotes`.
    pub quote: usize,
    /// Entity index and its features.
    pub cands: Vec<(usize, Features)>,
}

/// Whether the rules left this quote open to the ranker: neither a name
/// nor a role (a role is the rules' answer that nobody is named), and not
/// the title of a work. Quotes the rules call scare quotes stay open: many
/// are speech whose verb is sentences away, and the kind is a feature.
fn open(analysis: &ArticleAnalysis, kinds: &[QuoteKind], i: usize) -> bool {
    let q = &analysis.quotes[i];
    q.speaker.is_none() && q.role.is_none() && kinds.get(i) != Some(&QuoteKind::Title)
}

/// Per entity, what the mentions around one quote tell.
#[derive(Clone, Copy, Default)]
struct Seen {
    before: bool,
    after: bool,
    inside: bool,
    prev: bool,
    earlier: bool,
    next: bool,
    said: bool,
    said_prev: bool,
    said_next: bool,
    according: bool,
    in_sentence_before: bool,
    in_sentence_after: bool,
    possessive: bool,
    /// Byte-order position of the last mention before the quote, for
    /// "latest mention" (paragraph, start).
    last: Option<(usize, usize)>,
}

/// The slates of every open quote of an article.
pub fn slates(paragraphs: &[String], analysis: &ArticleAnalysis, kinds: &[QuoteKind]) -> Vec<Slate> {
    let open_quotes: Vec<usize> = (0..analysis.quotes.len())
        .filter(|&i| open(analysis, kinds, i))
        .collect();
    if open_quotes.is_empty() {
        return Vec::new();
    }
    // How many quotes the rules gave each entity, anywhere in the article.
    let mut spoke = vec![0u32; analysis.entities.len()];
    for q in &analysis.quotes {
        if let Some(e) = q.speaker {
            spoke[e] += 1;
        }
    }
    let speakers = spoke.iter().filter(|&&n| n > 0).count();
    let n = analysis.quotes.len();
    let named = |k: &usize| analysis.quotes[*k].speaker.is_some();
    let mut prev_named = vec![None; n];
    for k in 1..n {
        prev_named[k] = Some(k - 1).filter(named).or(prev_named[k - 1]);
    }
    let mut next_named = vec![None; n];
    for k in (0..n.saturating_sub(1)).rev() {
        next_named[k] = Some(k + 1).filter(named).or(next_named[k + 1]);
    }
    let mut counts = vec![0u32; analysis.entities.len()];
    let mut first_para = vec![false; analysis.entities.len()];
    for m in &analysis.mentions {
        counts[m.entity] += 1;
        first_para[m.entity] |= m.span.paragraph == 0;
    }
    let top = counts
        .iter()
        .enumerate()
        .filter(|&(e, _)| speaks(analysis.entities[e].kind))
        .map(|(_, &c)| c)
        .max()
        .unwrap_or(1)
        .max(1);
    open_quotes
        .into_iter()
        .map(|qi| Slate {
            quote: qi,
            cands: candidates(
                paragraphs,
                analysis,
                qi,
                kinds[qi],
                Article {
                    counts: &counts,
                    first_para: &first_para,
                    top,
                    spoke: &spoke,
                    speakers,
                    prev_named: &prev_named,
                    next_named: &next_named,
                },
            ),
        })
        .collect()
}

/// Per-article counts, per entity.
struct Article<'a> {
    counts: &'a [u32],
    first_para: &'a [bool],
    /// The most mentions any entity that can speak has.
    top: u32,
    /// Quotes the rules attributed to it.
    spoke: &'a [u32],
    /// Entities the rules gave a quote.
    speakers: usize,
    /// Per quote, the nearest quote before / after it the rules named.
    prev_named: &'a [Option<usize>],
    next_named: &'a [Option<usize>],
}

/// Kinds that can say something.
fn speaks(kind: EntityKind) -> bool {
    kind != EntityKind::Place
}

fn candidates(
    paragraphs: &[String],
    a: &ArticleAnalysis,
    qi: usize,
    quote_kind: QuoteKind,
    art: Article,
) -> Vec<(usize, Features)> {
    let Article {
        counts,
        first_para,
        top,
        spoke,
        speakers,
        ..
    } = art;
    let q = &a.quotes[qi];
    let p = q.span.paragraph;
    let lo = p.saturating_sub(BACK);
    // Mentions are in text order: the quote's place among them, and a
    // bounded number either side (a file with no blank lines is one long
    // paragraph, and a scan of all its mentions per quote would be quadratic).
    let here = a
        .mentions
        .partition_point(|m| (m.span.paragraph, m.span.start) < (p, q.span.start));
    let from = a.mentions[..here]
        .partition_point(|m| m.span.paragraph < lo)
        .max(here.saturating_sub(MENTIONS_BEFORE));
    let to = here + MENTIONS_AFTER;
    let mut seen: Vec<(usize, Seen)> = Vec::new();
    let text = &paragraphs[p];
    let (s0, s1) = sentence(text, q.span.start, q.span.end);
    // The first mention of the quote's sentence before it (its subject, or
    // near enough), and of the sentence before when the quote opens its own.
    let mut subject: Option<(usize, usize)> = None;
    let mut prev_subject: Option<usize> = None;
    // The sentence before the quote's: in its paragraph, or the last of the
    // paragraph before when the quote opens its own.
    let prev_start = if s0 > 0 {
        sentence(text, s0.saturating_sub(2), s0.saturating_sub(2)).0
    } else {
        p.checked_sub(1).map_or(0, |pp| {
            let t = &paragraphs[pp];
            let at = t.len().saturating_sub(2);
            sentence(t, at, at).0
        })
    };
    for m in a.mentions[from..to.min(a.mentions.len())]
        .iter()
        .take_while(|m| m.span.paragraph <= p + 1)
    {
        if !speaks(a.entities[m.entity].kind) {
            continue;
        }
        let at = match seen.iter().position(|(e, _)| *e == m.entity) {
            Some(k) => k,
            None => {
                seen.push((m.entity, Seen::default()));
                seen.len() - 1
            }
        };
        let in_prev_sentence = if m.span.paragraph == p {
            s0 > 0 && m.span.start >= prev_start && m.span.end < s0
        } else {
            m.span.paragraph + 1 == p && s0 == 0 && m.span.start >= prev_start
        };
        if in_prev_sentence && prev_subject.is_none() && q.span.start.saturating_sub(s0) <= 3 {
            prev_subject = Some(m.entity);
        }
        let s = &mut seen[at].1;
        let text = &paragraphs[m.span.paragraph];
        // Looked up only where a feature reads it (not for earlier paragraphs).
        let said = || speech_next_to(text, m.span.start, m.span.end);
        let mp = m.span.paragraph;
        if mp == p {
            if m.span.end <= q.span.start {
                s.before = true;
            } else if m.span.start >= q.span.end {
                s.after = true;
            } else {
                s.inside = true;
                continue;
            }
            s.said = s.said || said();
            s.according |= according_to(text, m.span.start);
            if m.span.start >= s0 && m.span.end <= q.span.start {
                s.in_sentence_before = true;
                s.possessive |= text[m.span.end..].starts_with(['\'', '’']);
                subject.get_or_insert((m.entity, m.span.start));
            } else if m.span.start >= q.span.end && m.span.end <= s1 {
                s.in_sentence_after = true;
            }
        } else if mp + 1 == p {
            s.prev = true;
            s.said_prev = s.said_prev || said();
        } else if mp < p {
            s.earlier = true;
        } else {
            s.next = true;
            s.said_next = s.said_next || said();
        }
        if (mp, m.span.end) <= (p, q.span.start) {
            s.last = Some((mp, m.span.start));
        }
    }
    let prev_speaker = art.prev_named[qi].map(|k| &a.quotes[k]);
    let next_speaker = art.next_named[qi]
        .map(|k| &a.quotes[k])
        .filter(|o| o.span.paragraph <= p + 1)
        .and_then(|o| o.speaker);
    // Neighbouring speakers are candidates even when not mentioned nearby.
    for e in prev_speaker
        .and_then(|o| o.speaker)
        .into_iter()
        .chain(next_speaker)
    {
        if !seen.iter().any(|(s, _)| *s == e) {
            seen.push((e, Seen::default()));
        }
    }
    let latest = seen.iter().filter_map(|(_, s)| s.last).max();
    // Only an opening mark before the quote in its paragraph; at most a
    // closing mark and a stop after it.
    let opens = match behind(text, q.span.start) {
        (t, true) => t.trim_end_matches(['"', '“', '‘', '\'']).trim().is_empty(),
        _ => false,
    };
    let whole = opens
        && match ahead(text, q.span.end) {
            (t, true) => t.trim_start_matches(['"', '”', '’', '\'']).trim().len() <= 1,
            _ => false,
        };
    let cue = q.cue.is_some();
    let words = q.text.split_whitespace().count();
    let shape = Shape::of(&q.text, &text[..q.span.start]);
    seen.into_iter()
        .map(|(e, s)| {
            let kind = a.entities[e].kind;
            let is_prev = prev_speaker.is_some_and(|o| o.speaker == Some(e));
            let prev_near = prev_speaker.is_some_and(|o| o.speaker == Some(e) && o.span.paragraph + 1 >= p);
            let is_latest = s.last.is_some() && s.last == latest;
            let b = |v: bool| f32::from(u8::from(v));
            let f: Features = [
                1.0,
                b(kind == EntityKind::Person),
                b(kind == EntityKind::Organization),
                b(kind == EntityKind::Other),
                b(s.before),
                b(s.after),
                b(s.inside && !s.before && !s.after),
                b(s.prev),
                b(s.earlier),
                b(s.next),
                b(s.said),
                b(s.said_prev),
                b(s.said_next),
                b(is_prev),
                b(prev_near),
                b(next_speaker == Some(e)),
                b(is_latest),
                counts[e] as f32 / top as f32,
                b(counts[e] == top && kind == EntityKind::Person),
                b(opens && is_latest),
                b(whole && prev_near),
                b(cue && is_latest && s.before),
                b(s.according),
                b(first_para[e]),
                b(quote_kind == QuoteKind::Partial),
                b(quote_kind == QuoteKind::Scare),
                b(words <= 3),
                b(words >= 8),
                b(subject.is_some_and(|(se, _)| se == e)),
                b(subject.is_some_and(|(se, at)| se == e && at.saturating_sub(s0) <= 24)),
                b(s.in_sentence_before),
                b(s.in_sentence_after),
                b(s.possessive),
                b(prev_subject == Some(e)),
                b(shape.title_case),
                b(shape.ends_punct),
                b(shape.after_colon_comma),
                b(shape.first_person),
                b(shape.starts_capital),
                b(opens),
                (spoke[e] as f32).min(3.0) / 3.0,
                b(speakers == 1 && spoke[e] > 0),
            ];
            (e, f)
        })
        .collect()
}
