//! The reader's behaviour on the seed articles, driven by key presses through
//! the default keymap: filtering, the list and reader keys, the popups, narrow
//! and resized screens, the mouse and the overlays (the entity cursor and the
//! jumps between articles are in `ui_jumps.rs`).

mod common;

use byline::app::{Layer, Pane, update};
use byline::keys::Action;
use byline::ui::StatusBar;
use common::app::{
    article, cursor_on_screen, focus_entity, focused, in_reader, listed, press, seeds_app, type_filter,
    type_text,
};

#[test]
fn starts_with_every_article_listed_and_the_first_previewed() {
    let app = seeds_app(120, 40);
    assert_eq!(listed(&app), ["000", "001", "002", "003", "004"]);
    assert_eq!(in_reader(&app).as_deref(), Some("000"));
    assert!(StatusBar::summary(&app).starts_with(" 5/5"));
    assert!(!app.is_read(article(&app, "000")), "previewing is not reading");
}

#[test]
fn at_lavrov_lists_the_four_articles_quoting_him() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "@lavrov");
    assert_eq!(listed(&app), ["001", "002", "003", "004"]);
    assert!(StatusBar::summary(&app).starts_with(" 4/5 · filter: @lavrov"));
    assert_eq!(
        in_reader(&app).as_deref(),
        Some("001"),
        "the reader follows the selection"
    );
}

#[test]
fn hash_haley_lists_the_two_articles_naming_her() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "#haley");
    assert_eq!(listed(&app), ["000", "004"]);
}

#[test]
fn the_list_narrows_on_every_keystroke_and_editing_keys_work() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "@lavrov #hal");
    assert_eq!(listed(&app), ["004"]);
    press(&mut app, "Ctrl-w");
    assert_eq!(app.filter().text(), "@lavrov ");
    assert_eq!(listed(&app), ["001", "002", "003", "004"]);
    press(&mut app, "Left Left Left Backspace");
    assert_eq!(app.filter().text(), "@lavov ");
    press(&mut app, "Right Right Right q");
    assert_eq!(app.filter().text(), "@lavov q", "q types in the filter bar");
    assert!(!app.should_quit());
    press(&mut app, "Ctrl-u");
    assert_eq!((app.filter().text(), app.shown().len()), ("", 5));
}

#[test]
fn enter_keeps_the_filter_and_esc_clears_it() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "@lavrov");
    press(&mut app, "Enter");
    assert!(matches!(app.layer(), Layer::Panes));
    assert_eq!(app.focus(), Pane::List);
    assert_eq!(app.shown().len(), 4);
    press(&mut app, "j");
    assert_eq!(
        in_reader(&app).as_deref(),
        Some("002"),
        "keys browse the list again"
    );
    press(&mut app, "/ Esc");
    assert!(matches!(app.layer(), Layer::Panes));
    assert_eq!((app.filter().text(), app.shown().len()), ("", 5));
    assert_eq!(
        in_reader(&app).as_deref(),
        Some("002"),
        "the selection stays on its article"
    );
}

#[test]
fn list_keys_move_the_selection_and_open_marks_read() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "j j");
    assert_eq!((app.selected(), in_reader(&app).as_deref()), (2, Some("002")));
    press(&mut app, "G");
    assert_eq!(app.selected(), 4);
    press(&mut app, "Down");
    assert_eq!(app.selected(), 4, "stops at the end");
    press(&mut app, "g Up");
    assert_eq!(app.selected(), 0);
    press(&mut app, "Space");
    assert_eq!(app.selected(), 4, "a page is more than five rows");
    press(&mut app, "b");
    assert_eq!(app.selected(), 0);
    assert!(!app.is_read(article(&app, "000")));
    press(&mut app, "Enter");
    assert_eq!(app.focus(), Pane::Reader);
    assert!(app.is_read(article(&app, "000")));
    press(&mut app, "h");
    assert_eq!(app.focus(), Pane::List);
}

#[test]
fn reader_keys_scroll_within_bounds() {
    let mut app = seeds_app(120, 15);
    press(&mut app, "Enter j j");
    assert_eq!(app.reader().scroll, 2);
    press(&mut app, "k k k");
    assert_eq!(app.reader().scroll, 0);
    press(&mut app, "G");
    let bottom = app.reader().scroll;
    let lines = app.document().unwrap().len();
    let rows = usize::from(app.areas().reader_text().height);
    assert_eq!(bottom, lines - rows, "the last line at the bottom of the pane");
    assert!(bottom > 2 * rows, "the article is pages long at this size");
    press(&mut app, "j Space");
    assert_eq!(app.reader().scroll, bottom);
    press(&mut app, "b");
    assert_eq!(
        app.reader().scroll,
        bottom - (rows - 1),
        "a page keeps one line of context"
    );
    press(&mut app, "g");
    assert_eq!(app.reader().scroll, 0);
}

