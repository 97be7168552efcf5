//! Rules of the `figures` category.

mod data_feedback_invalid;
mod data_mode_invalid;
mod figure_inside_paragraph;
mod image_format_unsupported;
mod image_missing_src;
mod image_svg_unsupported;
mod image_without_figure;
mod media_url_not_absolute;
mod non_text_inside_paragraph;

pub use data_feedback_invalid::DATA_FEEDBACK_INVALID;
pub use data_mode_invalid::DATA_MODE_INVALID;
pub use figure_inside_paragraph::FIGURE_INSIDE_PARAGRAPH;
pub use image_format_unsupported::IMAGE_FORMAT_UNSUPPORTED;
pub use image_missing_src::IMAGE_MISSING_SRC;
pub use image_svg_unsupported::IMAGE_SVG_UNSUPPORTED;
pub use image_without_figure::IMAGE_WITHOUT_FIGURE;
pub use media_url_not_absolute::MEDIA_URL_NOT_ABSOLUTE;
pub use non_text_inside_paragraph::NON_TEXT_INSIDE_PARAGRAPH;
