//! Everything the user can ask for, as data: keys map to these (see
//! `assets/keymap.toml`) and `update` is the only thing that acts on them.

use super::Context;
use serde::{Deserialize, Serialize};

/// One thing to do. Serialisable so a keymap file can name it (`"next_mention"`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Next article in the list, next line in the reader or a popup.
    Down,
    Up,
    First,
    Last,
    PageDown,
    PageUp,
    /// Open the selected article in the reader and focus it.
    Open,
    /// Back from the reader to the list.
    Back,
    SwitchPane,
    FocusFilter,
    SpeakerPicker,
    EntityIndex,
    NextMention,
    PrevMention,
    /// The next mention of the focused entity only (`n`).
    NextFocusedMention,
    PrevFocusedMention,
    /// Open the next article in list order that names the focused entity.
    NextArticleNaming,
    PrevArticleNaming,
    HistoryBack,
    /// Mark the selected (or open) article read or unread.
    ToggleRead,
    /// List unread articles only, or all again.
    UnreadOnly,
    /// The list's next order: path, date, quotes.
    CycleSort,
    /// Star the selected (or open) article, or unstar it (`*` filters starred).
    ToggleStar,
    /// Story threads in the list on or off.
    ToggleThreads,
    /// Expand the selected story into its articles, or collapse it.
    ToggleStory,
    /// What the versions of the article's story disagree on.
    Compare,
    /// Every quote of the listed articles, by speaker.
    Quotes,
    /// Open the article's URL, or else its file, outside the reader.
    OpenExternal,
    /// Pipe the article's text to a command typed in the status line.
    PipeArticle,
    /// Copy the article's id and title, or the quote under the cursor.
    Copy,
    Help,
    SkippedFiles,
    Quit,
    /// Typing in the filter bar or a popup.
    Insert(char),
    DeleteChar,
    DeleteWord,
    ClearInput,
    CursorLeft,
    CursorRight,
    /// Enter in the filter bar or a popup.
    Accept,
    /// Esc in the filter bar, a popup or an overlay.
    Cancel,
    /// The terminal's new size.
    Resize {
        width: u16,
        height: u16,
    },
    /// Mouse wheel at a screen cell; `lines` is negative for up.
    ScrollAt {
        column: u16,
        row: u16,
        lines: i16,
    },
    /// Left click at a screen cell.
    ClickAt {
        column: u16,
        row: u16,
    },
}

impl Action {
    /// What the help overlay says the action does in `context`.
    pub fn describe(&self, context: Context) -> &'static str {
        let browsing = context == Context::Browse;
        match self {
            Action::Down if browsing => "next article, or line in the reader",
            Action::Up if browsing => "previous article, or line in the reader",
            Action::Down => "down",
            Action::Up => "up",
            Action::First if browsing => "first article / top",
            Action::Last if browsing => "last article / bottom",
            Action::First => "first",
            Action::Last => "last",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::Open => "open the selected article",
            Action::Back => "back to the list",
            Action::SwitchPane => "switch pane",
            Action::FocusFilter => "filter: words, @speaker, #entity, *",
            Action::SpeakerPicker if context == Context::Popup => "quotes view: narrow to a speaker picked",
            Action::SpeakerPicker => "pick a speaker (@ filter)",
            Action::EntityIndex => "entity index (# filter)",
            Action::NextMention => "next entity mention",
            Action::PrevMention => "previous entity mention",
            Action::NextFocusedMention => "next mention of the focused entity",
            Action::PrevFocusedMention => "previous mention of the focused entity",
            Action::NextArticleNaming => "next article naming the entity",
            Action::PrevArticleNaming => "previous article naming the entity",
            Action::HistoryBack => "back along the jump history",
            Action::ToggleRead => "mark read / unread",
            Action::UnreadOnly => "list unread articles only / all",
            Action::CycleSort => "sort the list: path, date, quotes",
            Action::ToggleStar => "star / unstar (filter * for starred)",
            Action::ToggleThreads => "story threads on / off",
            Action::ToggleStory => "expand / collapse the story",
            Action::Compare => "compare the versions of the story",
            Action::Quotes => "quotes in the list, by speaker",
            Action::OpenExternal => "open its URL ($BROWSER) or its file",
            Action::PipeArticle => "pipe the text to a command ($PAGER)",
            Action::Copy => "copy id and title / quote at the cursor",
            Action::Help => "this help",
            Action::SkippedFiles => "problems at start and with files",
            Action::Quit => "quit",
            Action::Insert(_) => "type",
            Action::DeleteChar => "delete the character before the cursor",
            Action::DeleteWord => "delete the word before the cursor",
            Action::ClearInput => "clear",
            Action::CursorLeft => "cursor left",
            Action::CursorRight => "cursor right",
            Action::Accept if context == Context::Filter => "keep the filter / run the | command",
            Action::Accept => "filter by it / open at that place",
            Action::Cancel if context == Context::Filter => "clear the filter / cancel the |",
            Action::Cancel => "close",
            Action::Resize { .. } => "resize",
            Action::ScrollAt { .. } => "scroll",
            Action::ClickAt { .. } => "click",
        }
    }
}