#[test]
fn speaker_picker_applies_the_speaker_and_emphasises_their_quotes() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "s");
    let Layer::Picker(picker) = app.layer() else {
        panic!("no picker")
    };
    let (most, quotes) = app.corpus().speakers()[0];
    let first = picker.chosen().unwrap();
    assert_eq!(first.name, app.entity(most).name, "the most quoted first");
    assert_eq!(first.detail, format!("{quotes} quotes"));
    assert_eq!(picker.matches().len(), app.corpus().speakers().len());
    type_text(&mut app, "lavr");
    press(&mut app, "Enter");
    assert_eq!(app.filter().text(), "@sergei_lavrov");
    assert_eq!(listed(&app), ["001", "002", "003", "004"]);
    assert_eq!(focused(&app).as_deref(), Some("Sergei Lavrov"));
    let a = article(&app, "002");
    let body = app.corpus().body(a);
    let quotes = body.analysis.quotes.len();
    let speaker = |q| body.quote_speaker(q).map(|id| app.entity(id).name.clone());
    let emphasised: Vec<bool> = (0..quotes).map(|q| app.is_emphasised(a, q)).collect();
    let lavrovs: Vec<bool> = (0..quotes)
        .map(|q| speaker(q).as_deref() == Some("Sergei Lavrov"))
        .collect();
    assert_eq!(emphasised, lavrovs);
    assert!(lavrovs.contains(&true));
}

#[test]
fn entity_index_applies_the_entity_in_place_of_an_earlier_one() {
    let mut app = seeds_app(120, 40);
    type_filter(&mut app, "veto #syria");
    press(&mut app, "Enter i");
    type_text(&mut app, "nikki");
    let Layer::Picker(picker) = app.layer() else {
        panic!("no picker")
    };
    assert_eq!(picker.chosen().unwrap().detail, "person · 2 articles");
    press(&mut app, "Enter");
    assert_eq!(app.filter().text(), "veto #nikki_haley");
    assert_eq!(listed(&app), ["000", "004"]);
    press(&mut app, "i Esc");
    assert!(matches!(app.layer(), Layer::Panes));
    assert_eq!(
        app.filter().text(),
        "veto #nikki_haley",
        "Esc leaves the filter alone"
    );
}

#[test]
fn popups_move_their_selection_and_type_instead_of_browsing() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "s Down Down j");
    let Layer::Picker(picker) = app.layer() else {
        panic!("no picker")
    };
    assert_eq!(picker.input().text(), "j");
    press(&mut app, "Backspace Down Down Up");
    let Layer::Picker(picker) = app.layer() else {
        panic!("no picker")
    };
    assert_eq!(picker.chosen().unwrap().name, "Rex Tillerson");
    press(&mut app, "Ctrl-c");
    assert!(app.should_quit());
}

#[test]
fn narrow_screens_show_one_pane_and_tab_switches() {
    let mut app = seeds_app(79, 24);
    let areas = app.areas();
    assert!(areas.narrow() && areas.list_visible() && !areas.reader_visible());
    press(&mut app, "Tab");
    let areas = app.areas();
    assert_eq!(app.focus(), Pane::Reader);
    assert!(!areas.list_visible() && areas.reader_visible());
    assert_eq!(areas.reader_text().width, 77, "the reader takes the whole width");
    press(&mut app, "Tab");
    assert_eq!(app.focus(), Pane::List);
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    let areas = app.areas();
    assert!(!areas.narrow() && areas.list_visible() && areas.reader_visible());
}

#[test]
fn resizing_rewraps_and_keeps_the_entity_cursor_in_view() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "Enter");
    focus_entity(&mut app, "Nikki Haley");
    let wide = app.document().unwrap().len();
    update(
        &mut app,
        Action::Resize {
            width: 50,
            height: 12,
        },
    );
    assert!(app.document().unwrap().len() > wide, "narrower means more lines");
    assert!(cursor_on_screen(&app));
    update(&mut app, Action::Resize { width: 1, height: 1 });
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    assert_eq!(app.document().unwrap().len(), wide);
    assert!(cursor_on_screen(&app));
}

#[test]
fn the_mouse_scrolls_the_pane_under_it_and_clicks_select_rows() {
    let mut app = seeds_app(120, 40);
    // The list's rows start under the filter bar and the pane header.
    update(&mut app, Action::ClickAt { column: 5, row: 5 });
    assert_eq!(in_reader(&app).as_deref(), Some("003"));
    update(&mut app, Action::ClickAt { column: 5, row: 30 });
    assert_eq!(app.selected(), 3, "a click below the rows does nothing");
    update(
        &mut app,
        Action::ScrollAt {
            column: 80,
            row: 10,
            lines: 3,
        },
    );
    assert_eq!((app.reader().scroll, app.selected()), (3, 3));
    update(
        &mut app,
        Action::ScrollAt {
            column: 5,
            row: 10,
            lines: -3,
        },
    );
    assert_eq!(app.selected(), 0);
    update(&mut app, Action::ClickAt { column: 80, row: 10 });
    assert_eq!(app.focus(), Pane::Reader);
}

