//! Rules of the `header` category.

mod author_malformed;
mod cover_credit_hidden;
mod cover_media_type;
mod cover_video_not_direct_file;
mod header_duplicate_title_or_subtitle;
mod header_missing;
mod header_multiple_figures;
mod header_title_missing;
mod kicker_malformed;
mod op_modified_before_published;
mod op_published_missing;
mod single_media_in_cover;
mod sponsor_malformed;
mod time_datetime_invalid;
mod time_datetime_no_timezone;
mod time_misplaced;

pub use author_malformed::AUTHOR_MALFORMED;
pub use cover_credit_hidden::COVER_CREDIT_HIDDEN;
pub use cover_media_type::COVER_MEDIA_TYPE;
pub use cover_video_not_direct_file::COVER_VIDEO_NOT_DIRECT_FILE;
pub use header_duplicate_title_or_subtitle::HEADER_DUPLICATE_TITLE_OR_SUBTITLE;
pub use header_missing::HEADER_MISSING;
pub use header_multiple_figures::HEADER_MULTIPLE_FIGURES;
pub use header_title_missing::HEADER_TITLE_MISSING;
pub use kicker_malformed::KICKER_MALFORMED;
pub use op_modified_before_published::OP_MODIFIED_BEFORE_PUBLISHED;
pub use op_published_missing::OP_PUBLISHED_MISSING;
pub use single_media_in_cover::SINGLE_MEDIA_IN_COVER;
pub use sponsor_malformed::SPONSOR_MALFORMED;
pub use time_datetime_invalid::TIME_DATETIME_INVALID;
pub use time_datetime_no_timezone::TIME_DATETIME_NO_TIMEZONE;
pub use time_misplaced::TIME_MISPLACED;
