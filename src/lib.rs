//! newsdesk: a live terminal dashboard for newsroom wire copy.

pub mod app;
pub mod article;
pub mod calibrate;
pub mod cli;
pub mod commands;
pub mod config;
pub mod demo;
pub mod extract;
pub mod fold;
pub mod i18n;
pub mod ingest;
pub mod logging;
pub mod numerals;
pub mod runtime;
pub mod settings;
pub mod store;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod ui;