#[test]
fn help_and_skipped_overlays_open_and_close() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "?");
    assert!(matches!(app.layer(), Layer::Help { scroll: 0 }));
    press(&mut app, "j j k");
    assert!(matches!(app.layer(), Layer::Help { scroll: 1 }));
    press(&mut app, "q");
    assert!(matches!(app.layer(), Layer::Panes));
    assert!(!app.should_quit(), "q closes the overlay first");
    press(&mut app, "!");
    assert_eq!(app.message(), Some("no files were skipped, no problems at start"));
    press(&mut app, "q");
    assert!(app.should_quit());
}

/// The filter on its worker thread (as on a big corpus): keys return at
/// once, the list follows when the pass is done, and only the newest query's
/// answer is shown, the same as the synchronous filter's.
#[test]
fn the_filter_on_its_worker_shows_the_newest_query() {
    let mut sync = seeds_app(120, 40);
    let mut app = seeds_app(120, 40);
    app.set_async_from(0);
    for q in ["@lavrov", "russia veto", "#haley", "tillerson"] {
        press(&mut app, "/");
        press(&mut sync, "/");
        for c in q.chars() {
            update(&mut app, Action::Insert(c));
            update(&mut sync, Action::Insert(c));
        }
        let start = std::time::Instant::now();
        while app.filter_pending() {
            app.poll_filter();
            assert!(start.elapsed().as_secs() < 10, "the filter never answered");
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        assert_eq!(listed(&app), listed(&sync), "{q}");
        press(&mut app, "Esc");
        press(&mut sync, "Esc");
    }
}

/// Three mistakes in a config file: the status bar says how many and shows
/// the first, and `!` lists every one in full with its file and line.
#[test]
fn every_config_problem_is_listed_at_once() {
    use byline::config::Config;
    let text = "theme = \"blue\"\nwrap_width = \"wide\"\n[colors]\npersn = \"red\"\n";
    let file = std::path::Path::new("/home/u/.config/byline/config.toml");
    let (config, errors) = Config::read(text, file, None);
    assert_eq!(errors.len(), 3, "{errors:?}");
    let mut app = seeds_app(120, 40);
    app.configure(&config);
    app.report_problems(errors.iter().map(|e| format!("config: {e}")).collect());
    let message = app.message().expect("a message").to_owned();
    assert!(
        message.starts_with("3 problems at start: ! lists them; the first: config: /home/u/.config/byline/config.toml:1: theme:"),
        "{message}"
    );
    press(&mut app, "j");
    assert_eq!(
        app.message(),
        None,
        "the problems are not shown one per key press"
    );
    press(&mut app, "!");
    assert!(matches!(app.layer(), Layer::Skipped { .. }));
    let screen = common::app::screen_text(&app);
    assert!(
        screen.contains("┌ Problems at start (3) ─") && !screen.contains("(0)"),
        "{screen}"
    );
    for line in 1..=4 {
        let at = format!("config.toml:{line}:");
        assert_eq!(screen.contains(&at), line != 3, "{at} in\n{screen}");
    }
}

/// Keys past the end of an overlay are not counted: the first `k` after
/// holding `j` scrolls back at once.
#[test]
fn an_overlay_scrolls_back_at_once_from_its_end() {
    let mut app = seeds_app(80, 24);
    press(&mut app, "?");
    for _ in 0..200 {
        common::app::render(&app);
        press(&mut app, "j");
    }
    let Layer::Help { scroll: end } = *app.layer() else {
        panic!("the help is open")
    };
    assert!(end > 0 && end < 200, "{end}");
    let at_end = common::app::screen_text(&app);
    press(&mut app, "k");
    assert!(matches!(app.layer(), Layer::Help { scroll } if *scroll == end - 1));
    assert_ne!(common::app::screen_text(&app), at_end, "k moved the help back");
}

/// Unread only (`U`) with every article read and no filter: the empty list
/// says why, and how to list them all, not that nothing matches.
#[test]
fn unread_only_with_all_read_says_so() {
    let mut app = seeds_app(80, 24);
    press(&mut app, "u j u j u j u j u U");
    let screen = common::app::screen_text(&app);
    assert!(screen.contains(" no unread article (U lists all)"), "{screen}");
    press(&mut app, "/");
    common::app::type_text(&mut app, "trump");
    assert!(common::app::screen_text(&app).contains(" no unread article matches"));
}
