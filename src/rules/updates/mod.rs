//! Rules of the `updates` category.

mod media_url_reused_on_update;
mod timestamp_in_future;
mod update_canonical_changed;
mod update_op_modified_not_later;
mod update_outside_24h_window;

pub use media_url_reused_on_update::MEDIA_URL_REUSED_ON_UPDATE;
pub use timestamp_in_future::TIMESTAMP_IN_FUTURE;
pub use update_canonical_changed::UPDATE_CANONICAL_CHANGED;
pub use update_op_modified_not_later::UPDATE_OP_MODIFIED_NOT_LATER;
pub use update_outside_24h_window::UPDATE_OUTSIDE_24H_WINDOW;
