//! Rules of the `captions` category.

mod caption_class_invalid;
mod credit_outside_figcaption;
mod figcaption_disallowed_children;
mod slideshow_item_caption;
mod slideshow_malformed;

pub use caption_class_invalid::CAPTION_CLASS_INVALID;
pub use credit_outside_figcaption::CREDIT_OUTSIDE_FIGCAPTION;
pub use figcaption_disallowed_children::FIGCAPTION_DISALLOWED_CHILDREN;
pub use slideshow_item_caption::SLIDESHOW_ITEM_CAPTION;
pub use slideshow_malformed::SLIDESHOW_MALFORMED;
