//! Rules of the `canonical` category.

mod canonical_domain_not_claimed;
mod canonical_has_query_or_fragment;
mod canonical_not_absolute;
mod duplicate_article_variant_canonicals;
mod feed_mixed_languages;
mod feed_multiple_domains;
mod item_link_canonical_mismatch;

pub use canonical_domain_not_claimed::CANONICAL_DOMAIN_NOT_CLAIMED;
pub use canonical_has_query_or_fragment::CANONICAL_HAS_QUERY_OR_FRAGMENT;
pub use canonical_not_absolute::CANONICAL_NOT_ABSOLUTE;
pub use duplicate_article_variant_canonicals::DUPLICATE_ARTICLE_VARIANT_CANONICALS;
pub use feed_mixed_languages::FEED_MIXED_LANGUAGES;
pub use feed_multiple_domains::FEED_MULTIPLE_DOMAINS;
pub use item_link_canonical_mismatch::ITEM_LINK_CANONICAL_MISMATCH;
