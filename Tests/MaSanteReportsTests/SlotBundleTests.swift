import Foundation
import MaSante
import Testing

@testable import MaSanteReports

@Suite struct SlotBundleTests {
    static let week = ISOWeek(year: 2026, week: 49)!

    static func slots(draft: Bool = false) -> WeekSlots {
        let monday = week.monday.startInParis.addingTimeInterval(8.5 * 3600)
        let free = BookableSlot(
            centreID: 3, personID: 7, activity: .consultation, start: monday, end: monday.addingTimeInterval(1200))
        var gone = BookableSlot(
            centreID: 3, personID: 8, activity: .soinsNonProgrammes, start: monday,
            end: monday.addingTimeInterval(900))
        gone.status = .withdrawn
        return WeekSlots(
            centre: .init(id: 3, name: "Centre de santé de Millas", commune: "Millas", finess: "660012345"),
            week: week, isDraft: draft,
            practitioners: [
                .init(
                    personID: 7, firstName: "Arnaud", lastName: "REY", profession: .medecinGeneraliste,
                    rpps: "10005173140"),
                .init(personID: 8, firstName: "Karim", lastName: "DENIS", profession: .medecinGeneraliste, rpps: nil),
            ],
            slots: [free, gone], exportedAt: monday)
    }

    static func resources(_ json: String) throws -> [[String: Any]] {
        let bundle = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let entries = bundle?["entry"] as? [[String: Any]] ?? []
        return entries.compactMap { $0["resource"] as? [String: Any] }
    }

    @Test func thePractitionerIsNamedByIdNatPSAndTheCentreByItsFINESS() throws {
        let resources = try Self.resources(SlotBundle(slots: Self.slots()).json())
        let practitioners = resources.filter { $0["resourceType"] as? String == "Practitioner" }
        let rey = practitioners.first { $0["id"] as? String == "masante-personne-7" }
        let identifier = (rey?["identifier"] as? [[String: Any]])?.first
        #expect(identifier?["system"] as? String == "urn:oid:1.2.250.1.71.4.2.1")
        #expect(identifier?["value"] as? String == "810005173140")
        let denis = practitioners.first { $0["id"] as? String == "masante-personne-8" }
        #expect(denis?["identifier"] == nil && denis?["meta"] == nil)
        let location = resources.first { $0["resourceType"] as? String == "Location" }
        let finess = (location?["identifier"] as? [[String: Any]])?.first
        #expect(finess?["system"] as? String == "urn:oid:1.2.250.1.71.4.2.2")
        #expect(finess?["value"] as? String == "1660012345")
    }

    @Test func aFreeSlotCarriesTheSASProfileAndAWithdrawnOneIsBusyUnavailableWithout() throws {
        let slots = try Self.resources(SlotBundle(slots: Self.slots()).json()).filter {
            $0["resourceType"] as? String == "Slot"
        }
        #expect(slots.count == 2)
        let free = slots.first { $0["status"] as? String == "free" }
        let gone = slots.first { $0["status"] as? String == "busy-unavailable" }
        #expect(
            (free?["meta"] as? [String: Any])?["profile"] as? [String]
                == ["https://interop.esante.gouv.fr/ig/fhir/sas/StructureDefinition/sas-slot-aggregator"])
        #expect((gone?["meta"] as? [String: Any])?["profile"] == nil)
        #expect(free?["start"] as? String == "2026-11-30T08:30:00+01:00")
        #expect(free?["end"] as? String == "2026-11-30T08:50:00+01:00")
        let walkIn = ((gone?["appointmentType"] as? [String: Any])?["coding"] as? [[String: Any]])?.first
        #expect(walkIn?["code"] as? String == "WALKIN")
    }

    @Test func instantsCarryTheParisOffsetOfTheirDay() {
        let summer = Date(timeIntervalSince1970: 1_782_000_000) // 2026-06-21, CEST
        #expect(SlotBundle.instant(summer).hasSuffix("+02:00"))
        #expect(SlotBundle.instant(Self.week.start) == "2026-11-30T00:00:00+01:00")
    }

    @Test func theSameSlotsGiveTheSameBundleAndADraftSaysItMayChange() throws {
        let bundle = SlotBundle(slots: Self.slots())
        #expect(try bundle.json() == bundle.json())
        #expect(try SlotBundle(slots: Self.slots(draft: true)).json().contains("Semaine en brouillon"))
        let csv = SlotListing(slots: Self.slots()).csv
        #expect(csv.contains(";10005173140;REY Arnaud;consultation;rendez_vous;2026-11-30;08:30;08:50;20;libre"))
        #expect(csv.contains(";DENIS Karim;soins_non_programmes;sans_rendez_vous;2026-11-30;08:30;08:45;15;retire"))
        let ics = SlotListing(slots: Self.slots()).ics
        #expect(ics.contains("STATUS:CANCELLED") && ics.contains("STATUS:CONFIRMED"))
    }
}

@Suite struct SlotDocumentTests {
    @Test func eachSlotFormatWritesItsOwnDocument() throws {
        let slots = SlotBundleTests.slots()
        #expect(try slots.document(.fhir) == SlotBundle(slots: slots).json())
        #expect(try slots.document(.csv) == SlotListing(slots: slots).csv)
        #expect(try slots.document(.ics) == SlotListing(slots: slots).ics)
        #expect(try slots.document(.csv) != slots.document(.ics))
    }
}
