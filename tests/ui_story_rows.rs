//! A story's rows in the list: an expanded story shows each of its
//! articles once (the story's row stands for its lead, as a thread's root
//! does in mutt), and the row says what its counts are.

mod common;

use byline::app::{App, Row};
use common::app::{first_story, press, screen_text, threaded};

/// The list's rows as drawn, left of the reader.
fn list_rows(app: &App) -> Vec<String> {
    let text = screen_text(app);
    (text.lines().skip(2).take(app.rows().len()))
        .map(|l| l.split('│').next().unwrap_or(l).trim_end().to_owned())
        .collect()
}

#[test]
fn an_expanded_story_lists_each_article_once() {
    let mut app = threaded(120, 40);
    press(&mut app, "z");
    let articles: Vec<u32> = app.rows().iter().map(Row::article).collect();
    let mut distinct = articles.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), 5, "{articles:?}");
    assert_eq!(
        articles.len(),
        5,
        "the lead is the story's row, not listed again: {articles:?}"
    );
    assert!(matches!(app.rows()[0], Row::Story { expanded: true, .. }));
    assert!(app.rows()[1..].iter().all(|r| matches!(r, Row::Member(_))));
    // Moving down from the story's row reaches the second article at once.
    press(&mut app, "j");
    assert_ne!(app.selected_article(), Some(articles[0]));
}

/// Expanded, the story's row is its lead's: its `●` and `u` are the lead's
/// alone (the other articles have rows of their own); collapsed, they are
/// the whole story's.
#[test]
fn u_on_an_expanded_story_row_is_the_leads_alone() {
    let mut app = threaded(120, 40);
    let members = first_story(&app);
    press(&mut app, "z u");
    let read: Vec<bool> = members.iter().map(|&a| app.is_read(a)).collect();
    assert_eq!(read, [true, false, false, false, false]);
    let rows = list_rows(&app);
    assert!(rows[0].starts_with("  ▾"), "the lead is read: no dot: {rows:?}");
    assert!(rows[1].starts_with('●'), "{rows:?}");
    press(&mut app, "z");
    assert!(
        list_rows(&app)[0].starts_with('●'),
        "collapsed, the story has unread articles"
    );
}

/// The story row says what its numbers count as fully as shows its title
/// whole; a title too long for that gets the room, beside `5/5 unread`,
/// keeping 24 columns, then 16 (at 80 columns `5/5 unread`, not a bare
/// `5/5`); the status bar says it in full for the selected story.
#[test]
fn the_story_row_says_what_it_counts() {
    let row = |app: &App| list_rows(app)[0].clone();
    let wide = threaded(200, 40);
    assert_eq!(
        row(&wide),
        "● ▸ Trump says US-Russia relations may be at 'all-time low'   5 of 5 unread  11q",
        "whole, beside the fullest wording that lets it"
    );
    let mut app = threaded(120, 40);
    assert_eq!(
        row(&app),
        "● ▸ Trump says US-Russia relati… 5/5 unread  11q",
        "the title is too long for any wording: it gets the room"
    );
    press(&mut app, "z j Enter Esc z");
    assert!(row(&app).ends_with(" 4/5 unread  11q"), "{:?}", row(&app));
    press(&mut app, "u");
    assert!(row(&app).ends_with(" 5 read  11q"), "{:?}", row(&app));
    let status = screen_text(&app).lines().last().unwrap_or_default().to_owned();
    assert!(status.contains(" · story: 5 articles, all read"), "{status:?}");
    let mut narrow = threaded(80, 24);
    assert!(row(&narrow).ends_with(" 5/5 unread"), "{:?}", row(&narrow));
    assert!(
        row(&narrow).starts_with("● ▸ Trump says US-Ru…"),
        "the title keeps 16 columns or more: {:?}",
        row(&narrow)
    );
    let status = screen_text(&narrow).lines().last().unwrap_or_default().to_owned();
    assert!(
        status.starts_with(" 5/5 · story: 5 articles, 5 unread"),
        "{status:?}"
    );
    press(&mut narrow, "u");
    assert!(row(&narrow).ends_with(" 5 read"), "{:?}", row(&narrow));
    // Narrower still, the count is cut before the title goes under 16.
    let mut bare = threaded(30, 24);
    assert!(row(&bare).ends_with(" 5/5"), "{:?}", row(&bare));
    press(&mut bare, "u");
    assert!(
        row(&bare).ends_with(" 5 read"),
        "shorter: room again: {:?}",
        row(&bare)
    );
}

