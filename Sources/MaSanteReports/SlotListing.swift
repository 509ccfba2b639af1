public import Foundation
public import MaSante

/// A centre's week of slots for agendas that read neither FHIR nor the SAS: a CSV line per slot
/// (`planning creneaux --format csv`), or an iCalendar event per slot (`--format ics`) whose UID
/// is the slot's id, a withdrawn slot cancelled.
///
/// ```swift
/// let csv = SlotListing(slots: weekSlots).csv
/// let ics = SlotListing(slots: weekSlots).ics
/// ```
public struct SlotListing {
    var slots: WeekSlots

    public init(slots: WeekSlots) { self.slots = slots }

    static let columns = [
        "id", "centre", "rpps", "personne", "activite", "type", "jour", "debut", "fin", "duree_min", "statut",
    ]

    /// `;`-separated UTF-8 with a byte order mark, a header line, one line per slot.
    public var csv: String {
        let rows: [[Listing.Cell]] = slots.slots.map { slot in
            let person = slots.practitioner(slot.personID)
            return [
                .text(slot.id.uuidString.lowercased()), .text(slots.centre.name),
                person?.rpps.map(Listing.Cell.text) ?? .null,
                .text(person.map { "\($0.lastName) \($0.firstName)" } ?? ""), .text(slot.activity.rawValue),
                .text(slot.activity == .soinsNonProgrammes ? "sans_rendez_vous" : "rendez_vous"),
                .date(CalendarDate(inParis: slot.start)), .text(Self.time(slot.start)), .text(Self.time(slot.end)),
                .integer(Int(slot.end.timeIntervalSince(slot.start) / 60)),
                .text(slot.status == .free ? "libre" : "retire"),
            ]
        }
        return ListingRenderer(listing: Listing(columns: Self.columns, rows: rows)).csv
    }

    /// The slots as events of an `.ics` calendar.
    public var ics: String {
        let events = slots.slots.map { slot in
            let person = slots.practitioner(slot.personID)
            let name = person.map { "\($0.firstName) \($0.lastName)" } ?? ""
            let free = slot.status == .free
            var details = ["Centre de santé : \(slots.centre.name)", "Praticien : \(name)"]
            if let rpps = person?.rpps { details.append("RPPS : \(rpps)") }
            if slots.isDraft { details.append("Semaine en brouillon : peut encore changer.") }
            if !free { details.append("Créneau retiré : la semaine publiée a changé depuis un export précédent.") }
            return CalendarEvent(
                uid: "\(slot.id.uuidString.lowercased())@masante.laregion.fr", start: slot.start, end: slot.end,
                summary: "Créneau \(free ? "libre" : "retiré") — \(slot.activity.label) — \(name)",
                location: slots.centre.name, description: details.joined(separator: "\n"),
                categories: [slot.activity.label], sequence: free ? 0 : 1, lastModified: slots.exportedAt,
                isAbsence: true, isCancelled: !free)
        }
        return ICalendarWriter(name: "Créneaux — \(slots.centre.name) — \(slots.week)").render(events)
    }

    /// `08:30` in Paris.
    static func time(_ instant: Date) -> String {
        let parts = ICalendarWriter.parisCalendar.dateComponents([.hour, .minute], from: instant)
        return TimeOfDay(hour: parts.hour ?? 0, minute: parts.minute ?? 0)?.description ?? ""
    }
}

/// The documents of a week of slots (`planning creneaux --format`): FHIR R4 for the SAS, CSV, iCalendar.
public enum SlotFormat: String, CaseIterable, Sendable {
    case fhir, csv, ics
}

extension WeekSlots {
    /// The week's slots written as `format` asks.
    public func document(_ format: SlotFormat) throws -> String {
        switch format {
        case .fhir: try SlotBundle(slots: self).json()
        case .csv: SlotListing(slots: self).csv
        case .ics: SlotListing(slots: self).ics
        }
    }
}
