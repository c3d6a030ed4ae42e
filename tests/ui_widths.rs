//! Columns and counts: titles and text with graphemes wider or narrower than
//! their chars (emoji ZWJ sequences, flags, combining accents) keep the list's
//! columns and the reader's lines where they belong; undated folders give the
//! date's columns to the titles; large counts group their thousands.

mod common;

use byline::app::{App, update};
use byline::keys::Action;
use byline::search::Corpus;
use byline::store::Article;
use common::app::{buffer_text, render};
use ratatui::buffer::Buffer;

const FAMILY: &str = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
const FLAG: &str = "\u{1F1FA}\u{1F1E6}";

fn app_of(titles: &[String], width: u16, height: u16) -> App {
    let articles = (titles.iter().enumerate())
        .map(|(i, title)| Article {
            id: format!("{i}.txt"),
            path: None,
            title: title.clone(),
            date: None,
            author: None,
            url: None,
            paragraphs: vec![format!("{} ok {title}", FAMILY.repeat(40))],
            lossy: false,
        })
        .collect();
    let mut app = App::new(Corpus::from_articles(articles));
    update(&mut app, Action::Resize { width, height });
    app
}

/// The column of the first `│` in row `y`: the list's right edge.
fn separator(buf: &Buffer, y: u16) -> Option<u16> {
    (0..buf.area.width).find(|&x| buf[(x, y)].symbol() == "│")
}

#[test]
fn a_title_with_emoji_sequences_keeps_the_list_columns_aligned() {
    let titles = [
        format!("Family {FAMILY} day {FLAG} and café\u{301} news"),
        "A plain title".to_owned(),
        format!(
            "{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}{FAMILY}"
        ),
    ];
    for (width, height) in [(120, 40), (80, 24)] {
        let app = app_of(&titles, width, height);
        let buf = render(&app);
        // Rows 2..5 are the three articles (under the filter hints and the pane titles).
        for y in 2..5 {
            let edge = separator(&buf, y).unwrap_or_else(|| panic!("no separator in row {y}"));
            assert_eq!(Some(edge), separator(&buf, 1), "row {y} at {width}x{height}");
            // The quotes column ends just left of the separator, in every row.
            assert_eq!(buf[(edge - 1, y)].symbol(), "q", "row {y} at {width}x{height}");
        }
        // The long title is cut between families, with its ellipsis.
        let text = buffer_text(&buf);
        let row = text.lines().nth(4).unwrap();
        assert!(row.contains(&format!("{FAMILY}…")), "{row}");
    }
}

#[test]
fn the_reader_fills_its_lines_with_wide_graphemes() {
    let app = app_of(&["Emoji".to_owned()], 120, 40);
    let buf = render(&app);
    let edge = separator(&buf, 2).expect("a separator");
    // The body's first line: families two columns each, up to the pane's
    // right margin (one column, and one a family would not fit in).
    let y = (0..buf.area.height)
        .find(|&y| buf[(edge + 2, y)].symbol() == FAMILY)
        .expect("a line of families");
    let last = (edge + 2..buf.area.width)
        .rev()
        .find(|&x| buf[(x, y)].symbol() == FAMILY)
        .unwrap();
    assert!(
        buf.area.width - (last + 2) <= 2,
        "the line stops at column {last} of {}",
        buf.area.width
    );
}

/// Undated articles (a folder of plain text, often) give the date's columns
/// to the titles; one dated article brings the column back.
#[test]
fn undated_articles_give_the_date_columns_to_the_title() {
    let long = "Ministers met in Brussels on Tuesday to agree the budget".to_owned();
    let row = |app: &App, n: usize| buffer_text(&render(app)).lines().nth(2 + n).unwrap().to_owned();
    let mut app = app_of(&[long.clone(), long], 120, 40);
    assert!(
        row(&app, 0).contains("Ministers met in Brussels on Tuesday to…    0q│"),
        "{}",
        row(&app, 0)
    );
    let mut articles: Vec<Article> = (0..2).map(|i| app.corpus().article(i).clone()).collect();
    articles[1].date = byline::store::parse_dateline("2017-04-15");
    app = App::new(Corpus::from_articles(articles));
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    assert!(
        row(&app, 0).contains("Ministers met in Brussels on…               0q│"),
        "{}",
        row(&app, 0)
    );
    assert!(
        row(&app, 1).contains("Ministers met in Brussels on…  2017-04-15   0q│"),
        "{}",
        row(&app, 1)
    );
}

