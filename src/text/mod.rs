//! Right-to-left text laid out for terminals that cannot do it themselves.
//!
//! Most terminals draw cells strictly left to right and never join Arabic-script letters, so a
//! Persian headline sent in logical order reads backwards and broken. This module does what a
//! GUI text stack would: wrap by display width, the Unicode Bidirectional Algorithm, Arabic
//! shaping, and hands back rows of cells to print left to right. Which of that the terminal
//! still needs depends on the terminal, hence [`BidiMode`].
//!
//! The API:
//! - [`layout`]`(text, width, mode) -> Vec<VisualLine>`: wrapped rows, one paragraph per `\n`.
//! - [`truncate`]`(text, width, mode) -> VisualLine`: one row, `…` at the logical end.
//! - [`VisualLine`]: `rtl`, `width`, `cells`, `logical`; [`VisualLine::text`] to print,
//!   [`VisualLine::indent`] to right-align RTL rows, [`VisualLine::columns`] and
//!   [`VisualLine::spans_for`] to place highlights of source ranges (figures, search hits),
//!   [`VisualLine::draw`] to put it into a ratatui buffer at the right widths.
//! - [`VisualCell`]: `text`, `width` (cells as terminals draw them), `logical` (char offset of
//!   the cluster in the input, kept through reordering and shaping).
//! - [`Composer`]: a line of [`Fragment`]s (each a bidi isolate, made of [`Run`]s that may
//!   hold isolates of their own) in the pane's [`Dir`], fitted to a width fragment by
//!   fragment; [`Composed`] is the row and where each fragment went.
//! - [`ComposedCache`]: composed lines by what they are made of, kept one frame.
//! - [`LayoutCache`]: `get(name, text, width, mode) -> Arc<[VisualLine]>`, and for long texts
//!   `rows(name, text, width, mode, first, count) -> Rows` (only what is on screen is laid
//!   out); bounded by bytes; the caller's own type names the texts.
//! - [`BidiMode`]: `shaped` (default), `visual`, `terminal`; `FromStr`/`Display`/serde by
//!   those names, [`BidiMode::ALL`], [`BidiMode::next`],
//!   [`BidiMode::wants_explicit_terminal_mode`] with [`CSI_BIDI_EXPLICIT`] /
//!   [`CSI_BIDI_IMPLICIT`].
//!
//! Widths: a cell's width is what terminals draw, summed per grapheme cluster; never measure
//! Arabic with ratatui's `Line::width`, which counts «لا» as one cell.

mod bidi;
mod cache;
mod compose;
mod draw;
mod layout;
mod memo;
mod mode;
mod shape;
mod width;
mod wrap;

pub use cache::{LayoutCache, Rows};
pub use compose::{Composed, Composer, Dir, Fragment, Run};
pub use layout::{layout, truncate, VisualCell, VisualLine};
pub use memo::ComposedCache;
pub use mode::{BidiMode, UnknownBidiMode, CSI_BIDI_EXPLICIT, CSI_BIDI_IMPLICIT};
