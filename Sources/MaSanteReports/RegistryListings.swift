import Foundation
public import MaSante

/// The registry's listings as people read them (`centres liste`, `recrutement liste`,
/// `planning besoins liste`): codes replaced by French labels, opening hours summed.
public enum RegistryListings {
    /// `centres liste` in `format`: in text, the summary and the count; in csv and json, every
    /// column (the csv imports back).
    public static func centres(_ listing: Listing, as format: OutputFormat) -> String {
        guard format == .texte else { return ListingRenderer(listing: listing).render(format) }
        return ListingRenderer(listing: centreSummary(listing)).text + "\(listing.rows.count) centre(s)\n"
    }

    /// `territoires liste` in `format`: in text, the table and the count of communes.
    public static func communes(_ listing: Listing, as format: OutputFormat) -> String {
        let text = ListingRenderer(listing: listing).render(format)
        return format == .texte ? text + "\(listing.rows.count) commune(s)\n" : text
    }

    /// The text view of the centres: one line per centre, opening hours summed per week.
    public static func centreSummary(_ listing: Listing) -> Listing {
        let index = Dictionary(uniqueKeysWithValues: listing.columns.enumerated().map { ($1, $0) })
        let days = Weekday.allCases.filter { $0 != .dimanche }
        return Listing(
            columns: ["nom", "commune", "departement", "statut", "ouverture", "heures_semaine", "samedi"],
            rows: listing.rows.map { row in
                let minutes = days.reduce(0) { total, day in
                    total
                        + ((try? OpeningHours.parseDay(row[index[day.label]!].plain)) ?? []).reduce(0) {
                            $0 + $1.minutes
                        }
                }
                let status = CentreStatus(rawValue: row[index["statut"]!].plain)?.label ?? row[index["statut"]!].plain
                return [
                    row[index["nom"]!], row[index["commune"]!], row[index["departement"]!], .text(status),
                    row[index["date_ouverture"]!], .number(Double(minutes) / 60), row[index["samedi"]!],
                ]
            })
    }

    /// Profession and stage codes replaced by their French labels, for reading.
    public static func labelled(_ listing: Listing) -> Listing {
        var copy = listing
        let profession = listing.columns.firstIndex(of: "profession"), stage = listing.columns.firstIndex(of: "etape")
        copy.rows = listing.rows.map { row in
            var row = row
            if let profession, let value = Profession(rawValue: row[profession].plain) {
                row[profession] = .text(value.label)
            }
            if let stage, let value = RecruitmentStage(rawValue: row[stage].plain) { row[stage] = .text(value.label) }
            return row
        }
        return copy
    }

    /// A centre's cover needs, in the columns `planning besoins importer` reads back.
    public static func coverNeeds(_ needs: [CoverNeed]) -> Listing {
        Listing(
            columns: CoverNeedRecord.requiredColumns.prefix(5) + ["lieu", "minimum", "cible"],
            rows: needs.map { need in
                [
                    .text(need.weekday.label), .text(need.start.description), .text(need.end.description),
                    .text(need.activity.rawValue),
                    .text(need.staff.rawValue), need.place.map(Listing.Cell.text) ?? .null, .integer(need.minimum),
                    .integer(need.target),
                ]
            })
    }

    /// A centre's rule settings (`planning regles`): each rule's French code, state, name, reference and limits.
    public static func rules(_ settings: RuleSettings, centre: String) -> String {
        var lines = ["Règles de contrôle du planning — \(centre)"]
        for rule in RuleID.allCases {
            let setting = settings[rule]
            let limits = RuleLimitName.allCases.filter { $0.rule == rule }.map {
                "\($0.rawValue) = \($0.text(in: settings.limits))"
            }
            let state = setting.isEnabled ? setting.severity.rawValue : "désactivée"
            lines.append(
                "  \(rule.code.padding(toLength: 32, withPad: " ", startingAt: 0)) \(state.padding(toLength: 14, withPad: " ", startingAt: 0)) \(rule.label)"
                    + (rule.reference.map { " (\($0))" } ?? "")
                    + (limits.isEmpty ? "" : " — " + limits.joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }
}