/// A title that fits beside the fullest wording shows whole with it, and
/// one that fits only beside a shorter wording (or without the date, or the
/// quote count) gets that one.
#[test]
fn a_short_title_shows_whole_beside_the_fullest_count_that_lets_it() {
    let titled = |width, title: &str| {
        let mut seeds = byline::store::seeds();
        for a in &mut seeds {
            a.title = title.to_owned();
        }
        let mut app = common::app::app_of(seeds, width, 40);
        app.wait_for_stories();
        press(&mut app, "t");
        list_rows(&app)[0].clone()
    };
    let rows = [
        titled(200, "Trump and Russia"),
        titled(120, "Trump and Russia"),
        titled(120, "Trump and Russia at a low point"),
    ];
    assert_eq!(
        rows,
        [
            "● ▸ Trump and Russia                       5 articles · 5 unread 2017-04-15  11q",
            "● ▸ Trump and Russia  5/5 unread 2017-04-15  11q",
            "● ▸ Trump and Russia at a low point   5/5 unread",
        ]
    );
}

/// `]` goes through the articles in the order the list shows them: with
/// threads on, a story's articles one after the other in the story's
/// order (as `z` lists them), and it wraps after the story's last.
#[test]
fn bracket_follows_a_storys_articles_in_its_order() {
    let mut app = threaded(120, 40);
    let members = first_story(&app);
    press(&mut app, "Enter");
    assert_eq!(app.reader().article, Some(members[0]));
    common::app::focus_entity(&mut app, "United States");
    let mut visited = Vec::new();
    for _ in 1..members.len() {
        press(&mut app, "]");
        visited.push(app.reader().article.expect("an article"));
        assert_eq!(app.message(), None, "no wrap inside the story");
    }
    assert_eq!(visited, members[1..]);
    press(&mut app, "]");
    assert_eq!(app.reader().article, Some(members[0]));
    assert_eq!(app.message(), Some("wrapped around to the top of the list"));
}

/// `z` on an article in no story says why nothing expands, whole on a
/// 60-column screen (the message wins the status bar, but not past its end).
#[test]
fn z_on_an_article_alone_says_why_in_60_columns() {
    let mut app = threaded(60, 20);
    common::app::type_filter(&mut app, "'butcher");
    press(&mut app, "Enter z");
    let status = screen_text(&app).lines().last().unwrap_or_default().to_owned();
    assert!(
        status.contains("nothing to expand: no other version of it is listed"),
        "{status:?}"
    );
}

/// A long message on a 60-column screen leaves the story's counts: the
/// head of the summary shortens (`story: 5/5 unread`) and the message is
/// cut with `…` before the head goes (it used to push it off: ` 5/5… no
/// entity focused: …`).
#[test]
fn a_long_message_in_60_columns_leaves_the_storys_counts() {
    let mut app = threaded(60, 20);
    let status = |app: &App| screen_text(app).lines().last().unwrap_or_default().to_owned();
    press(&mut app, "n");
    let line = status(&app);
    assert!(line.starts_with(" 5/5 · story: 5/5 unread "), "{line:?}");
    assert!(line.contains(" no entity focused: press e to p"), "{line:?}");
    assert!(line.trim_end().ends_with('…'), "{line:?}");
    press(&mut app, "u");
    let line = status(&app);
    assert_eq!(
        line.trim_end(),
        " 5/5 · story: 5 articles, all read",
        "the old message gone, none saying the counts again"
    );
}

/// On a narrower screen, where the compact head takes more than half the
/// bar, the message still gives way: the story's counts stay whole (the
/// message used to keep half the bar and cut them, `story: 5/5 unr…`, as
/// the BBC's longer `2,225/2,225` did at 60 columns).
#[test]
fn a_long_message_leaves_the_storys_counts_when_they_take_over_half() {
    let mut app = threaded(40, 20);
    press(&mut app, "n");
    let line = screen_text(&app).lines().last().unwrap_or_default().to_owned();
    assert!(line.starts_with(" 5/5 · story: 5/5 unread "), "{line:?}");
    assert!(line.contains(" no entity"), "{line:?}");
    assert!(line.trim_end().ends_with('…'), "{line:?}");
}
