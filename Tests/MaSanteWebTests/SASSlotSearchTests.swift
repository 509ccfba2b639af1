import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport
import Testing

/// The SAS search (`GET /fhir/Slot`): the centre's exported slots of published weeks as a
/// searchset Bundle behind the centre's token, filtered by practitioner and range, with
/// `_include`; a missing or revoked token 401, a malformed search 400, each an OperationOutcome.
@Suite struct SASSlotSearchTests {
    static let nextMonday: CalendarDate = ISOWeek(containing: CalendarDate.today()).next.monday

    /// Next week published (CalendarFeedTests.plannedWeek), REY's RPPS known, the week exported
    /// by the manager of Millas; returns a SAS token for Millas.
    static func exportedWeek(_ fixture: WebFixture) throws -> String {
        try fixture.superuser.runScript(CalendarFeedTests.plannedWeek)
        try fixture.superuser.execute("UPDATE people SET rpps = '10005173140' WHERE last_name = 'REY'")
        let manager = try fixture.connect(as: fixture.manager)
        defer { manager.close() }
        let millas = try PlanningQueries(connection: manager).centre(named: "Millas")
        _ = try ExportSlots(Session(connection: manager)).run(
            centre: millas, week: ISOWeek(containing: nextMonday), includeDrafts: false)
        return try SASLinks(connection: manager).create(centreID: millas.id)
    }

    static func search(_ query: String) -> String {
        "/fhir/Slot?start=ge\(nextMonday)&start=lt\(nextMonday.adding(days: 7))" + query
    }

    static func get(
        _ fixture: WebFixture, _ uri: String, token: String?
    ) async throws -> (status: HTTPResponse.Status, type: String?, json: [String: Any]) {
        let (status, type, body) = try await fixture.withApp { client in
            var headers: HTTPFields = [:]
            if let token { headers[.authorization] = "Bearer \(token)" }
            let response = try await client.execute(uri: uri, method: .get, headers: headers)
            return (response.status, response.headers[.contentType], String(buffer: response.body))
        }
        let json = try #require(
            try? JSONSerialization.jsonObject(with: Data(body.utf8)), "\(status) \(body.prefix(800))")
        return (status, type, json as? [String: Any] ?? [:])
    }

    static func kinds(_ bundle: [String: Any]) -> [String] {
        (bundle["entry"] as? [[String: Any]] ?? []).compactMap {
            ($0["resource"] as? [String: Any])?["resourceType"] as? String
        }
    }

    @Test func theSASFindsTheCentresSlotsWithTheirSchedulesAndPractitioners() async throws {
        try await WebFixture.with { fixture in
            let token = try Self.exportedWeek(fixture)
            let all = try await Self.get(
                fixture, Self.search("&_include=Slot:schedule&_include=Schedule:actor"), token: token)
            #expect(all.status == .ok)
            #expect(all.type == "application/fhir+json; charset=utf-8")
            #expect(all.json["type"] as? String == "searchset")
            // REY on Monday and Tuesday, DENIS on Monday, 09:00–12:00: 9 slots of 20 minutes each.
            #expect(all.json["total"] as? Int == 27)
            #expect(Self.kinds(all.json).filter { $0 == "Slot" }.count == 27)
            #expect(Set(Self.kinds(all.json)) == ["Slot", "Schedule", "Practitioner", "Location"])

            let rey = try await Self.get(
                fixture,
                Self.search("&schedule.actor:Practitioner.identifier=urn:oid:1.2.250.1.71.4.2.1%7C810005173140"),
                token: token)
            #expect(rey.json["total"] as? Int == 18)
            #expect(Set(Self.kinds(rey.json)) == ["Slot"], "sans _include, les créneaux seuls")
        }
    }

    @Test func aMissingOrRevokedTokenAndAMalformedSearchAreRefusedWithAnOperationOutcome() async throws {
        try await WebFixture.with { fixture in
            let token = try Self.exportedWeek(fixture)
            let none = try await Self.get(fixture, Self.search(""), token: nil)
            #expect(none.status == .unauthorized && none.json["resourceType"] as? String == "OperationOutcome")
            let malformed = try await Self.get(fixture, "/fhir/Slot?start=demain", token: token)
            #expect(malformed.status == .badRequest)
            #expect(malformed.type == "application/fhir+json; charset=utf-8")
            let issue = (malformed.json["issue"] as? [[String: Any]])?.first
            #expect((issue?["diagnostics"] as? String)?.contains("paramètre start invalide") == true)
            let manager = try fixture.connect(as: fixture.manager)
            defer { manager.close() }
            let millas = try PlanningQueries(connection: manager).centre(named: "Millas")
            #expect(try SASLinks(connection: manager).revoke(centreID: millas.id))
            let revoked = try await Self.get(fixture, Self.search(""), token: token)
            #expect(revoked.status == .unauthorized)
            // A person's login cannot read the feed, even with the token.
            #expect(throws: PQError.self) {
                try manager.query("SELECT * FROM sas_link_centre(sha256(convert_to(\(token), 'UTF8')))")
            }
        }
    }
}
