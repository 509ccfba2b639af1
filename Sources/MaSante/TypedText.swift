/// The rules every name and free text a person types must follow before it is stored.
///
/// A name (of a person, a centre, a commune, a partner, a template) holds at most
/// ``Kind/name`` 100 characters, a free text (a reason, a note, a place) at most 500; neither
/// may hold a control character (C0 such as tab, line feed or the ESC that starts an ANSI
/// escape sequence, DEL, C1), which would rewrite a terminal or a log when printed back.
/// Characters are counted as Unicode scalars, so a pile of combining marks counts in full.
///
/// ```swift
/// try TypedText.check("DUPONT", as: .name)          // fine
/// try TypedText.check("A\u{1B}[2J", as: .name)      // FieldError: caractère de contrôle U+001B…
/// ```
public enum TypedText {
    /// What a text is, which sets its length limit.
    public enum Kind: Sendable {
        case name, freeText

        /// The most Unicode scalars a text of this kind may hold.
        public var limit: Int {
            switch self {
            case .name: 100
            case .freeText: 500
            }
        }

        var french: String {
            switch self {
            case .name: "un nom"
            case .freeText: "un texte libre"
            }
        }
    }

    /// Throws a French ``FieldError`` when `text` is too long or holds a control character.
    /// The message never repeats the text itself (it may be huge or rewrite the terminal).
    public static func check(_ text: String, as kind: Kind) throws(FieldError) {
        let scalars = text.unicodeScalars
        var count = 0
        for scalar in scalars {
            count += 1
            if isControl(scalar) {
                throw FieldError(
                    "caractère de contrôle \(codePoint(scalar)) en position \(count)\(scalar.value == 0x1B ? " (séquence d'échappement ANSI)" : "") : tabulations, sauts de ligne et caractères de contrôle sont refusés"
                )
            }
        }
        if count > kind.limit {
            throw FieldError("texte trop long : \(count) caractères, \(kind.limit) au plus pour \(kind.french)")
        }
    }

    /// `U+001B`.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// C0 controls, DEL and C1 controls (Unicode general category Cc).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
