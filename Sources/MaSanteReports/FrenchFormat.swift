import Foundation
import MaSante

/// French renderings of numbers, shares, paces and instants for the reports and listings.
///
/// Built on the domain's ``FrenchNumber`` (digits, grouping, decimal comma) and ``FrenchDate``
/// (month names, « 1er »), so that every front end writes `1 234`, `66,5 %` and `1er juillet 2022`
/// the same way.
///
/// ```swift
/// FrenchFormat.number(1234)              // "1 234" (narrow no-break space)
/// FrenchFormat.fixed(112.36, digits: 1)  // "112,4"
/// ```
enum FrenchFormat {
    /// `1 234` (narrow no-break space between thousands).
    static func number(_ value: Int) -> String { FrenchNumber.format(Double(value)) }

    /// `4,3`; without grouping for machine-read files.
    static func decimal(_ value: Double, digits: Int = 2, grouping: Bool = true) -> String {
        let text = FrenchNumber.format(value, maxFractionDigits: digits)
        return grouping ? text : text.replacingOccurrences(of: String(FrenchNumber.groupingSeparator), with: "")
    }

    /// `3,0`, `112,4`: rounded to `digits` decimals, trailing zeros kept.
    static func fixed(_ value: Double, digits: Int) -> String {
        let scale = pow(10, Double(digits))
        let text = FrenchNumber.format((value * scale).rounded() / scale, maxFractionDigits: digits)
        guard digits > 0 else { return text }
        let parts = text.split(separator: ",", maxSplits: 1)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return "\(parts[0]),\(fraction)\(String(repeating: "0", count: digits - fraction.count))"
    }

    /// `66,5 %` (with a no-break space before the sign).
    static func percent(_ share: Double) -> String {
        FrenchNumber.format(share * 100, maxFractionDigits: 1) + "\u{00A0}%"
    }

    /// `20/11/2026 10:15`: an instant on the Paris clock, as French dates and times are written.
    static func dateTime(_ date: Date) -> String {
        var style = Date.FormatStyle(date: .numeric, time: .shortened)
        style.locale = Locale(identifier: "fr_FR")
        style.timeZone = TimeZone(identifier: "Europe/Paris")!
        return date.formatted(style)
    }

    /// A hiring pace: `1,3 recrutement`, `4,2 recrutements` (French plural from 2).
    static func hires(_ pace: Double) -> String {
        let rounded = (pace * 10).rounded() / 10
        return "\(decimal(rounded, digits: 1)) recrutement\(rounded >= 2 ? "s" : "")"
    }
}
