//! Speaker tags (`— Lavrov`) never split the article's text: they end their
//! paragraph, and are left out where the sentence names the speaker.

mod common;

use byline::app::{DocLine, Segment};
use common::app::{article, press, screen_text, seeds_app};

/// Every seed, laid out at `width`: (paragraph, text after a tag in it).
fn text_after_tags(width: u16) -> Vec<(String, usize)> {
    let mut app = seeds_app(width, 40);
    let mut found = Vec::new();
    for seed in ["000", "001", "002", "003", "004"] {
        let a = article(&app, seed);
        while app.reader().article != Some(a) {
            press(&mut app, "j");
        }
        let doc = app.document().expect("a document");
        let mut tagged: Option<usize> = None;
        for line in doc.lines() {
            let DocLine::Body { paragraph, segments } = line else {
                continue;
            };
            if tagged.is_some_and(|p| p != *paragraph) {
                tagged = None;
            }
            for segment in segments {
                match segment {
                    Segment::Speaker { .. } => tagged = Some(*paragraph),
                    Segment::Text { .. } if tagged.is_some() => {
                        found.push((seed.to_owned(), *paragraph));
                    }
                    Segment::Text { .. } => {}
                }
            }
        }
    }
    found
}

#[test]
fn tags_end_their_paragraph_at_any_width() {
    for width in [40, 80, 120, 200] {
        assert_eq!(text_after_tags(width), [], "at {width} columns");
    }
}

#[test]
fn no_tag_where_the_sentence_names_the_speaker() {
    let mut app = seeds_app(120, 40);
    press(&mut app, "G");
    let text = screen_text(&app);
    assert!(text.contains("Safronkov said"), "{text}");
    assert!(!text.contains("— Safronkov"), "{text}");
}
