//! One row per scored development quote (`BYLINE_PATH_ROWS=FILE` appends
//! them): its rule path, its outcome and what can be observed around it, so
//! each path's precision can be pooled over every development set and split
//! by condition (distance to the speaker's mention, rivals in between, …).
//! Development sets only: the held-out scorers never call it.

use std::io::Write as _;

use byline::analysis::{ArticleAnalysis, EntityKind};

/// The column names, in `row`'s order.
pub const HEADER: &str = "set\tfile\tquote\tpath\toutcome\tcue\tkind\tmentions\tpara_dist\tafter_only\
                          \trivals\tpara_people\topens_para\tprev_same\tprev_right\tnearest_right\tpara\twords\tstart\tend\tnamed_inside\tgot\tbefore\tquote_text\tafter\tlabel_kind";

fn kind(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organization => "org",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
    }
}

/// One scored article: its set, file, analysis and paragraphs.
pub struct Article<'a> {
    pub set: &'a str,
    pub file: &'a str,
    pub analysis: &'a ArticleAnalysis,
    pub paras: &'a [String],
}

/// The row of quote `i` (see `HEADER`, less its last column, the label's
/// kind, which the caller adds); `right` says whether an entity would be the
/// labelled speaker, `outcome` is the scorer's verdict.
pub fn row(art: &Article, i: usize, path: &str, outcome: &str, right: &dyn Fn(usize) -> bool) -> String {
    let Article {
        set,
        file,
        analysis: a,
        paras,
    } = *art;
    let q = &a.quotes[i];
    let at = (q.span.paragraph, q.span.start);
    let pos = |m: &byline::analysis::Mention| (m.span.paragraph, m.span.start);
    let inside = |m: &byline::analysis::Mention| {
        a.quotes.iter().any(|q| {
            q.span.paragraph == m.span.paragraph && q.span.start <= m.span.start && m.span.end <= q.span.end
        })
    };
    let (mut kind_s, mut mentions, mut para_dist, mut after_only, mut rivals) =
        ("-", 0usize, String::from("-"), false, 0usize);
    if let Some(e) = q.speaker {
        kind_s = kind(a.entities[e].kind);
        mentions = a.mentions.iter().filter(|m| m.entity == e).count();
        let last = a.mentions.iter().rfind(|m| m.entity == e && pos(m) < at);
        match last {
            Some(m) => {
                para_dist = (q.span.paragraph - m.span.paragraph).to_string();
                let mut seen: Vec<usize> = a
                    .mentions
                    .iter()
                    .filter(|r| pos(r) > pos(m) && pos(r) < at && r.entity != e && !inside(r))
                    .filter(|r| a.entities[r.entity].kind == EntityKind::Person)
                    .map(|r| r.entity)
                    .collect();
                seen.sort_unstable();
                seen.dedup();
                rivals = seen.len();
            }
            None => after_only = true,
        }
    }
    // The speaker named inside the quote itself (`"Bob was a driven man"`).
    let named_inside = q.speaker.is_some_and(|e| {
        a.mentions.iter().any(|m| {
            m.entity == e
                && m.span.paragraph == q.span.paragraph
                && q.span.start <= m.span.start
                && m.span.end <= q.span.end
        })
    });
    let mut people: Vec<usize> = a
        .mentions
        .iter()
        .filter(|m| m.span.paragraph == q.span.paragraph && !inside(m))
        .filter(|m| a.entities[m.entity].kind == EntityKind::Person)
        .map(|m| m.entity)
        .collect();
    people.sort_unstable();
    people.dedup();
    let lead = &paras[q.span.paragraph][..q.span.start];
    let opens = lead.chars().all(|c| !c.is_alphanumeric());
    let prev = i.checked_sub(1).map(|j| a.quotes[j].speaker);
    let prev_same = prev.map_or("-".into(), |p| (p.is_some() && p == q.speaker).to_string());
    let prev_right = prev.flatten().map_or("-".into(), |p| right(p).to_string());
    let nearest = a
        .mentions
        .iter()
        .rfind(|m| pos(m) < at && !inside(m) && a.entities[m.entity].kind == EntityKind::Person)
        .map_or("-".into(), |m| right(m.entity).to_string());
    format!(
        "{set}\t{file}\t{i}\t{path}\t{outcome}\t{}\t{kind_s}\t{mentions}\t{para_dist}\t{after_only}\t{rivals}\t{}\t{opens}\t{prev_same}\t{prev_right}\t{nearest}\t{}\t{}\t{}\t{}\t{named_inside}\t{}",
        q.cue.as_deref().unwrap_or("-"),
        people.len(),
        q.span.paragraph,
        q.text.split_whitespace().count(),
        q.span.start,
        q.span.end,
        q.speaker.map_or("-", |e| a.entities[e].name()),
    ) + &format!(
        "\t{}\t{}\t{}",
        ctx_before(lead),
        q.text.replace('\t', " "),
        ctx_after(&paras[q.span.paragraph][q.span.end..])
    )
}

/// The last 120 characters before the quote and the 80 after it, so a
/// row can be read without opening the article (the rows stay outside the
/// project: article text is not ours to keep).
fn ctx_before(s: &str) -> String {
    let cs: Vec<char> = s.chars().collect();
    cs[cs.len().saturating_sub(120)..]
        .iter()
        .collect::<String>()
        .replace('\t', " ")
}

fn ctx_after(s: &str) -> String {
    s.chars().take(80).collect::<String>().replace('\t', " ")
}

/// Appends `rows` to the file `BYLINE_PATH_ROWS` names, if it is set.
pub fn append(rows: &[String]) {
    let Some(path) = std::env::var_os("BYLINE_PATH_ROWS") else {
        return;
    };
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .expect("BYLINE_PATH_ROWS file");
    for r in rows {
        writeln!(f, "{r}").expect("write row");
    }
}

/// Whether rows are wanted at all (saves the work when not).
pub fn wanted() -> bool {
    std::env::var_os("BYLINE_PATH_ROWS").is_some()
}
