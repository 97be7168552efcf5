//! `image-format-unsupported`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports every `<img>` in `<body>` (a body image, the header cover, a slideshow slide, or
    /// an image outside any figure) whose `src`, trimmed, ends in one of the extensions `.tif`, `.tiff`,
    /// `.bmp`, `.psd`, `.heic`, `.heif` or `.pdf`. The extension is the part after the last `.` of the
    /// URL's last `/` segment, compared in any letter case, after dropping a query string or fragment.
    /// The finding points at the `src` attribute. The list is fixed.
    ///
    /// Not reported:
    /// - `.jpg`, `.jpeg`, `.png` and `.gif` (animated GIFs included);
    /// - any other or unknown extension, such as `.webp`, and URLs without an extension;
    /// - markup inside an `<iframe>`, which is the iframe's own content.
    ///
    /// SVG files are `image-svg-unsupported`. An `<img>` outside any figure is also reported by
    /// `image-without-figure` (or `non-text-inside-paragraph` in a paragraph).
    ///
    /// ## Why it matters
    /// These are print, camera or document formats that Facebook's image pipeline did not accept as article
    /// images, so the image is missing from the article. Publish a JPEG or PNG rendition instead, which is
    /// also much smaller. Rule (inferred): only GIF and SVG are named by the FAQ; the list of other
    /// unsupported formats is an inference.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/archive/scan-1958.tiff"><figcaption>The harbour in 1958.</figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/archive/scan-1958.jpg"><figcaption>The harbour in 1958.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L585 (animated GIFs are images like any other), L698 (SVG is not supported); the rest of the
    /// list is inferred. RULES.md B-79; Resolution 48.
    pub static IMAGE_FORMAT_UNSUPPORTED = {
        name: "image-format-unsupported",
        category: Figures,
        severity: Warning,
        summary: "an image file in a format that is not a web image format (TIFF, BMP, PSD, HEIC, PDF)",
        check: Article(check),
    }
}

use crate::article::flags::IN_BODY;

const FORMATS: [&str; 7] = ["tif", "tiff", "bmp", "psd", "heic", "heif", "pdf"];

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &img in a.elements(Tag::Img) {
        let Some(src) = a.attr(img, "src").map(str::trim) else {
            continue;
        };
        if !a.has_flag(img, IN_BODY) {
            continue;
        }
        let path = src.split(['?', '#']).next().unwrap_or(src);
        let file = path.rsplit('/').next().unwrap_or(path);
        let Some((_, ext)) = file.rsplit_once('.') else {
            continue;
        };
        if FORMATS.iter().any(|f| f.eq_ignore_ascii_case(ext)) {
            let ext = ext.to_ascii_lowercase();
            ctx.report(
                a.attr_or_element_span(img, "src"),
                format!(
                    "an image in `.{ext}` format, which Facebook's image pipeline does not take"
                ),
            )
            .help("serve a JPEG, PNG or GIF rendition");
        }
    }
}
