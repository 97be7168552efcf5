//! Rules of the `item` category.

mod item_author_malformed;
mod item_content_not_cdata;
mod item_content_not_full_document;
mod item_description_not_plain_text;
mod item_guid_missing_or_duplicate;
mod item_missing_content;
mod item_missing_link;
mod item_missing_title;
mod item_pubdate_invalid;

pub use item_author_malformed::ITEM_AUTHOR_MALFORMED;
pub use item_content_not_cdata::ITEM_CONTENT_NOT_CDATA;
pub use item_content_not_full_document::ITEM_CONTENT_NOT_FULL_DOCUMENT;
pub use item_description_not_plain_text::ITEM_DESCRIPTION_NOT_PLAIN_TEXT;
pub use item_guid_missing_or_duplicate::ITEM_GUID_MISSING_OR_DUPLICATE;
pub use item_missing_content::ITEM_MISSING_CONTENT;
pub use item_missing_link::ITEM_MISSING_LINK;
pub use item_missing_title::ITEM_MISSING_TITLE;
pub use item_pubdate_invalid::ITEM_PUBDATE_INVALID;
