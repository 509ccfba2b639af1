import Foundation
import MaSante

/// French renderings of dates and numbers for users.
enum FrenchFormat {
    static let monthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                             "septembre", "octobre", "novembre", "décembre"]

    /// `31 octobre 2026`, `1er juillet 2022`.
    static func longDate(_ date: CalendarDate) -> String {
        "\(date.day == 1 ? "1er" : String(date.day)) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// `mars 2028`.
    static func monthYear(_ date: CalendarDate) -> String {
        "\(monthNames[date.month - 1]) \(date.year)"
    }

    /// `1 234` (narrow no-break space between thousands).
    static func number(_ value: Int) -> String { FrenchNumber.format(Double(value)) }

    /// `4,3`; without grouping for machine-read files.
    static func decimal(_ value: Double, digits: Int = 2, grouping: Bool = true) -> String {
        let text = FrenchNumber.format(value, maxFractionDigits: digits)
        return grouping ? text : text.replacingOccurrences(of: String(FrenchNumber.groupingSeparator), with: "")
    }

    /// `66,5 %` (with a no-break space before the sign).
    static func percent(_ share: Double) -> String {
        FrenchNumber.format(share * 100, maxFractionDigits: 1) + "\u{00A0}%"
    }

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
