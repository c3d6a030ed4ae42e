//! `update`: the one place actions change the state, dispatched by where the
//! keyboard is (browsing, filter bar, popup, overlay).

use super::input::LineEdit;
use super::navigate::Direction;
use super::picker::Picker;
use super::state::{App, Layer};
use crate::keys::{Action, Context};
use crate::layout::Pane;
use ratatui::layout::{Position, Rect};

/// Applies one action.
pub fn update(app: &mut App, action: Action) {
    if !matches!(action, Action::Resize { .. }) {
        app.message = None;
        app.memory.forget_pending_position();
    }
    match action {
        Action::Quit => app.quit = true,
        Action::Resize { width, height } => app.screen = Rect::new(0, 0, width, height),
        Action::ScrollAt { column, row, lines } => scroll_at(app, Position::new(column, row), lines),
        Action::ClickAt { column, row } => click_at(app, Position::new(column, row)),
        action => match app.context() {
            Context::Browse => browse(app, action),
            Context::Filter if matches!(app.layer, Layer::Command(_)) => command_line(app, action),
            Context::Filter => filter_bar(app, action),
            Context::Popup => popup(app, action),
            Context::Overlay => overlay(app, action),
        },
    }
    if app.message.is_none() {
        app.message = app.notices.pop_front();
    }
    app.restore_position_and_relayout();
}

/// Keys over the panes; moving keys go to whichever pane has the keyboard.
fn browse(app: &mut App, action: Action) {
    let focus = app.focus;
    match action {
        Action::Down | Action::Up | Action::First | Action::Last | Action::PageDown | Action::PageUp => {
            match focus {
                Pane::List => move_in_list(app, action),
                Pane::Reader => move_in_reader(app, action),
            }
        }
        Action::Open if focus == Pane::List => enter_reader(app, app.selected_article()),
        Action::Open => {}
        Action::Back => app.focus = Pane::List,
        Action::SwitchPane => match focus {
            Pane::List => enter_reader(app, app.reader.article().or(app.selected_article())),
            Pane::Reader => app.focus = Pane::List,
        },
        Action::FocusFilter => {
            app.layer = Layer::FilterBar;
            app.focus = Pane::List;
        }
        Action::SpeakerPicker => {
            open_picker(app, Picker::speakers(&app.corpus), "no quote has a named speaker")
        }
        Action::EntityIndex => open_picker(app, Picker::entities(&app.corpus), "no entities found"),
        Action::NextMention => app.step_mention(Direction::Forward),
        Action::PrevMention => app.step_mention(Direction::Backward),
        Action::NextFocusedMention => app.step_focused_mention(Direction::Forward),
        Action::PrevFocusedMention => app.step_focused_mention(Direction::Backward),
        Action::NextArticleNaming => app.jump_naming(Direction::Forward),
        Action::PrevArticleNaming => app.jump_naming(Direction::Backward),
        Action::HistoryBack => app.history_back(),
        Action::ToggleRead => app.toggle_read(),
        Action::UnreadOnly => app.toggle_unread_only(),
        Action::ToggleStar => app.toggle_star(),
        Action::CycleSort => app.cycle_sort(),
        Action::ToggleThreads => app.toggle_threads(),
        Action::ToggleStory => app.toggle_story(),
        Action::Compare => app.open_compare(),
        Action::Quotes => app.open_quotes(),
        Action::OpenExternal => app.open_external(),
        Action::PipeArticle => app.start_pipe(),
        Action::Copy => app.copy(),
        Action::Help => open_overlay(app, Layer::Help { scroll: 0 }),
        Action::SkippedFiles
            if app.loading.skipped().is_empty()
                && app.loading.partial().is_empty()
                && app.loading.lossy().is_empty()
                && app.problems.is_empty() =>
        {
            app.message = Some("no files were skipped, no problems at start".into());
        }
        Action::SkippedFiles => open_overlay(app, Layer::Skipped { scroll: 0 }),
        _ => {}
    }
}

