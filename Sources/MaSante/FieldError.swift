/// Why the text of one field was refused, in French, ready for the person who typed it.
///
/// Every `parse` function of the domain throws it; importers attach it to a line and a column.
///
/// ```swift
/// try CalendarDate.parse("31/02/2024")
/// // FieldError: date invalide « 31/02/2024 » : ce jour n'existe pas
/// ```
public struct FieldError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

extension FieldError {
    /// Quotes user text the French way, as every message does: `« 31/02/2024 »`. Control
    /// characters are shown as `<U+001B>` (an escape sequence typed in a file must not rewrite
    /// the terminal that prints the message), and a long text is cut after 80 characters.
    static func quoted(_ text: String) -> String {
        var shown = ""
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == 80 {
                shown += "…"
                break
            }
            shown += TypedText.isControl(scalar) ? "<\(TypedText.codePoint(scalar))>" : String(scalar)
        }
        return "« \(shown) »"
    }
}
