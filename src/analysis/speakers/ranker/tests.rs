use super::features::{FEATURES, Features, Slate, slates};
use super::{SpeakerModel, shipped};
use crate::analysis::{Gazetteer, analyze_with_kinds, analyze_with_paths, speaker_slates};

fn paras(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

fn feature(f: &Features, name: &str) -> f32 {
    f[FEATURES.iter().position(|n| *n == name).expect(name)]
}

/// The slate of the first open quote and the candidate named `name` in it.
fn candidate(texts: &[&str], name: &str) -> Features {
    let (a, _, slates) = speaker_slates(Gazetteer::builtin(), &paras(texts));
    let slate = slates.first().expect("an open quote");
    slate
        .cands
        .iter()
        .find(|(e, _)| a.entities[*e].name == name)
        .unwrap_or_else(|| panic!("{name} is no candidate"))
        .1
}

#[test]
fn the_shipped_model_parses_and_names_a_weight_per_feature() {
    let text = include_str!("../../../../assets/speaker_model.txt");
    let m = SpeakerModel::parse(text).expect("shipped model");
    assert!(m.threshold > 0.5 && m.threshold <= 1.0, "{}", m.threshold);
    assert!(m.weights.iter().any(|w| *w != 0.0));
    assert_eq!(shipped(), &m);
}

#[test]
fn a_model_file_must_list_every_feature_in_order_and_a_threshold() {
    let full: String = std::iter::once("threshold 0.9".to_string())
        .chain(FEATURES.iter().map(|f| format!("{f} 0.5")))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(SpeakerModel::parse(&full).is_ok());
    let short = full.rsplit_once('\n').map(|(a, _)| a).unwrap();
    assert!(SpeakerModel::parse(short).unwrap_err().contains("missing weight"));
    let swapped = full.replace("bias 0.5\nperson 0.5", "person 0.5\nbias 0.5");
    assert!(
        SpeakerModel::parse(&swapped)
            .unwrap_err()
            .contains("expected bias")
    );
    let no_threshold = full.replace("threshold 0.9\n", "");
    assert_eq!(
        SpeakerModel::parse(&no_threshold).unwrap_err(),
        "missing threshold"
    );
    assert!(SpeakerModel::parse(&full.replace("bias 0.5", "bias x")).is_err());
}

#[test]
fn best_is_a_softmax_over_the_candidates_and_nobody() {
    let mut weights = [0.0; FEATURES.len()];
    weights[0] = 3.0f32.ln(); // the bias
    weights[1] = 2.0f32.ln(); // person
    let m = SpeakerModel {
        weights,
        threshold: 0.7,
    };
    let mut person = [0.0; FEATURES.len()];
    person[0] = 1.0;
    person[1] = 1.0;
    let mut other = [0.0; FEATURES.len()];
    other[0] = 1.0;
    // exp(scores): nobody 1, person 6, other 3.
    let slate = Slate {
        quote: 0,
        cands: vec![(7, other), (9, person)],
    };
    let (e, p) = m.best(&slate).unwrap();
    assert_eq!(e, 9);
    assert!((p - 0.6).abs() < 1e-5, "{p}");
    assert_eq!(m.pick(&slate), None, "0.6 is under the threshold");
    let alone = Slate {
        quote: 0,
        cands: vec![(9, person)],
    };
    assert_eq!(m.pick(&alone).map(|(e, _)| e), Some(9), "6/7 passes");
    assert_eq!(
        m.best(&Slate {
            quote: 0,
            cands: vec![]
        }),
        None
    );
}

#[test]
fn the_subject_of_the_quotes_sentence_is_marked_past_a_closing_quote() {
    let f = candidate(
        &[
            "Early on, Peter Quill attacked Jane Romney, calling her \u{201c}a failed candidate.\u{201d} Romney hit back in March with a jibe at Quill over \u{201c}the greed and the showing off\u{201d} of his campaign.",
        ],
        "Jane Romney",
    );
    assert_eq!(feature(&f, "sentence_subject"), 1.0);
    assert_eq!(feature(&f, "sentence_opener"), 1.0);
    assert_eq!(feature(&f, "in_sentence_before"), 1.0);
    assert_eq!(feature(&f, "scare"), 1.0);
    let g = candidate(
        &[
            "Early on, Peter Quill attacked Jane Romney, calling her \u{201c}a failed candidate.\u{201d} Romney hit back in March with a jibe at Quill over \u{201c}the greed and the showing off\u{201d} of his campaign.",
        ],
        "Peter Quill",
    );
    assert_eq!(feature(&g, "sentence_subject"), 0.0);
    assert_eq!(
        feature(&g, "in_sentence_before"),
        1.0,
        "Quill stands before the quote too"
    );
}

/// An article where the rules name nobody for the quote (its sentence has
/// no speech verb) and the text makes the speaker plain.
const BERG: [&str; 3] = [
    "Anna Berg said the vote would come next week.",
    "The panel met on Tuesday. Berg, who chairs it, was blunt: \u{201c}I will not let this go. We owe the families answers.\u{201d}",
    "Berg said the hearing would resume in May.",
];

#[test]
fn speech_next_to_a_name_and_the_shape_of_the_quote_are_features() {
    let f = candidate(&BERG, "Anna Berg");
    for on in [
        "person",
        "before_in_para",
        "prev_para",
        "next_para",
        "said_prev_para",
        "said_next_para",
        "sentence_subject",
        "sentence_opener",
        "in_sentence_before",
        "latest_mention",
        "after_colon_comma",
        "first_person",
        "starts_capital",
        "ends_punct",
        "long_quote",
    ] {
        assert_eq!(feature(&f, on), 1.0, "{on}");
    }
    for off in [
        "prev_speaker",
        "next_speaker",
        "scare",
        "title_case",
        "opens_para",
        "according_to",
        "inside_quote",
    ] {
        assert_eq!(feature(&f, off), 0.0, "{off}");
    }
}

#[test]
fn quotes_with_a_name_or_a_role_are_not_open() {
    let texts =
        ["\u{201c}We will appeal,\u{201d} said Tom Baker. \u{201c}It is unfair,\u{201d} a spokesman said."];
    let g = Gazetteer::builtin();
    let (a, kinds) = analyze_with_kinds(g, &paras(&texts));
    assert_eq!(a.quotes.len(), 2);
    assert!(a.quotes[0].speaker.is_some() && a.quotes[1].role.is_some());
    assert!(slates(&paras(&texts), &a, &kinds).is_empty());
}

/// As `BERG`, with a quote the rules do give her first: the open one is hers.
const BERG_QUOTED: [&str; 3] = [
    "\u{201c}We will be back,\u{201d} Anna Berg said.",
    BERG[1],
    BERG[2],
];

#[test]
fn the_reader_names_a_speaker_the_rules_leave_open() {
    let g = Gazetteer::builtin();
    let (rules, _, s) = speaker_slates(g, &paras(&BERG_QUOTED));
    assert_eq!(rules.quotes.len(), 2);
    assert!(rules.quotes[0].speaker.is_some());
    assert_eq!(rules.quotes[1].speaker, None, "the rules abstain");
    let (e, p) = shipped().best(&s[0]).expect("a candidate");
    assert_eq!(rules.entities[e].name, "Anna Berg");
    assert!(p >= shipped().threshold, "score {p}");
    let (a, paths) = analyze_with_paths(g, &paras(&BERG_QUOTED));
    assert_eq!(
        a.quotes[1].speaker.map(|e| a.entities[e].name.as_str()),
        Some("Anna Berg")
    );
    assert_eq!(paths[1], "ranker/model");
}

#[test]
fn a_weak_case_stays_unnamed() {
    // One paragraph before, no speech verb anywhere: the model is unsure.
    let texts = [
        "Anna Berg, the senator who chairs the panel, spoke for an hour on Tuesday.",
        "\u{201c}I will not let this go. We owe the families answers.\u{201d}",
    ];
    let (a, paths) = analyze_with_paths(Gazetteer::builtin(), &paras(&texts));
    assert_eq!(a.quotes[0].speaker, None);
    assert_eq!(paths[0], "/");
}

#[test]
fn a_sentence_ends_at_a_stop_but_not_after_an_abbreviation_and_is_bounded() {
    use super::text::sentence;
    let t = "He left. Sen. Berg said \u{201c}Never.\u{201d} Then she went home.";
    let q = t.find("Never").unwrap();
    let (s0, s1) = sentence(t, q, q + 6);
    assert_eq!(&t[s0..s1], " Sen. Berg said \u{201c}Never.");
    // No stop at all: the search stops 1,000 bytes either side.
    let long = "word ".repeat(2000);
    assert_eq!(sentence(&long, 5000, 5005), (4000, 6005));
    let (_, s1) = sentence(t, 0, 2);
    assert_eq!(&t[..s1], "He left.");
}
