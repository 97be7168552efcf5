//! Rules of the `related-footer` category.

mod footer_malformed;
mod related_articles_malformed;
mod related_articles_title_in_footer;

pub use footer_malformed::FOOTER_MALFORMED;
pub use related_articles_malformed::RELATED_ARTICLES_MALFORMED;
pub use related_articles_title_in_footer::RELATED_ARTICLES_TITLE_IN_FOOTER;
