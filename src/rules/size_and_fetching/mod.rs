//! Rules of the `size-and-fetching` category.

mod feed_crawler_blocked;
mod feed_fetch_too_slow;
mod feed_too_few_items_for_review;
mod feed_too_many_items;

pub use feed_crawler_blocked::FEED_CRAWLER_BLOCKED;
pub use feed_fetch_too_slow::FEED_FETCH_TOO_SLOW;
pub use feed_too_few_items_for_review::FEED_TOO_FEW_ITEMS_FOR_REVIEW;
pub use feed_too_many_items::FEED_TOO_MANY_ITEMS;