/// Moves the list's selection; the reader follows it.
fn move_in_list(app: &mut App, action: Action) {
    let page = app.list_rows() as isize;
    let selected = app.list.selected();
    match action {
        Action::Down => app.select(selected + 1),
        Action::Up => app.select(selected.saturating_sub(1)),
        Action::First => app.select(0),
        Action::Last => app.select(usize::MAX),
        Action::PageDown => app.select(selected.saturating_add_signed(page)),
        Action::PageUp => app.select(selected.saturating_add_signed(-page)),
        _ => {}
    }
}

/// Scrolls the reader; a page keeps one line of the last for context.
fn move_in_reader(app: &mut App, action: Action) {
    let rows = app.reader_rows();
    let page = rows.saturating_sub(1).max(1) as isize;
    match action {
        Action::Down => app.reader.scroll_by(1, rows),
        Action::Up => app.reader.scroll_by(-1, rows),
        Action::First => app.reader.scroll_to_top(),
        Action::Last => app.reader.scroll_to_bottom(rows),
        Action::PageDown => app.reader.scroll_by(page, rows),
        Action::PageUp => app.reader.scroll_by(-page, rows),
        _ => {}
    }
}

/// Focuses the reader on `article`, opened for reading (Enter, Tab, a click).
fn enter_reader(app: &mut App, article: Option<u32>) {
    let Some(article) = article else {
        app.message = Some("no article to open".into());
        return;
    };
    app.focus = Pane::Reader;
    app.open_for_reading(article);
}

fn open_picker(app: &mut App, picker: Picker, empty: &str) {
    if picker.total() == 0 {
        app.message = Some(empty.into());
    } else {
        app.layer = Layer::Picker(picker);
    }
}

/// The status line where `|` asks for a command (keys of the filter bar's table).
fn command_line(app: &mut App, action: Action) {
    let Layer::Command(line) = &mut app.layer else {
        return;
    };
    match action {
        Action::Accept => {
            let command = line.text().to_owned();
            app.layer = Layer::Panes;
            app.pipe_to(command);
        }
        Action::Cancel => app.layer = Layer::Panes,
        edit => edit_line(line, edit),
    }
}

fn filter_bar(app: &mut App, action: Action) {
    match action {
        Action::Accept => app.layer = Layer::Panes,
        Action::Cancel => {
            app.list.filter_mut().clear();
            app.layer = Layer::Panes;
            app.refilter();
        }
        edit => {
            let before = app.list.filter().text().to_owned();
            edit_line(app.list.filter_mut(), edit);
            if app.list.filter().text() != before {
                app.list.go_to_top();
                app.refilter();
            }
        }
    }
}

/// The editing actions shared by the filter bar and the popups.
fn edit_line(line: &mut LineEdit, action: Action) {
    match action {
        Action::Insert(c) => line.insert(c),
        Action::DeleteChar => line.delete_char(),
        Action::DeleteWord => line.delete_word(),
        Action::ClearInput => line.clear(),
        Action::CursorLeft => line.left(),
        Action::CursorRight => line.right(),
        _ => {}
    }
}

fn popup(app: &mut App, action: Action) {
    let page = popup_page(app);
    let picker = match &mut app.layer {
        Layer::Picker(picker) => picker,
        Layer::Compare(_) | Layer::Quotes(_) => return places(app, action, page),
        _ => return,
    };
    if let Some(delta) = step(&action, page) {
        return picker.move_by(delta);
    }
    match action {
        Action::Cancel => app.layer = app.quotes_behind.take().map_or(Layer::Panes, Layer::Quotes),
        Action::Accept => {
            let chosen = picker.chosen().map(|item| (picker.kind(), item.id));
            app.layer = Layer::Panes;
            match (chosen, app.quotes_behind.take()) {
                (Some((_, id)), Some(mut quotes)) => {
                    let term = app.filter_term('@', id);
                    quotes.pick_speaker(&term);
                    app.layer = Layer::Quotes(quotes);
                }
                (None, Some(quotes)) => app.layer = Layer::Quotes(quotes),
                (Some((kind, id)), None) => app.apply_pick(kind, id),
                (None, None) => {}
            }
        }
        edit => picker.edit(|line| edit_line(line, edit)),
    }
}

