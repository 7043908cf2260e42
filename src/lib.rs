//! newsdesk: a live terminal dashboard for newsroom wire copy.

pub mod article;
pub mod extract;
