//! A fragment nobody is said to say (`a "slim" chance`) whose words a quote
//! of the same article gives to a named speaker (`"… are very slim," said
//! Tom Fry`) is that speaker's: the writer quoted him ahead of (or after)
//! his own words. Only when every quote holding the fragment has the same
//! speaker, and not when the article uses those words in its own voice
//! (`control orders`, `Gang of Eight`: a term many quote, not an echo).

use super::{Attribution, How, Piece, Speakers, Who};

impl Speakers<'_> {
    /// Gives each quote left without speaker or role the speaker of the
    /// longer quotes that repeat its words, if they agree on one.
    pub(super) fn echoes(&self, pieces: &[Piece], out: &mut [Attribution]) {
        if !out.iter().any(|a| !a.known()) || !out.iter().any(|a| a.speaker.is_some()) {
            return;
        }
        let words: Vec<String> = pieces
            .iter()
            .map(|q| words(&self.paras[q.para].text[q.start..q.end]))
            .collect();
        let mut unquoted: Option<String> = None;
        for i in 0..pieces.len() {
            // `"A"`, `"I"`: too short to be anyone's words.
            // A headline's quoted words summarise the story and may be a
            // body's (`'false economy' - TUC`) that its leader repeats.
            if out[i].known() || words[i].len() < 6 || pieces[i].para == 0 {
                continue;
            }
            // Longer quotes holding the words, and the same words quoted
            // elsewhere with a source (`'false economy' - TUC` and, below,
            // a "false economy", according to the TUC).
            let mut holders = (0..pieces.len()).filter(|&j| {
                j != i
                    && words[j].contains(words[i].as_str())
                    && (words[j].len() > words[i].len() || out[j].known())
            });
            let Some(first) = holders.next() else {
                continue;
            };
            let speaker = out[first].speaker;
            if speaker.is_some()
                && first > i
                && out[first].who == Who::Name
                && holders.all(|j| out[j].speaker == speaker)
                && !unquoted
                    .get_or_insert_with(|| self.unquoted(pieces))
                    .contains(words[i].as_str())
            {
                out[i] = Attribution {
                    speaker,
                    kind: out[i].kind,
                    how: How::Echo,
                    who: out[first].who,
                    ..Attribution::default()
                };
            }
        }
    }

    /// The article's words outside quotation marks, as `words` gives them.
    fn unquoted(&self, pieces: &[Piece]) -> String {
        let mut text = String::new();
        let mut pieces = pieces.iter().peekable();
        for (para, p) in self.paras.iter().enumerate() {
            let mut from = 0;
            while let Some(q) = pieces.next_if(|q| q.para == para) {
                text.push_str(&p.text[from..q.open.max(from)]);
                text.push(' ');
                from = q.close.unwrap_or(q.end).max(from);
            }
            text.push_str(&p.text[from..]);
            text.push(' ');
        }
        words(&text)
    }
}

/// Text's words, lowercase, each between spaces (` very slim `), so that
/// one text holds another's words only whole.
fn words(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 2);
    s.push(' ');
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        s.extend(w.chars().flat_map(char::to_lowercase));
        s.push(' ');
    }
    s
}
