//! Rules of the `embeds` category.

mod empty_article_body;

pub use empty_article_body::EMPTY_ARTICLE_BODY;
