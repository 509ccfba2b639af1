public import Foundation
public import MaSante

/// A centre's week of slots as an HL7 FHIR R4 `searchset` Bundle, shaped after the ANS guide
/// « Service d'Accès aux Soins » (SAS) for booking agendas: what the SAS receives when it
/// searches a centre's slots, and what `planning creneaux --format fhir` writes.
///
/// - `Practitioner`: name, and the national identifier (idNatPS: `8` then the RPPS, system
///   `urn:oid:1.2.250.1.71.4.2.1`, type IDNPS) when the registry holds the RPPS; only then the
///   SAS practitioner profile.
/// - `Location`: the centre, with its idNatSt (`1` then the FINESS, `urn:oid:1.2.250.1.71.4.2.2`)
///   when it has one.
/// - `Schedule`: one per practitioner and centre, over the week (SAS schedule profile).
/// - `Slot`: start and end with their Paris offset, service type « ambulatoire » (v3 ActCode
///   AMB) with the activity's name, appointment type ROUTINE (consultation booked ahead) or
///   WALKIN (same-day unscheduled care), slot type PUBLIC or SNP (TRE_R314) as security label;
///   `free` with the SAS slot profile, or `busy-unavailable` (no profile: the SAS one fixes
///   `free`) for a slot withdrawn since an earlier export.
///
/// Slots are `match` entries (counted in `total`), the others `include`. Ids never change
/// from one export to the next.
///
/// ```swift
/// let json = try SlotBundle(slots: weekSlots).json()
/// ```
public struct SlotBundle {
    var slots: WeekSlots
    var includesSchedules: Bool
    var includesActors: Bool

    /// The Bundle of `slots`, with their schedules and actors (practitioners and centre) unless
    /// a search left them out (`_include`).
    public init(slots: WeekSlots, includesSchedules: Bool = true, includesActors: Bool = true) {
        self.slots = slots
        self.includesSchedules = includesSchedules
        self.includesActors = includesActors
    }

    static let guide = "https://interop.esante.gouv.fr/ig/fhir/sas/StructureDefinition/"
    static let base = "https://masante.laregion.fr/fhir/"
    static let idNatPS = "urn:oid:1.2.250.1.71.4.2.1"
    static let idNatSt = "urn:oid:1.2.250.1.71.4.2.2"
    static let identifierTypes = "http://interopsante.org/fhir/CodeSystem/fr-v2-0203"
    static let actCodes = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
    static let appointmentTypes = "http://terminology.hl7.org/CodeSystem/v2-0276"
    static let slotTypes = "https://mos.esante.gouv.fr/NOS/TRE_R314-TypeCreneau/FHIR/TRE-R314-TypeCreneau"

    /// The Bundle, indented, keys sorted, ending with a line break.
    public func json() throws -> String {
        try ReportJSON.text(bundle) + "\n"
    }

    var bundle: FHIRBundle {
        let people = slots.practitioners.filter { person in slots.slots.contains { $0.personID == person.personID } }
        var entries = slots.slots.map { entry(.slot(slot($0)), mode: "match") }
        if includesActors {
            entries += people.map { entry(.practitioner(practitioner($0)), mode: "include") }
            entries.append(entry(.location(location), mode: "include"))
        }
        if includesSchedules { entries += people.map { entry(.schedule(schedule($0)), mode: "include") } }
        return FHIRBundle(
            id: "creneaux-\(slots.centre.id)-\(slots.week)",
            meta: FHIRMeta(lastUpdated: Self.instant(slots.exportedAt)),
            timestamp: Self.instant(slots.exportedAt), total: slots.slots.count, entry: entries)
    }

    func entry(_ resource: FHIRResource, mode: String) -> FHIRBundleEntry {
        FHIRBundleEntry(fullUrl: Self.base + resource.path, resource: resource, search: .init(mode: mode))
    }

    func practitioner(_ person: WeekSlots.Practitioner) -> FHIRPractitioner {
        let identifier = person.rpps.map {
            FHIRIdentifier(
                type: FHIRCodeableConcept(coding: [FHIRCoding(system: Self.identifierTypes, code: "IDNPS")]),
                system: Self.idNatPS, value: "8" + $0)
        }
        return FHIRPractitioner(
            id: Self.practitionerID(person.personID),
            meta: identifier == nil ? nil : FHIRMeta(profile: [Self.guide + "sas-practitioner-aggregator"]),
            identifier: identifier.map { [$0] },
            name: [FHIRHumanName(family: person.lastName, given: [person.firstName])])
    }

