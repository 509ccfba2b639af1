/// Dates written for French readers: month names, « 1er » for the first of the month.
///
/// The one home of these words: the domain's messages (``ScheduleFrench``) and every rendering
/// of `MaSanteReports` write dates through it.
///
/// ```swift
/// FrenchDate.long(CalendarDate(year: 2022, month: 7, day: 1)!)        // "1er juillet 2022"
/// FrenchDate.dayAndMonth(CalendarDate(year: 2026, month: 11, day: 30)!) // "30 novembre"
/// ```
public enum FrenchDate {
    /// `janvier` … `décembre`, in lower case as French writes them inside a sentence.
    public static let monthNames = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ]

    /// The day of the month: `1er`, `8`, `31`.
    public static func dayOfMonth(_ date: CalendarDate) -> String {
        date.day == 1 ? "1er" : String(date.day)
    }

    /// `30 novembre`, `1er décembre`.
    public static func dayAndMonth(_ date: CalendarDate) -> String {
        "\(dayOfMonth(date)) \(monthNames[date.month - 1])"
    }

    /// `31 octobre 2026`, `1er juillet 2022`.
    public static func long(_ date: CalendarDate) -> String {
        "\(dayAndMonth(date)) \(date.year)"
    }

    /// `mars 2028`.
    public static func monthYear(_ date: CalendarDate) -> String {
        "\(monthNames[date.month - 1]) \(date.year)"
    }
}
