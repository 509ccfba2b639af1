import Foundation

/// Reads and writes decimal numbers the French way: `17,5`, `1 234,5`.
///
/// Spreadsheets send either a comma or a dot as the decimal mark, and spaces (plain, no-break or
/// narrow no-break) between groups of thousands.
///
/// ```swift
/// try FrenchNumber.parseDecimal("17,5")   // 17.5
/// FrenchNumber.format(1234)               // "1 234" (with U+202F)
/// ```
public enum FrenchNumber {
    /// The grouping separator French typography uses: a narrow no-break space.
    public static let groupingSeparator: Character = "\u{202F}"

    private static let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]

    /// Reads `17,5`, `17.5`, ` 35 `, `-2`, `1 234,5`; refuses anything else, `1,2,3` and `""` included.
    public static func parseDecimal(_ text: String) throws(FieldError) -> Double {
        let trimmed = text.trimmedSpaces
        guard let value = read(trimmed) else {
            let what = trimmed.isEmpty ? "nombre manquant" : "nombre invalide \(FieldError.quoted(trimmed))"
            throw FieldError("\(what) : attendu par exemple 17,5 ou 35")
        }
        return value
    }

    private static func read(_ text: String) -> Double? {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        let parts = body.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." }
        guard (1...2).contains(parts.count), let integer = integerDigits(parts[0]) else { return nil }
        var normalized = sign + integer
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
            normalized += "." + parts[1]
        }
        guard let value = Double(normalized), value.isFinite else { return nil }
        return value
    }

    /// The digits of an integer part, whose groups of thousands may be separated by spaces.
    private static func integerDigits(_ part: Substring) -> String? {
        let groups = part.split(omittingEmptySubsequences: false) { spaces.contains($0) }
        guard let first = groups.first, !first.isEmpty, groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        if groups.count > 1 {
            guard first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        return groups.joined()
    }

    /// `17.5` → `17,5`; `1234` → `1 234` (narrow no-break space); `35` → `35`. Trailing zeros are dropped.
    public static func format(_ value: Double, maxFractionDigits: Int = 2) -> String {
        let digits = max(0, min(maxFractionDigits, 6))
        let scale = pow(10, Double(digits))
        let scaled = (abs(value) * scale).rounded()
        guard value.isFinite, scaled < 9e15 else { return "\(value)".replacingOccurrences(of: ".", with: ",") }
        let units = Int(scaled)
        let integer = units / Int(scale)
        var fraction = String(units % Int(scale))
        fraction = String(repeating: "0", count: max(0, digits - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && units != 0 ? "-" : ""
        return sign + grouped(integer) + (fraction.isEmpty ? "" : "," + fraction)
    }

    private static func grouped(_ integer: Int) -> String {
        var text = String(integer)
        var index = text.count - 3
        while index > 0 {
            text.insert(groupingSeparator, at: text.index(text.startIndex, offsetBy: index))
            index -= 3
        }
        return text
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
