//! Rules of the `document` category.

mod article_not_html_document;
mod canonical_link_missing;
mod html_parse_error;

pub use article_not_html_document::ARTICLE_NOT_HTML_DOCUMENT;
pub use canonical_link_missing::CANONICAL_LINK_MISSING;
pub use html_parse_error::HTML_PARSE_ERROR;
