//! newsdesk: a live terminal dashboard for newsroom wire copy.

pub mod app;
pub mod article;
pub mod extract;
