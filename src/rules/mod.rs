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
pub mod tool;
pub mod updates;

/// Every rule, by category in RULES.md's order, then by name.
pub static ALL: &[&Rule] = &[
    &envelope::FEED_CONTENT_NAMESPACE_MISSING,
    &envelope::FEED_MISSING_CHANNEL,
    &envelope::FEED_ROOT_NOT_RSS2,
    &envelope::FEED_XML_MALFORMED,
    &item::ITEM_CONTENT_NOT_CDATA,
    &item::ITEM_CONTENT_NOT_FULL_DOCUMENT,
    &item::ITEM_GUID_MISSING_OR_DUPLICATE,
    &item::ITEM_MISSING_CONTENT,
    &item::ITEM_MISSING_LINK,
    &item::ITEM_MISSING_TITLE,
    &canonical::CANONICAL_DOMAIN_NOT_CLAIMED,
    &canonical::CANONICAL_HAS_QUERY_OR_FRAGMENT,
    &canonical::CANONICAL_NOT_ABSOLUTE,
    &canonical::DUPLICATE_ARTICLE_VARIANT_CANONICALS,
    &canonical::FEED_MULTIPLE_DOMAINS,
    &canonical::ITEM_LINK_CANONICAL_MISMATCH,
    &updates::TIMESTAMP_IN_FUTURE,
    &updates::UPDATE_CANONICAL_CHANGED,
    &updates::UPDATE_OP_MODIFIED_NOT_LATER,
    &updates::UPDATE_OUTSIDE_24H_WINDOW,
    &document::ARTICLE_NOT_HTML_DOCUMENT,
    &document::CANONICAL_LINK_MISSING,
    &document::HTML_PARSE_ERROR,
    &direction::RTL_DIR_ON_LTR_LANGUAGE,
    &direction::RTL_LANGUAGE_WITHOUT_DIR,
    &header::HEADER_MISSING,
    &header::HEADER_TITLE_MISSING,
    &header::OP_MODIFIED_BEFORE_PUBLISHED,
    &header::OP_PUBLISHED_MISSING,
    &header::TIME_DATETIME_INVALID,
    &header::TIME_DATETIME_NO_TIMEZONE,
    &header::TIME_MISPLACED,
    &body_text::BLOCKQUOTE_INSIDE_PARAGRAPH,
    &body_text::CONSECUTIVE_LINE_BREAKS,
    &body_text::TEXT_OUTSIDE_PARAGRAPH,
    &body_text::TOO_MANY_LINE_BREAKS,
    &figures::FIGURE_INSIDE_PARAGRAPH,
    &figures::IMAGE_WITHOUT_FIGURE,
    &figures::NON_TEXT_INSIDE_PARAGRAPH,
    &embeds::EMPTY_ARTICLE_BODY,
    &captions::CREDIT_OUTSIDE_FIGCAPTION,
    &captions::FIGCAPTION_DISALLOWED_CHILDREN,
    &tool::INPUT_LIMIT_EXCEEDED,
    &tool::INTERNAL_ERROR,
];

/// Looks a rule up by name.
pub fn by_name(name: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|r| r.name == name)
}
