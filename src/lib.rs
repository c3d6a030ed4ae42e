//! byline: a terminal reader for news articles that knows who is named and who is quoted.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod config;
pub mod fetch;
pub mod keys;
pub mod layout;
pub mod marks;
pub mod search;
pub mod store;
pub mod terminal;
pub mod ui;
