/// The formats of listings and reports: French text, CSV (`;`, UTF-8), JSON, printable HTML.
///
/// The CLI reads it from `--format`; each renderer writes the ones it knows.
///
/// ```swift
/// ListingRenderer(listing: listing).render(.csv)
/// ```
public enum OutputFormat: String, CaseIterable, Sendable {
    case texte, csv, json, html
}
