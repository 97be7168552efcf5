//! Rules of the `header` category.

mod header_missing;
mod header_title_missing;
mod op_modified_before_published;
mod op_published_missing;
mod time_datetime_invalid;
mod time_datetime_no_timezone;
mod time_misplaced;

pub use header_missing::HEADER_MISSING;
pub use header_title_missing::HEADER_TITLE_MISSING;
pub use op_modified_before_published::OP_MODIFIED_BEFORE_PUBLISHED;
pub use op_published_missing::OP_PUBLISHED_MISSING;
pub use time_datetime_invalid::TIME_DATETIME_INVALID;
pub use time_datetime_no_timezone::TIME_DATETIME_NO_TIMEZONE;
pub use time_misplaced::TIME_MISPLACED;
