//! `slideshow-item-caption`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports a `<figcaption>` inside a slide, i.e. inside a `<figure>` that is a child of
    /// `figure.op-slideshow`, at that `<figcaption>` start tag. The slideshow's own caption, a
    /// `<figcaption>` that is a direct child of `figure.op-slideshow`, is the documented form and is never
    /// reported.
    ///
    /// With the option `slideshow-item-caption.allow-item-captions` set to `true`, captions on slides are
    /// accepted and the rule reports nothing.
    ///
    /// A second caption on the slideshow itself is `figcaption-disallowed-children`; the content of any
    /// caption is judged by that rule too.
    ///
    /// ## Why it matters
    /// The FAQ says that individual images in a slideshow cannot be captioned: a slideshow has a single
    /// caption. Captions on slides may therefore be dropped. The sources disagree, though: Facebook's own
    /// tutorial article captions each slide, and review feedback quoted by publishers asked for "captions
    /// for both the collection and individual images". The article is not rejected either way, so this is
    /// a note (`info`). The default follows the FAQ, and the FAQ's own form, one caption for the whole
    /// slideshow, is never reported. Move the text into the slideshow's caption, or turn the option on if
    /// your Page's review asked for captions on slides.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-slideshow"><figure><img src="https://cdn.example.com/img/parade-1.jpg"><figcaption>1/2: the start at the bridge.</figcaption></figure><figure><img src="https://cdn.example.com/img/parade-2.jpg"><figcaption>2/2: the end at the town hall.</figcaption></figure></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-slideshow"><figure><img src="https://cdn.example.com/img/parade-1.jpg"></figure><figure><img src="https://cdn.example.com/img/parade-2.jpg"></figure><figcaption>The parade, from the start at the bridge to the end at the town hall.</figcaption></figure>
    /// ```
    ///
    /// ## Options
    /// - `slideshow-item-caption.allow-item-captions` (`true` or `false`; default `false`): accept
    ///   captions on individual slides, as Facebook's tutorial article and its review feedback used them.
    ///   With the default, captions on slides are reported and a single caption on the whole slideshow, the
    ///   FAQ's advice, is never reported.
    ///
    /// Set it in `ialint.toml` under `[rules.slideshow-item-caption]` as `allow-item-captions`.
    ///
    /// ## Source
    /// FAQ L748 (individual images of a slideshow cannot be captioned; only one caption for the whole
    /// slideshow); conflicting: Facebook's tutorial article
    /// (facebookarchive/facebook-instant-articles-sdk-extensions-in-php
    /// `tests/Facebook/InstantArticles/AMP/articles/tutorial-instant-article.html`, per-slide captions) and
    /// review feedback quoted in Automattic/fb-instant-articles issue #828. RULES.md B-74; Resolutions 48,
    /// 50.
    pub static SLIDESHOW_ITEM_CAPTION = {
        name: "slideshow-item-caption",
        category: Captions,
        severity: Info,
        summary: "a caption on an individual slide of a slideshow",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    if ctx.settings.allow_slideshow_item_captions {
        return;
    }
    for &cap in a.elements(Tag::Figcaption) {
        let Some(slide) = a.parent(cap).filter(|&p| a.tag(p) == Tag::Figure) else {
            continue;
        };
        let in_show = a
            .parent(slide)
            .is_some_and(|s| a.tag(s) == Tag::Figure && a.has_class(s, "op-slideshow"));
        if !in_show {
            continue;
        }
        let Some(span) = a.span(cap) else { continue };
        ctx.report(
            span,
            "a caption on a single slide: only the slideshow as a whole takes a caption",
        )
        .help("move the caption to one <figcaption> as the last child of the op-slideshow figure");
    }
}
