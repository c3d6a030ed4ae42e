//! The compare view's sections: a section with nothing under it has no
//! heading; one line after the versions says plainly what none of them
//! differ in.

mod common;

use byline::app::Layer;
use common::app::{app_of, press};

fn article(id: &str, extra: Option<&str>) -> byline::store::Article {
    let mut paragraphs: Vec<String> = [
        "The harbour master closed the northern quay on Friday after a crane collapsed onto a moored barge.",
        "\"Nobody was hurt, which is a small miracle\", the harbour master told the Kelmouth Gazette at the scene.",
        "Engineers from the port authority will inspect the remaining cranes before the quay opens again.",
    ]
    .map(str::to_owned)
    .to_vec();
    paragraphs.extend(extra.map(str::to_owned));
    byline::store::Article {
        id: id.into(),
        path: None,
        title: "Crane collapse shuts Kelmouth quay".into(),
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
        "\"We expect the quay to reopen within the week\", a port authority spokeswoman said on Friday evening.",
    );
    let articles = vec![
        article("harbour/007.txt", None),
        article("harbour/120.txt", update_of),
    ];
    let mut app = app_of(articles, 120, 40);
    app.wait_for_stories();
    press(&mut app, "C");
    let Layer::Compare(view) = app.layer() else {
        panic!("no compare view: {:?}", app.message())
    };
    let lines: Vec<&str> = view.lines().iter().map(|l| l.text.as_str()).collect();
    assert!(!lines.iter().any(|l| l.ends_with("(0)")), "{lines:#?}");
    assert!(
        lines
            .contains(&"No figure disagrees; no quote is given to different speakers or worded differently."),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&"Quotes only some versions carry (1)"),
        "{lines:#?}"
    );
    assert!(lines.contains(&"Passages only one version has (1)"), "{lines:#?}");
    // It follows the versions, before the sections that have something.
    let said = lines.iter().position(|l| l.starts_with("No figure")).unwrap();
    let quotes = lines.iter().position(|l| l.starts_with("Quotes only")).unwrap();
    assert!(said < quotes);
}
