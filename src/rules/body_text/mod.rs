//! Rules of the `body-text` category.

mod anchor_without_href;
mod blockquote_inside_paragraph;
mod consecutive_line_breaks;
mod empty_element;
mod escaped_markup_in_text;
mod figure_class_unsupported;
mod heading_level_unsupported;
mod image_inside_anchor;
mod list_malformed;
mod pullquote_malformed;
mod script_outside_embed;
mod text_outside_paragraph;
mod too_many_line_breaks;
mod unsupported_element;

pub use anchor_without_href::ANCHOR_WITHOUT_HREF;
pub use blockquote_inside_paragraph::BLOCKQUOTE_INSIDE_PARAGRAPH;
pub use consecutive_line_breaks::CONSECUTIVE_LINE_BREAKS;
pub use empty_element::EMPTY_ELEMENT;
pub use escaped_markup_in_text::ESCAPED_MARKUP_IN_TEXT;
pub use figure_class_unsupported::FIGURE_CLASS_UNSUPPORTED;
pub use heading_level_unsupported::HEADING_LEVEL_UNSUPPORTED;
pub use image_inside_anchor::IMAGE_INSIDE_ANCHOR;
pub use list_malformed::LIST_MALFORMED;
pub use pullquote_malformed::PULLQUOTE_MALFORMED;
pub use script_outside_embed::SCRIPT_OUTSIDE_EMBED;
pub use text_outside_paragraph::TEXT_OUTSIDE_PARAGRAPH;
pub use too_many_line_breaks::TOO_MANY_LINE_BREAKS;
pub use unsupported_element::UNSUPPORTED_ELEMENT;
