//! Rules of the `figures` category.

mod figure_inside_paragraph;
mod image_without_figure;
mod non_text_inside_paragraph;

pub use figure_inside_paragraph::FIGURE_INSIDE_PARAGRAPH;
pub use image_without_figure::IMAGE_WITHOUT_FIGURE;
pub use non_text_inside_paragraph::NON_TEXT_INSIDE_PARAGRAPH;
