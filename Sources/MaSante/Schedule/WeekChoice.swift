/// Reads the week a person names in a command: an ISO week (`2026-W50`), any day of the week
/// (`07/12/2026` or `2026-12-07`), or a word relative to today (`courante`, `prochaine`,
/// `precedente`), with or without accents and capitals.
///
/// Today is given, so the reading is pure; the CLI passes Paris' today.
///
/// ```swift
/// let today = CalendarDate(year: 2026, month: 12, day: 9)!
/// try WeekChoice.parse("07/12/2026", today: today)   // 2026-W50
/// try WeekChoice.parse("prochaine", today: today)    // 2026-W51
/// ```
public enum WeekChoice {
    /// What the error message offers, in French.
    public static let accepted =
        "2026-W50, une date de la semaine (07/12/2026 ou 2026-12-07), « courante » ou « prochaine »"

    public static func parse(_ text: String, today: CalendarDate) throws(FieldError) -> ISOWeek {
        let trimmed = text.trimmedSpaces
        switch FrenchText.key(trimmed) {
        case "courante", "cette_semaine", "en_cours": return ISOWeek(containing: today)
        case "prochaine", "suivante", "semaine_prochaine": return ISOWeek(containing: today).next
        case "precedente", "derniere", "semaine_derniere": return ISOWeek(containing: today).previous
        default: break
        }
        if trimmed.uppercased().contains("W") { return try ISOWeek.parse(trimmed) }
        if trimmed.contains("/") || trimmed.filter({ $0 == "-" }).count == 2 {
            return ISOWeek(containing: try CalendarDate.parse(trimmed))
        }
        throw FieldError("semaine invalide \(FieldError.quoted(trimmed)) : attendu \(accepted)")
    }
}
