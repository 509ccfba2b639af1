public import Foundation
public import MaSante
public import MaSanteStore

/// A centre manager gives a week's slots to the booking agenda and the SAS (`planning
/// creneaux`): the published week cut into consultation and same-day slots.
///
/// A published week's free slots are remembered as exported; a slot remembered from an earlier
/// export and gone from the week since comes back withdrawn (FHIR `busy-unavailable`, iCalendar
/// `CANCELLED`), so that an agenda that received it stops offering it. A draft week is exported
/// only when asked (`includeDrafts`), and neither remembered nor compared.
public struct ExportSlots {
    let session: Session

    public init(_ session: Session) { self.session = session }

    public func run(
        centre: CentreReference, week: ISOWeek, includeDrafts: Bool, now: Date = Date()
    ) throws -> WeekSlots {
        let store = SlotStore(session)
        return try session.transaction {
            guard let status = try store.status(centreID: centre.id, week: week) else {
                throw UserFailure(
                    "Erreur : la semaine \(week) de \(centre.name) n'a pas de planning : aucun créneau à exporter.",
                    kind: .badData)
            }
            guard status == .publiee || includeDrafts else {
                throw UserFailure(
                    "Erreur : la semaine \(week) de \(centre.name) n'est pas publiée : publiez-la (masante planning publier) "
                        + "ou exportez le brouillon avec --brouillons.",
                    kind: .badData)
            }
            var slots = try store.cut(centreID: centre.id, week: week, isDraft: status == .brouillon, at: now)
            guard status == .publiee else { return slots }
            let current = Set(slots.slots.map(\.id))
            let withdrawn = try store.exported(centreID: centre.id, week: week)
                .filter { !current.contains($0.id) }
                .map { slot in
                    var gone = slot
                    gone.status = .withdrawn
                    return gone
                }
            try store.record(slots.slots, centreID: centre.id, week: week)
            if !withdrawn.isEmpty {
                slots.slots += withdrawn
                slots.practitioners = try store.practitioners(Array(Set(slots.slots.map(\.personID))))
            }
            return slots
        }
    }
}
