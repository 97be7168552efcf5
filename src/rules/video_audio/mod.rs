//! Rules of the `video-audio` category.

mod audio_misplaced;
mod feed_cover_misplaced;
mod video_attribute_ignored;
mod video_format_unsupported;
mod video_malformed;

pub use audio_misplaced::AUDIO_MISPLACED;
pub use feed_cover_misplaced::FEED_COVER_MISPLACED;
pub use video_attribute_ignored::VIDEO_ATTRIBUTE_IGNORED;
pub use video_format_unsupported::VIDEO_FORMAT_UNSUPPORTED;
pub use video_malformed::VIDEO_MALFORMED;
