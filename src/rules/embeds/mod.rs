//! Rules of the `embeds` category.

mod ad_aspect_ratio_invalid;
mod embed_dimensions_invalid;
mod embed_height_over_960;
mod empty_article_body;
mod geotag_invalid_json;
mod google_maps_direct_iframe;
mod iframe_margin_class_invalid;
mod interactive_missing_iframe;
mod map_missing_geotag;
mod social_embed_deprecated;
mod social_embed_unsupported_provider;
mod tracker_malformed;
mod tracking_pixel_as_image;

pub use ad_aspect_ratio_invalid::AD_ASPECT_RATIO_INVALID;
pub use embed_dimensions_invalid::EMBED_DIMENSIONS_INVALID;
pub use embed_height_over_960::EMBED_HEIGHT_OVER_960;
pub use empty_article_body::EMPTY_ARTICLE_BODY;
pub use geotag_invalid_json::GEOTAG_INVALID_JSON;
pub use google_maps_direct_iframe::GOOGLE_MAPS_DIRECT_IFRAME;
pub use iframe_margin_class_invalid::IFRAME_MARGIN_CLASS_INVALID;
pub use interactive_missing_iframe::INTERACTIVE_MISSING_IFRAME;
pub use map_missing_geotag::MAP_MISSING_GEOTAG;
pub use social_embed_deprecated::SOCIAL_EMBED_DEPRECATED;
pub use social_embed_unsupported_provider::SOCIAL_EMBED_UNSUPPORTED_PROVIDER;
pub use tracker_malformed::TRACKER_MALFORMED;
pub use tracking_pixel_as_image::TRACKING_PIXEL_AS_IMAGE;

pub(crate) use tracking_pixel_as_image::is_tracking_pixel;
