//! A one-line text input with a cursor: the filter bar and the popups' search.

use unicode_segmentation::UnicodeSegmentation;

/// The text and a cursor that is always a byte offset on a grapheme boundary
/// (a family emoji or a flag is one step for the arrows and Backspace, as it
/// is one thing on screen).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineEdit {
    text: String,
    cursor: usize,
}

impl LineEdit {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text before the cursor (its display width places the terminal cursor).
    pub fn before_cursor(&self) -> &str {
        &self.text[..self.cursor]
    }

    /// Replaces the text and puts the cursor at its end.
    pub fn set(&mut self, text: String) {
        self.cursor = text.len();
        self.text = text;
    }

    pub fn insert(&mut self, c: char) {
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
    }

    /// Backspace: the grapheme before the cursor.
    pub fn delete_char(&mut self) {
        let start = self.cursor - self.grapheme_before();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    fn grapheme_before(&self) -> usize {
        self.before_cursor()
            .graphemes(true)
            .next_back()
            .map_or(0, str::len)
    }

    /// Ctrl-w: the word before the cursor and the spaces after it.
    pub fn delete_word(&mut self) {
        let before = self.before_cursor();
        let trimmed = before.trim_end();
        let start = trimmed.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    pub fn left(&mut self) {
        self.cursor -= self.grapheme_before();
    }

    pub fn right(&mut self) {
        self.cursor += self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(0, str::len);
    }
}

#[cfg(test)]
mod tests {
    use super::LineEdit;

    fn typed(s: &str) -> LineEdit {
        let mut e = LineEdit::default();
        s.chars().for_each(|c| e.insert(c));
        e
    }

    #[test]
    fn edits_at_the_cursor_across_multibyte_chars() {
        let mut e = typed("héllo 世界");
        e.left();
        e.left();
        e.insert('!');
        assert_eq!(e.text(), "héllo !世界");
        e.delete_char();
        e.delete_char();
        assert_eq!(e.text(), "héllo世界");
        e.right();
        assert_eq!(e.before_cursor(), "héllo世");
        e.right();
        e.right();
        assert_eq!(e.before_cursor(), "héllo世界");
    }

    /// A family emoji is five chars joined by ZWJ, a flag two regional
    /// indicators, `é` may be `e` and a combining accent: each one keystroke.
    #[test]
    fn backspace_and_arrows_step_over_whole_graphemes() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        let mut e = typed(&format!("a{family}b\u{1F1EC}\u{1F1E7}e\u{301}"));
        e.delete_char();
        assert_eq!(e.text(), format!("a{family}b\u{1F1EC}\u{1F1E7}"));
        e.delete_char();
        assert_eq!(e.text(), format!("a{family}b"));
        e.left();
        e.left();
        assert_eq!(e.before_cursor(), "a");
        e.right();
        assert_eq!(e.before_cursor(), format!("a{family}"));
        e.delete_char();
        assert_eq!(e.text(), "ab");
    }

    #[test]
    fn ctrl_w_deletes_the_last_word_and_its_trailing_spaces() {
        let mut e = typed("@lavrov #syria  ");
        e.delete_word();
        assert_eq!(e.text(), "@lavrov ");
        e.delete_word();
        assert_eq!(e.text(), "");
        e.delete_word();
        assert_eq!(e.text(), "");
    }

    #[test]
    fn set_and_clear_move_the_cursor() {
        let mut e = LineEdit::default();
        e.set("abc".into());
        e.insert('d');
        assert_eq!(e.text(), "abcd");
        e.clear();
        e.delete_char();
        e.left();
        assert_eq!((e.text(), e.before_cursor()), ("", ""));
    }
}
