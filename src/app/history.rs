//! Where the reader has been: `]`, `[` and opening another article record the
//! place being left, Ctrl-o goes back to it.

/// A place in the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Jump {
    pub article: u32,
    pub scroll: usize,
    /// The entity cursor (a mention index in the article).
    pub cursor: Option<usize>,
}

/// A bounded stack of places; the oldest are forgotten first.
#[derive(Clone, Debug, Default)]
pub struct History {
    jumps: Vec<Jump>,
}

const LIMIT: usize = 100;

impl History {
    pub fn push(&mut self, jump: Jump) {
        if self.jumps.last() == Some(&jump) {
            return;
        }
        if self.jumps.len() == LIMIT {
            self.jumps.remove(0);
        }
        self.jumps.push(jump);
    }

    pub fn pop(&mut self) -> Option<Jump> {
        self.jumps.pop()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(article: u32) -> Jump {
        Jump {
            article,
            scroll: 0,
            cursor: None,
        }
    }

    #[test]
    fn pops_newest_first_skips_repeats_and_forgets_the_oldest() {
        let mut h = History::default();
        h.push(at(1));
        h.push(at(1));
        h.push(at(2));
        assert_eq!((h.pop(), h.pop(), h.pop()), (Some(at(2)), Some(at(1)), None));
        for i in 0..=LIMIT as u32 {
            h.push(at(i));
        }
        let mut popped = Vec::new();
        while let Some(j) = h.pop() {
            popped.push(j);
        }
        assert_eq!(popped.len(), LIMIT);
        assert_eq!(popped.last(), Some(&at(1)));
    }
}
