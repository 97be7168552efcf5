//! Rules of the `envelope` category.

mod feed_channel_metadata_missing;
mod feed_content_namespace_missing;
mod feed_encoding_mismatch;
mod feed_missing_channel;
mod feed_root_not_rss2;
mod feed_xml_malformed;

pub use feed_channel_metadata_missing::FEED_CHANNEL_METADATA_MISSING;
pub use feed_content_namespace_missing::FEED_CONTENT_NAMESPACE_MISSING;
pub use feed_encoding_mismatch::FEED_ENCODING_MISMATCH;
pub use feed_missing_channel::FEED_MISSING_CHANNEL;
pub use feed_root_not_rss2::FEED_ROOT_NOT_RSS2;
pub use feed_xml_malformed::FEED_XML_MALFORMED;
