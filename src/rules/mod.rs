//! Every rule, one per file, grouped by category (RULES.md's sections).

use crate::rule::Rule;

pub mod body_text;
pub mod canonical;
pub mod captions;
pub mod direction;
pub mod document;
pub mod embeds;
pub mod envelope;
pub mod figures;
pub mod header;
pub mod item;
pub mod related_footer;
pub mod size_and_fetching;
pub mod tool;
pub mod updates;
pub mod video_audio;

/// Every rule, by category in RULES.md's order, then by name.
pub static ALL: &[&Rule] = &[
    &envelope::FEED_CHANNEL_METADATA_MISSING,
    &envelope::FEED_CONTENT_NAMESPACE_MISSING,
    &envelope::FEED_ENCODING_MISMATCH,
    &envelope::FEED_MISSING_CHANNEL,
    &envelope::FEED_ROOT_NOT_RSS2,
    &envelope::FEED_XML_MALFORMED,
    &size_and_fetching::FEED_CRAWLER_BLOCKED,
    &size_and_fetching::FEED_FETCH_TOO_SLOW,
    &size_and_fetching::FEED_TOO_FEW_ITEMS_FOR_REVIEW,
    &size_and_fetching::FEED_TOO_MANY_ITEMS,
    &item::ITEM_AUTHOR_MALFORMED,
    &item::ITEM_CONTENT_NOT_CDATA,
    &item::ITEM_CONTENT_NOT_FULL_DOCUMENT,
    &item::ITEM_DESCRIPTION_NOT_PLAIN_TEXT,
    &item::ITEM_GUID_MISSING_OR_DUPLICATE,
    &item::ITEM_MISSING_CONTENT,
    &item::ITEM_MISSING_LINK,
    &item::ITEM_MISSING_TITLE,
    &item::ITEM_PUBDATE_INVALID,
    &canonical::CANONICAL_DOMAIN_NOT_CLAIMED,
    &canonical::CANONICAL_HAS_QUERY_OR_FRAGMENT,
    &canonical::CANONICAL_NOT_ABSOLUTE,
    &canonical::DUPLICATE_ARTICLE_VARIANT_CANONICALS,
    &canonical::FEED_MIXED_LANGUAGES,
    &canonical::FEED_MULTIPLE_DOMAINS,
    &canonical::ITEM_LINK_CANONICAL_MISMATCH,
    &updates::MEDIA_URL_REUSED_ON_UPDATE,
    &updates::TIMESTAMP_IN_FUTURE,
    &updates::UPDATE_CANONICAL_CHANGED,
    &updates::UPDATE_OP_MODIFIED_NOT_LATER,
    &updates::UPDATE_OUTSIDE_24H_WINDOW,
    &document::ARTICLE_MULTIPLE_ARTICLE_ELEMENTS,
    &document::ARTICLE_NOT_HTML_DOCUMENT,
    &document::ARTICLE_STYLE_UNKNOWN,
    &document::AUTO_AD_PLACEMENT_INVALID,
    &document::AUTO_AD_PLACEMENT_WITHOUT_HEADER_AD,
    &document::CANONICAL_LINK_MISSING,
    &document::CSS_STYLING_IGNORED,
    &document::HEADER_ADS_NOT_IN_TEMPLATE,
    &document::HTML_LANG_PREFIX_MISSING,
    &document::HTML_PARSE_ERROR,
    &document::LIKES_AND_COMMENTS_INVALID,
    &document::MARKUP_VERSION_INVALID,
    &document::META_CHARSET_MISSING,
    &direction::RTL_DIR_ON_LTR_LANGUAGE,
    &direction::RTL_LANGUAGE_WITHOUT_DIR,
    &header::AUTHOR_MALFORMED,
    &header::COVER_CREDIT_HIDDEN,
    &header::COVER_MEDIA_TYPE,
    &header::COVER_VIDEO_NOT_DIRECT_FILE,
    &header::HEADER_DUPLICATE_TITLE_OR_SUBTITLE,
    &header::HEADER_MISSING,
    &header::HEADER_MULTIPLE_FIGURES,
    &header::HEADER_TITLE_MISSING,
    &header::KICKER_MALFORMED,
    &header::OP_MODIFIED_BEFORE_PUBLISHED,
    &header::OP_PUBLISHED_MISSING,
    &header::SINGLE_MEDIA_IN_COVER,
    &header::SPONSOR_MALFORMED,
    &header::TIME_DATETIME_INVALID,
    &header::TIME_DATETIME_NO_TIMEZONE,
    &header::TIME_MISPLACED,
    &body_text::ANCHOR_WITHOUT_HREF,
    &body_text::BLOCKQUOTE_INSIDE_PARAGRAPH,
    &body_text::CONSECUTIVE_LINE_BREAKS,
    &body_text::EMPTY_ELEMENT,
    &body_text::ESCAPED_MARKUP_IN_TEXT,
    &body_text::FIGURE_CLASS_UNSUPPORTED,
    &body_text::HEADING_LEVEL_UNSUPPORTED,
    &body_text::IMAGE_INSIDE_ANCHOR,
    &body_text::LIST_MALFORMED,
    &body_text::PULLQUOTE_MALFORMED,
    &body_text::SCRIPT_OUTSIDE_EMBED,
    &body_text::TEXT_OUTSIDE_PARAGRAPH,
    &body_text::TOO_MANY_LINE_BREAKS,
    &body_text::UNSUPPORTED_ELEMENT,
    &figures::DATA_FEEDBACK_INVALID,
    &figures::DATA_MODE_INVALID,
    &figures::FIGURE_INSIDE_PARAGRAPH,
    &figures::IMAGE_FORMAT_UNSUPPORTED,
    &figures::IMAGE_MISSING_SRC,
    &figures::IMAGE_SVG_UNSUPPORTED,
    &figures::IMAGE_WITHOUT_FIGURE,
    &figures::MEDIA_URL_NOT_ABSOLUTE,
    &figures::NON_TEXT_INSIDE_PARAGRAPH,
    &embeds::AD_ASPECT_RATIO_INVALID,
    &embeds::EMBED_DIMENSIONS_INVALID,
    &embeds::EMBED_HEIGHT_OVER_960,
    &embeds::EMPTY_ARTICLE_BODY,
    &embeds::GEOTAG_INVALID_JSON,
    &embeds::GOOGLE_MAPS_DIRECT_IFRAME,
    &embeds::IFRAME_MARGIN_CLASS_INVALID,
    &embeds::INTERACTIVE_MISSING_IFRAME,
    &embeds::MAP_MISSING_GEOTAG,
    &embeds::SOCIAL_EMBED_DEPRECATED,
    &embeds::SOCIAL_EMBED_UNSUPPORTED_PROVIDER,
    &embeds::TRACKER_MALFORMED,
    &embeds::TRACKING_PIXEL_AS_IMAGE,
    &video_audio::AUDIO_MISPLACED,
    &video_audio::FEED_COVER_MISPLACED,
    &video_audio::VIDEO_ATTRIBUTE_IGNORED,
    &video_audio::VIDEO_FORMAT_UNSUPPORTED,
    &video_audio::VIDEO_MALFORMED,
    &captions::CAPTION_CLASS_INVALID,
    &captions::CREDIT_OUTSIDE_FIGCAPTION,
    &captions::FIGCAPTION_DISALLOWED_CHILDREN,
    &captions::SLIDESHOW_ITEM_CAPTION,
    &captions::SLIDESHOW_MALFORMED,
    &related_footer::FOOTER_MALFORMED,
    &related_footer::RELATED_ARTICLES_MALFORMED,
    &related_footer::RELATED_ARTICLES_TITLE_IN_FOOTER,
    &tool::INPUT_LIMIT_EXCEEDED,
    &tool::INTERNAL_ERROR,
    &tool::UNUSED_SUPPRESSION,
];

/// Looks a rule up by name.
pub fn by_name(name: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|r| r.name == name)
}
