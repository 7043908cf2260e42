//! Articles: the model, reading wire files into it, and the text clean-up every field goes through.

mod model;

pub use model::{Article, Dateline, Field};
