public import MaSante
public import MaSanteReports
public import MaSanteStore

extension PersonAbsence {
    /// `personnel absence liste` in `format`: French labels in text, codes in csv and json.
    public static func document(_ absences: [PersonAbsence], _ format: OutputFormat) -> String {
        let listing = ListingRenderer(listing: Self.listing(absences, forReading: format == .texte))
        return switch format {
        case .json: listing.json
        case .csv: listing.csv
        default: listing.text
        }
    }

    /// The long absences as `personnel absence liste` shows them; `forReading` shows French
    /// labels instead of codes.
    public static func listing(_ absences: [PersonAbsence], forReading: Bool) -> Listing {
        Listing(
            columns: ["numero", "nom", "prenom", "profession", "centres", "type", "du", "au", "motif"],
            rows: absences.map { a in
                [
                    .integer(a.person.id), .text(a.person.lastName), .text(a.person.firstName),
                    .text(forReading ? a.person.profession.label : a.person.profession.rawValue), .text(a.centres),
                    .text(forReading ? a.absence.kind.label : a.absence.kind.rawValue), .date(a.absence.start),
                    a.absence.end.map(Listing.Cell.date) ?? .null, a.note.map(Listing.Cell.text) ?? .null,
                ]
            })
    }
}

extension PersonDeadline {
    /// `personnel echeances` in `format`, from `today` to `days` days later: a sentence in text
    /// when nothing falls due.
    public static func document(
        _ deadlines: [PersonDeadline], _ format: OutputFormat, today: CalendarDate, days: Int
    ) -> String {
        let listing = ListingRenderer(listing: Self.listing(deadlines, today: today, forReading: format == .texte))
        return switch format {
        case .json: listing.json
        case .csv: listing.csv
        default:
            deadlines.isEmpty ? "Aucune échéance d'ici le \(today.adding(days: days).french).\n" : listing.text
        }
    }

    /// What ends soon as `personnel echeances` shows it, soonest first: the date, what ends, the
    /// person to call and their centres (whose managers to call too).
    public static func listing(_ deadlines: [PersonDeadline], today: CalendarDate, forReading: Bool) -> Listing {
        Listing(
            columns: ["date", "dans_jours", "echeance", "numero", "nom", "prenom", "profession", "centres", "detail"],
            rows: deadlines.map { d in
                [
                    .date(d.deadline.date), .integer(today.days(until: d.deadline.date)),
                    .text(forReading ? d.deadline.kind.label : d.deadline.kind.rawValue), .integer(d.person.id),
                    .text(d.person.lastName), .text(d.person.firstName),
                    .text(forReading ? d.person.profession.label : d.person.profession.rawValue), .text(d.centres),
                    .text(d.deadline.detail),
                ]
            })
    }
}
