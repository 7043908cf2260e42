//! The subcommands that print and exit, as opposed to the dashboard.

pub mod extract;
pub mod snapshot;
