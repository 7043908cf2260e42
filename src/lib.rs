//! newsdesk: a live terminal dashboard for newsroom wire copy.

pub mod article;
pub mod cli;
pub mod commands;
pub mod config;
pub mod demo;
pub mod theme;
