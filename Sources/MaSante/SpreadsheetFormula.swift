/// Keeps text cells of exported CSV files from running as spreadsheet formulas (CSV injection).
///
/// As OWASP recommends, a text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
/// is written with a leading `'`, which spreadsheets read as "this is text". A text that is a
/// plain number (`-3`, `+4,5`) is left alone: it cannot hold a formula. Importers undo exactly
/// that: a field made of `'` then one of those characters loses its `'`, so an exported listing
/// imports back unchanged.
///
/// ```swift
/// SpreadsheetFormula.neutralised("=HYPERLINK(…)")   // "'=HYPERLINK(…)"
/// SpreadsheetFormula.restored("'=HYPERLINK(…)")     // "=HYPERLINK(…)"
/// SpreadsheetFormula.neutralised("-12,5")           // "-12,5"
/// ```
public enum SpreadsheetFormula {
    /// The first characters that make a spreadsheet evaluate a cell.
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The text as an exported cell should hold it.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, triggers.contains(first), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    /// The text an exported cell stood for: without the `'` that ``neutralised(_:)`` added.
    public static func restored(_ text: String) -> String {
        var scalars = text.unicodeScalars.makeIterator()
        guard scalars.next() == "'", let second = scalars.next(), triggers.contains(second) else { return text }
        return String(text.unicodeScalars.dropFirst())
    }

    /// An optional sign, digits, at most one decimal separator (`,` or `.`) followed by digits.
    static func isPlainNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
