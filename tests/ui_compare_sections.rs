//! The compare view's sections: a section with nothing under it has no
//! heading; one line after the versions says plainly what none of them
//! differ in.

mod common;

use byline::app::{App, Layer, update};
use byline::keys::Action;
use byline::search::Corpus;
use common::app::press;

fn article(id: &str, extra: Option<&str>) -> byline::store::Article {
    let mut paragraphs: Vec<String> = vec![
        "The finance minister resigned on Tuesday after a row over the budget with the prime minister.".into(),
        "\"I have no regrets\", she told reporters outside parliament in the capital on Tuesday evening.".into(),
        "Her deputy will take over until a new minister is named, the government said in a statement.".into(),
    ];
    paragraphs.extend(extra.map(str::to_owned));
    byline::store::Article {
        id: id.into(),
        path: None,
        title: "Minister quits over budget row".into(),
        date: None,
        author: None,
        url: None,
        paragraphs,
        lossy: false,
    }
}

#[test]
fn an_empty_section_has_no_heading_and_one_line_says_so() {
    let update_of = Some(
        "\"We will carry on with the budget as planned\", the prime minister's spokesman told journalists later.",
    );
    let mut app = App::new(Corpus::from_articles(vec![
        article("politics/007.txt", None),
        article("politics/120.txt", update_of),
    ]));
    update(&mut app, Action::Resize { width: 120, height: 40 });
    app.wait_for_stories();
    press(&mut app, "C");
    let Layer::Compare(view) = app.layer() else {
        panic!("no compare view: {:?}", app.message())
    };
    let lines: Vec<&str> = view.lines().iter().map(|l| l.text.as_str()).collect();
    assert!(!lines.iter().any(|l| l.ends_with("(0)")), "{lines:#?}");
    assert!(
        lines.contains(&"No figure disagrees; no quote is given to different speakers or worded differently."),
        "{lines:#?}"
    );
    assert!(lines.contains(&"Quotes only some versions carry (1)"), "{lines:#?}");
    assert!(lines.contains(&"Passages only one version has (1)"), "{lines:#?}");
    // It follows the versions, before the sections that have something.
    let said = lines.iter().position(|l| l.starts_with("No figure")).unwrap();
    let quotes = lines.iter().position(|l| l.starts_with("Quotes only")).unwrap();
    assert!(said < quotes);
}