/// The entity index's count groups thousands (`1,296`), as the status bar's does.
#[test]
fn the_entity_index_counts_with_thousands_separators() {
    let syllables = [
        "ka", "lo", "mi", "ren", "tas", "vo", "ber", "dun", "sel", "mar", "pi", "qua",
    ];
    let word = |a: usize, b: usize| {
        let w = format!("{}{}", syllables[a], syllables[b]);
        w[..1].to_uppercase() + &w[1..]
    };
    let sentences: Vec<String> = (0..1500)
        .map(|i| {
            let (a, b, c, d) = (i / 1728 % 12, i / 144 % 12, i / 12 % 12, i % 12);
            format!("{} {}ov met officials on Monday.", word(a, b), word(c, d))
        })
        .collect();
    let article = Article {
        id: "names.txt".into(),
        path: None,
        title: "Many names".into(),
        date: None,
        author: None,
        url: None,
        paragraphs: sentences.chunks(10).map(|c| c.join(" ")).collect(),
        lossy: false,
    };
    let mut app = App::new(Corpus::from_articles(vec![article]));
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    common::app::press(&mut app, "i");
    let screen = buffer_text(&render(&app));
    let title = screen
        .lines()
        .find(|l| l.contains("Entities ("))
        .expect("the entity index");
    let count = title
        .split("Entities (")
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap();
    let (shown, total) = count.split_once('/').unwrap();
    assert_eq!(shown, total, "{title}");
    assert!(total.len() == 5 && total.as_bytes()[1] == b',', "{title}");
}

/// A tab in the text reads as a space, not as nothing (`Tab\there` is not
/// `Tabhere`), and the line keeps its width.
#[test]
fn a_tab_in_the_text_is_drawn_as_a_space() {
    let article = Article {
        id: "tab.txt".into(),
        path: None,
        title: "Tabs".into(),
        date: None,
        author: None,
        url: None,
        paragraphs: vec!["Columns\tapart and\t\ttwo tabs.".into()],
        lossy: false,
    };
    let mut app = App::new(Corpus::from_articles(vec![article]));
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    let screen = buffer_text(&render(&app));
    assert!(screen.contains("│ Columns apart and  two tabs."), "{screen}");
}

/// The compare and quotes views take the whole width: no column of the
/// panes under them shows at either edge, a word cut to one letter.
#[test]
fn the_compare_and_quotes_views_leave_no_sliver_of_the_panes() {
    for (width, key) in [(120, "C"), (80, "C"), (120, "Q"), (81, "Q")] {
        let mut app = common::app::seeds_app(width, 40);
        app.wait_for_stories();
        common::app::press(&mut app, key);
        let screen = common::app::screen_text(&app);
        let rows: Vec<&str> = screen.lines().collect();
        // Between the filter bar and the status bar: the popup's frame.
        for row in &rows[1..rows.len() - 1] {
            let (first, last) = (row.chars().next(), row.chars().last());
            if first == Some('└') {
                break;
            }
            assert!(
                matches!(first, Some('┌' | '│')) && matches!(last, Some('┐' | '│')),
                "{key} at {width} columns: {row:?}"
            );
        }
    }
}

/// The entity index grows wider than its usual 60 columns when the screen
/// has the room, so a long name keeps its kind and count beside it.
#[test]
fn the_entity_index_widens_for_a_long_name() {
    let mut app = common::app::seeds_app(120, 40);
    common::app::press(&mut app, "i");
    common::app::type_text(&mut app, "prohib");
    let screen = buffer_text(&render(&app));
    assert!(
        screen.contains("Organisation for the Prohibition of Chemical Weapons organization · 2 articles"),
        "{screen}"
    );
}