    var location: FHIRLocation {
        let identifier = slots.centre.finess.map {
            FHIRIdentifier(
                type: FHIRCodeableConcept(coding: [FHIRCoding(system: Self.identifierTypes, code: "IDNST")]),
                system: Self.idNatSt, value: "1" + $0)
        }
        return FHIRLocation(
            id: Self.locationID(slots.centre.id), identifier: identifier.map { [$0] }, name: slots.centre.name,
            address: FHIRAddress(city: slots.centre.commune, country: "FR"))
    }

    func schedule(_ person: WeekSlots.Practitioner) -> FHIRSchedule {
        let activities = SlotRule.activities.filter { activity in
            slots.slots.contains { $0.personID == person.personID && $0.activity == activity }
        }
        return FHIRSchedule(
            id: Self.scheduleID(centreID: slots.centre.id, personID: person.personID),
            meta: FHIRMeta(profile: [Self.guide + "sas-schedule-aggregator"]),
            serviceType: activities.map(Self.serviceType),
            actor: [
                FHIRReference(
                    reference: "Practitioner/" + Self.practitionerID(person.personID),
                    display: "\(person.firstName) \(person.lastName)"),
                FHIRReference(reference: "Location/" + Self.locationID(slots.centre.id), display: slots.centre.name),
            ],
            planningHorizon: FHIRPeriod(
                start: Self.instant(slots.horizon.start), end: Self.instant(slots.horizon.end)),
            comment: slots.isDraft ? "Semaine en brouillon : ces créneaux peuvent encore changer." : nil)
    }

    func slot(_ slot: BookableSlot) -> FHIRSlot {
        let free = slot.status == .free
        return FHIRSlot(
            id: slot.id.uuidString.lowercased(),
            meta: FHIRMeta(
                profile: free ? [Self.guide + "sas-slot-aggregator"] : nil,
                security: [
                    FHIRCoding(system: Self.slotTypes, code: slot.activity == .soinsNonProgrammes ? "SNP" : "PUBLIC")
                ]),
            serviceType: [Self.serviceType(slot.activity)],
            appointmentType: FHIRCodeableConcept(
                coding: [
                    slot.activity == .soinsNonProgrammes
                        ? FHIRCoding(
                            system: Self.appointmentTypes, code: "WALKIN",
                            display: "A previously unscheduled walk-in visit")
                        : FHIRCoding(
                            system: Self.appointmentTypes, code: "ROUTINE",
                            display: "Routine appointment - default if not valued")
                ]),
            schedule: FHIRReference(
                reference: "Schedule/" + Self.scheduleID(centreID: slot.centreID, personID: slot.personID)),
            status: free ? "free" : "busy-unavailable", start: Self.instant(slot.start), end: Self.instant(slot.end),
            comment: free ? nil : "Créneau retiré : la semaine publiée a changé depuis un export précédent.")
    }

    static func serviceType(_ activity: Activity) -> FHIRCodeableConcept {
        FHIRCodeableConcept(
            coding: [FHIRCoding(system: actCodes, code: "AMB", display: "ambulatory")], text: activity.label)
    }

    static func practitionerID(_ personID: Int) -> String { "masante-personne-\(personID)" }
    static func locationID(_ centreID: Int) -> String { "masante-centre-\(centreID)" }
    static func scheduleID(centreID: Int, personID: Int) -> String { "masante-agenda-\(centreID)-\(personID)" }

    /// `2026-12-08T08:30:00+01:00`: the Paris wall clock with its offset that instant.
    static func instant(_ date: Date) -> String {
        let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        let parts = ICalendarWriter.parisCalendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: whole)
        let offset = TimeZone.paris.secondsFromGMT(for: whole) / 60
        func digits(_ value: Int?, _ width: Int = 2) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return digits(parts.year, 4) + "-" + digits(parts.month) + "-" + digits(parts.day) + "T" + digits(parts.hour)
            + ":" + digits(parts.minute) + ":" + digits(parts.second) + (offset < 0 ? "-" : "+")
            + digits(abs(offset) / 60) + ":" + digits(abs(offset) % 60)
    }
}