/// The compare and quotes views: move over their places, `Enter` opens
/// one; typing narrows the quotes view by speaker, and so does the speaker
/// picker opened over it.
fn places(app: &mut App, action: Action, page: isize) {
    if let (Action::SpeakerPicker, Layer::Quotes(quotes)) = (&action, &app.layer) {
        let picker = Picker::speakers_among(&app.corpus, quotes.named());
        if picker.total() == 0 {
            app.message = Some("no quote in the view has a named speaker".into());
        } else if let Layer::Quotes(quotes) = std::mem::replace(&mut app.layer, Layer::Picker(picker)) {
            app.quotes_behind = Some(quotes);
        }
        return;
    }
    let view = match &mut app.layer {
        Layer::Compare(view) => view,
        Layer::Quotes(quotes) if is_edit(&action) => return quotes.edit(|line| edit_line(line, action)),
        Layer::Quotes(quotes) => quotes.lines_mut(),
        _ => return,
    };
    if let Some(delta) = step(&action, page) {
        return view.move_by(delta);
    }
    match action {
        Action::Cancel => app.layer = Layer::Panes,
        Action::Accept => match view.chosen() {
            Some(place) => app.open_at(place),
            None => app.layer = Layer::Panes,
        },
        _ => {}
    }
}

/// How far a moving key moves a popup's selection (`page` rows a page).
fn step(action: &Action, page: isize) -> Option<isize> {
    match action {
        Action::Down => Some(1),
        Action::Up => Some(-1),
        Action::PageDown => Some(page),
        Action::PageUp => Some(-page),
        Action::First => Some(isize::MIN),
        Action::Last => Some(isize::MAX),
        _ => None,
    }
}

/// The actions that edit a popup's typed line.
fn is_edit(action: &Action) -> bool {
    matches!(
        action,
        Action::Insert(_)
            | Action::DeleteChar
            | Action::DeleteWord
            | Action::ClearInput
            | Action::CursorLeft
            | Action::CursorRight
    )
}

fn popup_page(app: &App) -> isize {
    (app.screen.height as isize / 2).max(1)
}

fn overlay(app: &mut App, action: Action) {
    let page = popup_page(app) as usize;
    let (Layer::Help { scroll } | Layer::Skipped { scroll }) = &mut app.layer else {
        return;
    };
    match action {
        Action::Down => *scroll += 1,
        Action::Up => *scroll = scroll.saturating_sub(1),
        Action::PageDown => *scroll += page,
        Action::PageUp => *scroll = scroll.saturating_sub(page),
        Action::Cancel => app.layer = Layer::Panes,
        _ => {}
    }
    if let Layer::Help { scroll } | Layer::Skipped { scroll } = &mut app.layer {
        *scroll = (*scroll).min(app.overlay_end.get());
    }
}

/// Opens the help or the problems overlay, its end unknown until it is drawn.
fn open_overlay(app: &mut App, layer: Layer) {
    app.overlay_end.set(usize::MAX);
    app.layer = layer;
}

/// The wheel scrolls the pane under the pointer, or the popup that is open.
fn scroll_at(app: &mut App, at: Position, lines: i16) {
    let step = if lines < 0 { Action::Up } else { Action::Down };
    match app.context() {
        Context::Browse => {
            let areas = app.areas();
            let lines = isize::from(lines);
            if areas.list_visible() && areas.list.contains(at) {
                app.select(app.list.selected().saturating_add_signed(lines));
            } else if areas.reader_visible() && areas.reader.contains(at) {
                let rows = app.reader_rows();
                app.reader.scroll_by(lines, rows);
            }
        }
        Context::Filter => {}
        _ => (0..lines.unsigned_abs()).for_each(|_| update_layer(app, step.clone())),
    }
}

fn update_layer(app: &mut App, action: Action) {
    match app.context() {
        Context::Popup => popup(app, action),
        Context::Overlay => overlay(app, action),
        _ => {}
    }
}

/// A click on a list row selects it; a click in the reader focuses it.
fn click_at(app: &mut App, at: Position) {
    if app.context() != Context::Browse {
        return;
    }
    let areas = app.areas();
    let rows = areas.list_rows();
    if areas.list_visible() && rows.contains(at) {
        let index = app.list_offset() + usize::from(at.y - rows.y);
        if index < app.rows().len() {
            app.focus = Pane::List;
            app.select(index);
        }
    } else if areas.reader_visible() && areas.reader.contains(at) {
        enter_reader(app, app.reader.article());
    }
}
