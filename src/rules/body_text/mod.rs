//! Rules of the `body-text` category.

mod blockquote_inside_paragraph;
mod consecutive_line_breaks;
mod text_outside_paragraph;
mod too_many_line_breaks;

pub use blockquote_inside_paragraph::BLOCKQUOTE_INSIDE_PARAGRAPH;
pub use consecutive_line_breaks::CONSECUTIVE_LINE_BREAKS;
pub use text_outside_paragraph::TEXT_OUTSIDE_PARAGRAPH;
pub use too_many_line_breaks::TOO_MANY_LINE_BREAKS;
